package ma.tiwizi.market.orders;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import ma.tiwizi.platform.text.MoroccanPhoneNumber;
import ma.tiwizi.market.Payment;

/** What a guest buyer types at checkout; the checkout key makes a retried submit place the orders once. */
public record CheckoutForm(
        @NotBlank(message = "{market.error.buyerName}") @Size(max = 200, message = "{market.error.buyerName}")
        String name,
        @NotBlank(message = "{platform.error.phone}") @MoroccanPhoneNumber String phone,
        @NotBlank(message = "{market.error.city}") @Size(max = 100, message = "{market.error.city}") String city,
        @NotBlank(message = "{market.error.address}") @Size(max = 500, message = "{market.error.address}")
        String address,
        @Size(max = 1000, message = "{market.error.note}") String note,
        @NotNull(message = "{market.error.payment}") Payment payment,
        @NotBlank @Size(max = 40) String checkoutKey) {
}

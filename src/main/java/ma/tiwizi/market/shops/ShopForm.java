package ma.tiwizi.market.shops;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import ma.tiwizi.platform.text.MoroccanPhoneNumber;

/** The cooperative's brand page: its story in each language, a WhatsApp number, and bank details for transfers. */
public record ShopForm(
        @Size(max = 4000, message = "{market.error.story}") String storyAr,
        @Size(max = 4000, message = "{market.error.story}") String storyFr,
        @Size(max = 4000, message = "{market.error.story}") String storyEn,
        @MoroccanPhoneNumber String whatsapp,
        @Size(max = 200, message = "{market.error.bankName}") String bankName,
        @Pattern(regexp = "^$|^[0-9 ]{24,30}$", message = "{market.error.bankAccount}") String bankAccount,
        Integer version) {
}

package ma.tiwizi.market;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * A product as the cooperative types it: a name and description in at least one language (the others fall back),
 * what it is, its size, price in dirhams, stock, and optional lot and harvest for the traceability page.
 */
public record ProductForm(
        @Size(max = 200, message = "{market.error.name}") String nameAr,
        @Size(max = 200, message = "{market.error.name}") String nameFr,
        @Size(max = 200, message = "{market.error.name}") String nameEn,
        @Size(max = 4000, message = "{market.error.description}") String descriptionAr,
        @Size(max = 4000, message = "{market.error.description}") String descriptionFr,
        @Size(max = 4000, message = "{market.error.description}") String descriptionEn,
        @NotNull(message = "{market.error.category}") Category category,
        @NotNull(message = "{market.error.unit}") Unit unit,
        @NotNull(message = "{market.error.size}") @DecimalMin(value = "0.01", message = "{market.error.size}")
        @DecimalMax(value = "100000", message = "{market.error.size}") BigDecimal size,
        @NotNull(message = "{market.error.price}") @DecimalMin(value = "0.01", message = "{market.error.price}")
        @DecimalMax(value = "1000000", message = "{market.error.price}")
        @Digits(integer = 7, fraction = 2, message = "{market.error.price}") BigDecimal price,
        @NotNull(message = "{market.error.stock}") @Min(value = 0, message = "{market.error.stock}")
        @Max(value = 1000000, message = "{market.error.stock}") Integer stock,
        boolean visible,
        @Size(max = 60, message = "{market.error.lot}") String lot,
        @DateTimeFormat(pattern = "dd/MM/yyyy") LocalDate harvestedOn,
        Integer version) {

    public static ProductForm blank() {
        return new ProductForm("", "", "", "", "", "", null, null, null, null, null, true, "", null, null);
    }

    /** At least one language has a name. */
    @AssertTrue(message = "{market.error.name}")
    public boolean isNamed() {
        return !(blank(nameAr) && blank(nameFr) && blank(nameEn));
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}

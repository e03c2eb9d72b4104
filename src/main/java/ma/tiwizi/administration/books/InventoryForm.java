package ma.tiwizi.administration.books;

import java.math.BigDecimal;

/** A line of the year-end inventory: what is in stock, how much, at what cost each. */
public record InventoryForm(String item, BigDecimal quantity, BigDecimal unitValue) {
}

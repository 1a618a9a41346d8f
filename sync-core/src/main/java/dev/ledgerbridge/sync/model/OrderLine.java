package dev.ledgerbridge.sync.model;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import dev.ledgerbridge.transport.validation.BoundedDecimal;
import java.math.BigDecimal;

/**
 * One order line.
 *
 * @param sku         the article's SKU
 * @param description line text
 * @param quantity    quantity, greater than zero (returns are credit notes, not negative lines)
 * @param unitPrice   unit price, net or gross as the order's {@code pricesIncludeTax} says
 * @param taxRate     tax rate in percent
 */
public record OrderLine(
        @NotBlank @Size(max = 40) String sku,
        @Size(max = 500) String description,
        @NotNull @DecimalMin(value = "0", inclusive = false) @BoundedDecimal(integer = 15, fraction = 10) BigDecimal quantity,
        @NotNull @BoundedDecimal(integer = 15, fraction = 10) BigDecimal unitPrice,
        @DecimalMin("0") @DecimalMax("100") @BoundedDecimal(integer = 15, fraction = 10) BigDecimal taxRate) {

    /** This line with another SKU (used for a fallback article). */
    public OrderLine withSku(String value) {
        return new OrderLine(value, description, quantity, unitPrice, taxRate);
    }
}

package dev.ledgerbridge.sync.model;

import jakarta.validation.constraints.NotBlank;
import dev.ledgerbridge.transport.validation.BoundedDecimal;
import java.math.BigDecimal;

/**
 * Stock of one article. A stock system fills the figures it knows; the stock flow computes
 * {@link #quantity()} with the configured {@link StockCalculation} and writes that.
 *
 * @param sku       the article's SKU
 * @param quantity  the quantity to write (set by the stock flow)
 * @param available available quantity
 * @param free      free quantity
 * @param technical technical (physical) quantity
 * @param reserved  reserved quantity
 * @param onOrder   quantity on order from suppliers
 */
public record StockLevel(
        @NotBlank String sku,
        @BoundedDecimal(integer = 15, fraction = 10) BigDecimal quantity,
        @BoundedDecimal(integer = 15, fraction = 10) BigDecimal available,
        @BoundedDecimal(integer = 15, fraction = 10) BigDecimal free,
        @BoundedDecimal(integer = 15, fraction = 10) BigDecimal technical,
        @BoundedDecimal(integer = 15, fraction = 10) BigDecimal reserved,
        BigDecimal onOrder) {

    /** A level that only carries the quantity to write. */
    public static StockLevel ofQuantity(String sku, BigDecimal quantity) {
        return new StockLevel(sku, quantity, null, null, null, null, null);
    }

    /** This level with the given quantity to write. */
    public StockLevel withQuantity(BigDecimal value) {
        return new StockLevel(sku, value, available, free, technical, reserved, onOrder);
    }
}

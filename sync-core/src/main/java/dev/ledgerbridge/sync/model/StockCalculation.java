package dev.ledgerbridge.sync.model;

import java.math.BigDecimal;

/** How a stock quantity is derived from a {@link StockLevel}'s figures. */
public enum StockCalculation {
    /** The available quantity (AccountView {@code QTY_AVAIL}). */
    AVAILABLE,
    /** The free quantity (AccountView {@code QTY_FREE2}). */
    FREE,
    /** The technical, physically present quantity (AccountView {@code QTY_TECH}). */
    TECHNICAL,
    /** The available quantity minus reservations. */
    AVAILABLE_MINUS_RESERVED,
    /** The technical quantity minus reservations. */
    TECHNICAL_MINUS_RESERVED;

    /**
     * Applies this calculation.
     *
     * @return the quantity, or {@code null} when the figure it needs is absent
     */
    public BigDecimal apply(StockLevel level) {
        return switch (this) {
            case AVAILABLE -> level.available();
            case FREE -> level.free();
            case TECHNICAL -> level.technical();
            case AVAILABLE_MINUS_RESERVED -> minus(level.available(), level.reserved());
            case TECHNICAL_MINUS_RESERVED -> minus(level.technical(), level.reserved());
        };
    }

    private static BigDecimal minus(BigDecimal value, BigDecimal reserved) {
        if (value == null) {
            return null;
        }
        return reserved == null ? value : value.subtract(reserved);
    }
}

package dev.ledgerbridge.testkit.accountview;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One line of a sales order seeded with {@link AccountViewCompany#addSalesOrder}: becomes an {@code SO_LINE} row with
 * {@code ART_CODE}, {@code ORD_QTY} and, when a price is given, {@code ART_PX}.
 *
 * @param articleCode the article's {@code ART_CODE}; the article must exist
 * @param quantity the ordered quantity ({@code ORD_QTY})
 * @param price the unit price ({@code ART_PX}), or null to send none
 */
public record SalesOrderLine(String articleCode, BigDecimal quantity, BigDecimal price) {

    /**
     * Checks the values.
     *
     * @throws NullPointerException if the article code or quantity is null
     */
    public SalesOrderLine {
        Objects.requireNonNull(articleCode, "articleCode");
        Objects.requireNonNull(quantity, "quantity");
    }

    /**
     * A line without a price.
     *
     * @param articleCode the article's code
     * @param quantity the quantity
     * @return the line
     */
    public static SalesOrderLine of(String articleCode, int quantity) {
        return new SalesOrderLine(articleCode, BigDecimal.valueOf(quantity), null);
    }

    /**
     * A line with a unit price.
     *
     * @param articleCode the article's code
     * @param quantity the quantity
     * @param price the unit price, e.g. {@code "12.50"}
     * @return the line
     */
    public static SalesOrderLine of(String articleCode, int quantity, String price) {
        return new SalesOrderLine(articleCode, BigDecimal.valueOf(quantity), new BigDecimal(price));
    }
}

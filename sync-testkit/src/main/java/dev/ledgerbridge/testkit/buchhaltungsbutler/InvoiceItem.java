package dev.ledgerbridge.testkit.buchhaltungsbutler;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One item of an invoice seeded with {@link BuchhaltungsButlerTenant#addInvoice(String, String, java.time.LocalDate,
 * InvoiceItem...)}: one entry in each of the {@code item_name}, {@code item_amount}, {@code item_unit},
 * {@code item_single_price} and {@code item_vat} arrays.
 *
 * @param name the item text ({@code item_name})
 * @param quantity the quantity ({@code item_amount})
 * @param unit the unit ({@code item_unit}), e.g. {@code Stk.}
 * @param grossPrice the gross unit price ({@code item_single_price}; the helper sends {@code show_prices_type=gross})
 * @param vatPercent the VAT rate in percent ({@code item_vat}), e.g. 19
 */
public record InvoiceItem(String name, BigDecimal quantity, String unit, BigDecimal grossPrice, BigDecimal vatPercent) {

    /**
     * Checks the values.
     *
     * @throws NullPointerException if a value is null
     */
    public InvoiceItem {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(quantity, "quantity");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(grossPrice, "grossPrice");
        Objects.requireNonNull(vatPercent, "vatPercent");
    }

    /**
     * An item in the unit {@code Stk.}.
     *
     * @param name the item text
     * @param quantity the quantity
     * @param grossPrice the gross unit price, e.g. {@code "119.00"}
     * @param vatPercent the VAT rate in percent, e.g. 19
     * @return the item
     */
    public static InvoiceItem of(String name, int quantity, String grossPrice, int vatPercent) {
        return new InvoiceItem(name, BigDecimal.valueOf(quantity), "Stk.", new BigDecimal(grossPrice),
                BigDecimal.valueOf(vatPercent));
    }
}

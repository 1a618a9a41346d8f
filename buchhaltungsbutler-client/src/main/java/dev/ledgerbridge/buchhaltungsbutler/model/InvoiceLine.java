package dev.ledgerbridge.buchhaltungsbutler.model;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import dev.ledgerbridge.transport.validation.BoundedDecimal;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * One line of an invoice, credit note or offer. The client sends the lines as the API's parallel {@code item_*} arrays. For {@code create} and {@code createDraft} set {@code vatPercent}; for e-invoices set {@code taxType} and {@code taxPercent}.
 *
 * <p>Immutable; build with {@link #builder()}. Validated before sending; fields left unset are
 * omitted from the request (the API treats an empty string as invalid, not as unset).
 */
public final class InvoiceLine {
    @NotBlank
    private final String name;
    @NotNull
    @BoundedDecimal
    private final BigDecimal quantity;
    @NotBlank
    private final String unit;
    @NotNull
    @BoundedDecimal
    private final BigDecimal unitPrice;
    @DecimalMin("0")
    @jakarta.validation.constraints.DecimalMax("100")
    @BoundedDecimal
    private final BigDecimal vatPercent;
    private final EInvoiceTaxType taxType;
    @DecimalMin("0")
    @jakarta.validation.constraints.DecimalMax("100")
    @BoundedDecimal
    private final BigDecimal taxPercent;
    @Pattern(regexp = "(?s).*\\S.*", message = "must not be empty or blank; leave it unset instead")
    private final String description;

    private InvoiceLine(Builder b) {
        this.name = b.name;
        this.quantity = b.quantity;
        this.unit = b.unit;
        this.unitPrice = b.unitPrice;
        this.vatPercent = b.vatPercent;
        this.taxType = b.taxType;
        this.taxPercent = b.taxPercent;
        this.description = b.description;
    }

    /** Starts an empty builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder pre-filled with this request's values. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.name = name;
        b.quantity = quantity;
        b.unit = unit;
        b.unitPrice = unitPrice;
        b.vatPercent = vatPercent;
        b.taxType = taxType;
        b.taxPercent = taxPercent;
        b.description = description;
        return b;
    }

    /** Line title (required); null when unset */
    public String name() {
        return name;
    }

    /** Quantity (required; sent as {@code item_amount}); null when unset */
    public BigDecimal quantity() {
        return quantity;
    }

    /** Free-text unit such as {@code Stk.} or {@code Std.} (required); null when unset */
    public String unit() {
        return unit;
    }

    /** Unit price, net or gross as the invoice's {@code pricesType} says (required); null when unset */
    public BigDecimal unitPrice() {
        return unitPrice;
    }

    /** VAT percent 0 to 100 (required except for e-invoices); null when unset */
    public BigDecimal vatPercent() {
        return vatPercent;
    }

    /** E-invoice tax category (e-invoices only); null when unset */
    public EInvoiceTaxType taxType() {
        return taxType;
    }

    /** E-invoice tax percent (e-invoices only); null when unset */
    public BigDecimal taxPercent() {
        return taxPercent;
    }

    /** Line description; null when unset */
    public String description() {
        return description;
    }

    /** A line with name, quantity, unit, unit price and VAT percent. */
    public static InvoiceLine of(String name, BigDecimal quantity, String unit, BigDecimal unitPrice,
            BigDecimal vatPercent) {
        return builder().name(name).quantity(quantity).unit(unit).unitPrice(unitPrice).vatPercent(vatPercent).build();
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof InvoiceLine o)) {
            return false;
        }
        return Objects.equals(name, o.name)
                && Objects.equals(quantity, o.quantity)
                && Objects.equals(unit, o.unit)
                && Objects.equals(unitPrice, o.unitPrice)
                && Objects.equals(vatPercent, o.vatPercent)
                && Objects.equals(taxType, o.taxType)
                && Objects.equals(taxPercent, o.taxPercent)
                && Objects.equals(description, o.description);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, quantity, unit, unitPrice, vatPercent, taxType, taxPercent, description);
    }

    @Override
    public String toString() {
        return "InvoiceLine{"
                + "name=" + name
                + ", quantity=" + quantity
                + ", unit=" + unit
                + ", unitPrice=" + unitPrice
                + ", vatPercent=" + vatPercent
                + ", taxType=" + taxType
                + ", taxPercent=" + taxPercent
                + ", description=" + description + "}";
    }

    /** Builder for {@link InvoiceLine}. Not thread-safe. */
    public static final class Builder {
        private String name;
        private BigDecimal quantity;
        private String unit;
        private BigDecimal unitPrice;
        private BigDecimal vatPercent;
        private EInvoiceTaxType taxType;
        private BigDecimal taxPercent;
        private String description;

        private Builder() {
        }

        /** Line title (required). */
        public Builder name(String name) {
            this.name = name;
            return this;
        }

        /** Quantity (required; sent as {@code item_amount}). */
        public Builder quantity(BigDecimal quantity) {
            this.quantity = quantity;
            return this;
        }

        /** Free-text unit such as {@code Stk.} or {@code Std.} (required). */
        public Builder unit(String unit) {
            this.unit = unit;
            return this;
        }

        /** Unit price, net or gross as the invoice's {@code pricesType} says (required). */
        public Builder unitPrice(BigDecimal unitPrice) {
            this.unitPrice = unitPrice;
            return this;
        }

        /** VAT percent 0 to 100 (required except for e-invoices). */
        public Builder vatPercent(BigDecimal vatPercent) {
            this.vatPercent = vatPercent;
            return this;
        }

        /** E-invoice tax category (e-invoices only). */
        public Builder taxType(EInvoiceTaxType taxType) {
            this.taxType = taxType;
            return this;
        }

        /** E-invoice tax percent (e-invoices only). */
        public Builder taxPercent(BigDecimal taxPercent) {
            this.taxPercent = taxPercent;
            return this;
        }

        /** Line description. */
        public Builder description(String description) {
            this.description = description;
            return this;
        }

        /** Builds the request; validation happens when it is sent. */
        public InvoiceLine build() {
            return new InvoiceLine(this);
        }
    }
}

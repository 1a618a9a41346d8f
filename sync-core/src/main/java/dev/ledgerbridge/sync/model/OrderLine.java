package dev.ledgerbridge.sync.model;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import dev.ledgerbridge.transport.validation.BoundedDecimal;
import java.math.BigDecimal;

/**
 * One order line. Create lines with {@link #builder()}:
 * <pre>{@code
 * OrderLine line = OrderLine.builder().sku("1001").description("Tee").quantity(new BigDecimal("2"))
 *         .unitPrice(new BigDecimal("9.50")).taxRate(new BigDecimal("19")).build();
 * }</pre>
 * The builder names each of the three decimals; the record's canonical constructor exists only because every
 * record has one. Like every model value, a line is checked (Bean Validation) when the engine processes its order,
 * not when built, so that a reader can hand over what the source holds and a bad line fails only its order.
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

    /** A new, empty builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this line's values. */
    public Builder toBuilder() {
        return new Builder().sku(sku).description(description).quantity(quantity).unitPrice(unitPrice)
                .taxRate(taxRate);
    }

    /** This line with another SKU (used for a fallback article). */
    public OrderLine withSku(String value) {
        return toBuilder().sku(value).build();
    }

    /** Builds {@link OrderLine} values; nothing is checked before the engine validates the order. */
    public static final class Builder {
        private String sku;
        private String description;
        private BigDecimal quantity;
        private BigDecimal unitPrice;
        private BigDecimal taxRate;

        private Builder() {
        }

        /** Sets the article's SKU (required by validation). */
        public Builder sku(String value) {
            this.sku = value;
            return this;
        }

        /** Sets the line text. */
        public Builder description(String value) {
            this.description = value;
            return this;
        }

        /** Sets the quantity, greater than zero (required by validation). */
        public Builder quantity(BigDecimal value) {
            this.quantity = value;
            return this;
        }

        /** Sets the unit price, net or gross as the order says (required by validation). */
        public Builder unitPrice(BigDecimal value) {
            this.unitPrice = value;
            return this;
        }

        /** Sets the tax rate in percent, 0 to 100. */
        public Builder taxRate(BigDecimal value) {
            this.taxRate = value;
            return this;
        }

        /** The line. */
        public OrderLine build() {
            return new OrderLine(sku, description, quantity, unitPrice, taxRate);
        }
    }
}

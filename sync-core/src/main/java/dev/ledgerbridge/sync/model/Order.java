package dev.ledgerbridge.sync.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import dev.ledgerbridge.transport.validation.BoundedDecimal;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A sales document: invoice, credit note, offer or sales order.
 *
 * @param reference        the order's own reference (order or invoice number), the default match key
 * @param date             order date
 * @param type             document type
 * @param customer         the customer as the source knows it
 * @param customerId       the customer's id in the system the order is written to (set by the order flow)
 * @param billingAddress   billing address
 * @param deliveryAddress  delivery address
 * @param lines            lines; empty when the source only knows headers
 * @param pricesIncludeTax true when line prices include tax
 * @param totalGross       gross total, for sources that only know headers
 * @param currency         ISO-4217 currency code
 * @param paymentTerm      payment term code (e.g. AccountView {@code DISC_CODE}) or text
 * @param dueDays          days until payment is due
 * @param paymentMethod    payment method
 * @param employeeNumber   salesperson / employee number
 * @param externalReference the provenance marker the document carries in the system it was read from: the
 *                         reference of the document it was copied from, as this SDK writes it
 *                         ({@code <source prefix><source reference>}, e.g. {@code BB-RE-2026-1026} in AccountView's
 *                         {@code COMMENT1}, {@code AV-1042} as a BuchhaltungsButler invoice number); {@code null}
 *                         when the connector has no such field. The order flow reads it to recognise its own
 *                         copies (echoes) even with empty or lost state.
 */
public record Order(
        @NotBlank @Size(max = 60) String reference,
        @NotNull LocalDate date,
        @NotNull OrderType type,
        @Valid Customer customer,
        @Size(max = 20) String customerId,
        @Valid Address billingAddress,
        @Valid Address deliveryAddress,
        List<@Valid OrderLine> lines,
        boolean pricesIncludeTax,
        @BoundedDecimal(integer = 15, fraction = 10) BigDecimal totalGross,
        @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO-4217 code such as EUR") String currency,
        @Size(max = 100) String paymentTerm,
        Integer dueDays,
        @Size(max = 40) String paymentMethod,
        @Size(max = 10) String employeeNumber,
        @Size(max = 100) String externalReference) {

    /** Copies the lines into an unmodifiable list. */
    public Order {
        lines = lines == null ? List.of() : List.copyOf(lines);
    }

    /** A new, empty builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this order's values. */
    public Builder toBuilder() {
        Builder b = new Builder().reference(reference).date(date).type(type).customer(customer).customerId(customerId)
                .billingAddress(billingAddress).deliveryAddress(deliveryAddress).pricesIncludeTax(pricesIncludeTax)
                .totalGross(totalGross).currency(currency).paymentTerm(paymentTerm).dueDays(dueDays)
                .paymentMethod(paymentMethod).employeeNumber(employeeNumber).externalReference(externalReference);
        b.lines.addAll(lines);
        return b;
    }

    /** Builds {@link Order} values. */
    public static final class Builder {
        private String reference;
        private LocalDate date;
        private OrderType type;
        private Customer customer;
        private String customerId;
        private Address billingAddress;
        private Address deliveryAddress;
        private final List<OrderLine> lines = new ArrayList<>();
        private boolean pricesIncludeTax;
        private BigDecimal totalGross;
        private String currency;
        private String paymentTerm;
        private Integer dueDays;
        private String paymentMethod;
        private String employeeNumber;
        private String externalReference;

        private Builder() {
        }

        /** Sets the reference. */
        public Builder reference(String value) {
            this.reference = value;
            return this;
        }

        /** Sets the date. */
        public Builder date(LocalDate value) {
            this.date = value;
            return this;
        }

        /** Sets the type. */
        public Builder type(OrderType value) {
            this.type = value;
            return this;
        }

        /** Sets the customer. */
        public Builder customer(Customer value) {
            this.customer = value;
            return this;
        }

        /** Sets the customer's id in the target system. */
        public Builder customerId(String value) {
            this.customerId = value;
            return this;
        }

        /** Sets the billing address. */
        public Builder billingAddress(Address value) {
            this.billingAddress = value;
            return this;
        }

        /** Sets the delivery address. */
        public Builder deliveryAddress(Address value) {
            this.deliveryAddress = value;
            return this;
        }

        /** Adds a line. */
        public Builder line(OrderLine value) {
            this.lines.add(value);
            return this;
        }

        /** Replaces all lines. */
        public Builder lines(List<OrderLine> values) {
            this.lines.clear();
            this.lines.addAll(values);
            return this;
        }

        /** Sets whether line prices include tax. */
        public Builder pricesIncludeTax(boolean value) {
            this.pricesIncludeTax = value;
            return this;
        }

        /** Sets the gross total. */
        public Builder totalGross(BigDecimal value) {
            this.totalGross = value;
            return this;
        }

        /** Sets the currency. */
        public Builder currency(String value) {
            this.currency = value;
            return this;
        }

        /** Sets the payment term. */
        public Builder paymentTerm(String value) {
            this.paymentTerm = value;
            return this;
        }

        /** Sets the days until due. */
        public Builder dueDays(Integer value) {
            this.dueDays = value;
            return this;
        }

        /** Sets the payment method. */
        public Builder paymentMethod(String value) {
            this.paymentMethod = value;
            return this;
        }

        /** Sets the employee number. */
        public Builder employeeNumber(String value) {
            this.employeeNumber = value;
            return this;
        }

        /** Sets the provenance marker read from the source system (see {@link Order#externalReference()}). */
        public Builder externalReference(String value) {
            this.externalReference = value;
            return this;
        }

        /** The order. */
        public Order build() {
            return new Order(reference, date, type, customer, customerId, billingAddress, deliveryAddress, lines,
                    pricesIncludeTax, totalGross, currency, paymentTerm, dueDays, paymentMethod, employeeNumber, externalReference);
        }
    }
}

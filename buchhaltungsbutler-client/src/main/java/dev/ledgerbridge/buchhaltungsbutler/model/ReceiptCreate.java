package dev.ledgerbridge.buchhaltungsbutler.model;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A receipt without file for {@code /receipts/add} and {@code /receipts/addBatch}. Required: type, counterparty, invoice number (may be empty), date, amount, currency.
 *
 * <p>Immutable; build with {@link #builder()}. Validated before sending; fields left unset are
 * omitted from the request (the API treats an empty string as invalid, not as unset).
 */
public final class ReceiptCreate extends ReceiptFields {
    private ReceiptCreate(Builder b) {
        super(b);
    }

    /** Starts an empty builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder pre-filled with this request's values. */
    public Builder toBuilder() {
        return copyTo(new Builder());
    }

    // The constraints only a receipt without file has, declared on getters (bean validation reads
    // private getters as the property of the same name); the JSON writer uses the fields.

    @NotBlank
    private String getCounterparty() {
        return counterparty();
    }

    @NotNull
    private String getInvoiceNumber() {
        return invoiceNumber();
    }

    @NotNull
    private LocalDate getDate() {
        return date();
    }

    @NotNull
    private BigDecimal getAmount() {
        return amount();
    }

    @Pattern(regexp = "[A-Z]{3}", message = "must be a three-letter ISO 4217 code such as EUR")
    @NotNull
    private String getCurrency() {
        return currency();
    }

    /** Builder for {@link ReceiptCreate}. Not thread-safe. */
    public static final class Builder extends ReceiptFields.Builder<ReceiptCreate, Builder> {
        private Builder() {
        }

        @Override
        Builder self() {
            return this;
        }

        /** Builds the request; validation happens when it is sent. */
        @Override
        public ReceiptCreate build() {
            return new ReceiptCreate(this);
        }
    }
}

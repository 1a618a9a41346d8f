package dev.ledgerbridge.buchhaltungsbutler.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.ledgerbridge.buchhaltungsbutler.internal.PlainStringSerializer;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import dev.ledgerbridge.transport.validation.BoundedDecimal;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A manual journal entry for {@code /postings/add/free} and {@code /postings/add-batch/free}.
 *
 * <p>Immutable; build with {@link #builder()}. Validated before sending; fields left unset are
 * omitted from the request (the API treats an empty string as invalid, not as unset).
 */
public final class FreePosting {
    @JsonProperty("date")
    @NotNull
    private final LocalDate date;
    @JsonProperty("postingtext")
    @NotBlank
    private final String text;
    @JsonProperty("amount")
    @JsonSerialize(using = PlainStringSerializer.class)
    @NotNull
    @Positive
    @BoundedDecimal
    private final BigDecimal amount;
    @JsonProperty("postingaccount_debit")
    @NotNull
    @Positive
    private final Long debitAccount;
    @JsonProperty("postingaccount_credit")
    @NotNull
    @Positive
    private final Long creditAccount;
    @JsonProperty("vat")
    @NotNull
    private final VatCode vat;
    @JsonProperty("cost_location")
    @Pattern(regexp = "(?s).*\\S.*", message = "must not be empty or blank; leave it unset instead")
    private final String costLocation;
    @JsonProperty("cost_location_two")
    @Pattern(regexp = "(?s).*\\S.*", message = "must not be empty or blank; leave it unset instead")
    private final String costLocationTwo;

    private FreePosting(Builder b) {
        this.date = b.date;
        this.text = b.text;
        this.amount = b.amount;
        this.debitAccount = b.debitAccount;
        this.creditAccount = b.creditAccount;
        this.vat = b.vat;
        this.costLocation = b.costLocation;
        this.costLocationTwo = b.costLocationTwo;
    }

    /** Starts an empty builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder pre-filled with this request's values. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.date = date;
        b.text = text;
        b.amount = amount;
        b.debitAccount = debitAccount;
        b.creditAccount = creditAccount;
        b.vat = vat;
        b.costLocation = costLocation;
        b.costLocationTwo = costLocationTwo;
        return b;
    }

    /** Posting date (required); null when unset */
    public LocalDate date() {
        return date;
    }

    /** Posting text (required); null when unset */
    public String text() {
        return text;
    }

    /** Amount, positive (required; sent as a string); null when unset */
    public BigDecimal amount() {
        return amount;
    }

    /** Debit posting account (required); null when unset */
    public Long debitAccount() {
        return debitAccount;
    }

    /** Credit posting account, different from the debit account (required); null when unset */
    public Long creditAccount() {
        return creditAccount;
    }

    /** VAT code (required); null when unset */
    public VatCode vat() {
        return vat;
    }

    /** Cost location code; null when unset */
    public String costLocation() {
        return costLocation;
    }

    /** Second cost location code; null when unset */
    public String costLocationTwo() {
        return costLocationTwo;
    }

    @AssertTrue(message = "debitAccount and creditAccount must differ")
    private boolean isAccountsDiffer() {
        return debitAccount == null || !debitAccount.equals(creditAccount);
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof FreePosting o)) {
            return false;
        }
        return Objects.equals(date, o.date)
                && Objects.equals(text, o.text)
                && Objects.equals(amount, o.amount)
                && Objects.equals(debitAccount, o.debitAccount)
                && Objects.equals(creditAccount, o.creditAccount)
                && Objects.equals(vat, o.vat)
                && Objects.equals(costLocation, o.costLocation)
                && Objects.equals(costLocationTwo, o.costLocationTwo);
    }

    @Override
    public int hashCode() {
        return Objects.hash(date, text, amount, debitAccount, creditAccount, vat, costLocation, costLocationTwo);
    }

    @Override
    public String toString() {
        return "FreePosting{"
                + "date=" + date
                + ", text=" + text
                + ", amount=" + amount
                + ", debitAccount=" + debitAccount
                + ", creditAccount=" + creditAccount
                + ", vat=" + vat
                + ", costLocation=" + costLocation
                + ", costLocationTwo=" + costLocationTwo + "}";
    }

    /** Builder for {@link FreePosting}. Not thread-safe. */
    public static final class Builder {
        private LocalDate date;
        private String text;
        private BigDecimal amount;
        private Long debitAccount;
        private Long creditAccount;
        private VatCode vat;
        private String costLocation;
        private String costLocationTwo;

        private Builder() {
        }

        /** Posting date (required). */
        public Builder date(LocalDate date) {
            this.date = date;
            return this;
        }

        /** Posting text (required). */
        public Builder text(String text) {
            this.text = text;
            return this;
        }

        /** Amount, positive (required; sent as a string). */
        public Builder amount(BigDecimal amount) {
            this.amount = amount;
            return this;
        }

        /** Debit posting account (required). */
        public Builder debitAccount(Long debitAccount) {
            this.debitAccount = debitAccount;
            return this;
        }

        /** Credit posting account, different from the debit account (required). */
        public Builder creditAccount(Long creditAccount) {
            this.creditAccount = creditAccount;
            return this;
        }

        /** VAT code (required). */
        public Builder vat(VatCode vat) {
            this.vat = vat;
            return this;
        }

        /** Cost location code. */
        public Builder costLocation(String costLocation) {
            this.costLocation = costLocation;
            return this;
        }

        /** Second cost location code. */
        public Builder costLocationTwo(String costLocationTwo) {
            this.costLocationTwo = costLocationTwo;
            return this;
        }

        /** Builds the request; validation happens when it is sent. */
        public FreePosting build() {
            return new FreePosting(this);
        }
    }
}

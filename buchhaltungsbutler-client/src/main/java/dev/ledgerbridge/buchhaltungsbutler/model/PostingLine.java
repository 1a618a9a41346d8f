package dev.ledgerbridge.buchhaltungsbutler.model;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import dev.ledgerbridge.transport.validation.BoundedDecimal;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * One line of a receipt or transaction posting; the client sends lines as the API's parallel arrays.
 *
 * <p>Immutable; build with {@link #builder()}. Validated before sending; fields left unset are
 * omitted from the request (the API treats an empty string as invalid, not as unset).
 */
public final class PostingLine {
    @NotNull
    @Positive
    private final Long postingAccount;
    @NotBlank
    @Size(max = 128)
    private final String text;
    @NotNull
    private final VatCode vat;
    @NotNull
    @BoundedDecimal
    private final BigDecimal amount;
    @Pattern(regexp = "(?s).*\\S.*", message = "must not be empty or blank; leave it unset instead")
    private final String costLocation;
    @Pattern(regexp = "(?s).*\\S.*", message = "must not be empty or blank; leave it unset instead")
    private final String costLocationTwo;
    @Positive
    private final Long openItemReceiptId;

    private PostingLine(Builder b) {
        this.postingAccount = b.postingAccount;
        this.text = b.text;
        this.vat = b.vat;
        this.amount = b.amount;
        this.costLocation = b.costLocation;
        this.costLocationTwo = b.costLocationTwo;
        this.openItemReceiptId = b.openItemReceiptId;
    }

    /** Starts an empty builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder pre-filled with this request's values. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.postingAccount = postingAccount;
        b.text = text;
        b.vat = vat;
        b.amount = amount;
        b.costLocation = costLocation;
        b.costLocationTwo = costLocationTwo;
        b.openItemReceiptId = openItemReceiptId;
        return b;
    }

    /** Posting account number (required); null when unset */
    public Long postingAccount() {
        return postingAccount;
    }

    /** Posting text, at most 128 characters (required); null when unset */
    public String text() {
        return text;
    }

    /** VAT code such as {@link VatCode#VAT_19_VAT} (required); null when unset */
    public VatCode vat() {
        return vat;
    }

    /** Amount (required); the lines must add up to the receipt or transaction amount; null when unset */
    public BigDecimal amount() {
        return amount;
    }

    /** Cost location code; null when unset */
    public String costLocation() {
        return costLocation;
    }

    /** Second cost location code; null when unset */
    public String costLocationTwo() {
        return costLocationTwo;
    }

    /** Transaction postings only: the receipt this line settles (open-item accounting); null when unset */
    public Long openItemReceiptId() {
        return openItemReceiptId;
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof PostingLine o)) {
            return false;
        }
        return Objects.equals(postingAccount, o.postingAccount)
                && Objects.equals(text, o.text)
                && Objects.equals(vat, o.vat)
                && Objects.equals(amount, o.amount)
                && Objects.equals(costLocation, o.costLocation)
                && Objects.equals(costLocationTwo, o.costLocationTwo)
                && Objects.equals(openItemReceiptId, o.openItemReceiptId);
    }

    @Override
    public int hashCode() {
        return Objects.hash(postingAccount, text, vat, amount, costLocation, costLocationTwo, openItemReceiptId);
    }

    @Override
    public String toString() {
        return "PostingLine{"
                + "postingAccount=" + postingAccount
                + ", text=" + text
                + ", vat=" + vat
                + ", amount=" + amount
                + ", costLocation=" + costLocation
                + ", costLocationTwo=" + costLocationTwo
                + ", openItemReceiptId=" + openItemReceiptId + "}";
    }

    /** Builder for {@link PostingLine}. Not thread-safe. */
    public static final class Builder {
        private Long postingAccount;
        private String text;
        private VatCode vat;
        private BigDecimal amount;
        private String costLocation;
        private String costLocationTwo;
        private Long openItemReceiptId;

        private Builder() {
        }

        /** Posting account number (required). */
        public Builder postingAccount(Long postingAccount) {
            this.postingAccount = postingAccount;
            return this;
        }

        /** Posting text, at most 128 characters (required). */
        public Builder text(String text) {
            this.text = text;
            return this;
        }

        /** VAT code such as {@link VatCode#VAT_19_VAT} (required). */
        public Builder vat(VatCode vat) {
            this.vat = vat;
            return this;
        }

        /** Amount (required); the lines must add up to the receipt or transaction amount. */
        public Builder amount(BigDecimal amount) {
            this.amount = amount;
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

        /** Transaction postings only: the receipt this line settles (open-item accounting). */
        public Builder openItemReceiptId(Long openItemReceiptId) {
            this.openItemReceiptId = openItemReceiptId;
            return this;
        }

        /** Builds the request; validation happens when it is sent. */
        public PostingLine build() {
            return new PostingLine(this);
        }
    }
}

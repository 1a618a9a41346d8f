package dev.ledgerbridge.buchhaltungsbutler.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.ledgerbridge.buchhaltungsbutler.internal.FlexibleBooleanDeserializer;
import dev.ledgerbridge.buchhaltungsbutler.internal.FlexibleDateDeserializer;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A journal posting from {@code /postings/get}. The {@code receipts_assigned_*} fields (shape undocumented) are kept in {@link #extra()}.
 *
 * <p>Read tolerantly: every field may be null (not sent, JSON null, or an empty string, which the API
 * sends for "not set"), numbers and ids are accepted as JSON strings or numbers, fields this type does not know
 * are kept in {@link #extra()} as plain Java values (BigDecimal for every number). Immutable.
 */
public final class Posting extends ApiObject {
    @JsonProperty("id_by_customer")
    private Long id;
    @JsonProperty("date")
    @JsonDeserialize(using = FlexibleDateDeserializer.class)
    private LocalDate date;
    @JsonProperty("date_delivery")
    @JsonDeserialize(using = FlexibleDateDeserializer.class)
    private LocalDate dateDelivery;
    @JsonProperty("date_vat_effective")
    @JsonDeserialize(using = FlexibleDateDeserializer.class)
    private LocalDate dateVatEffective;
    @JsonProperty("postingtext")
    private String text;
    @JsonProperty("amount")
    private BigDecimal amount;
    @JsonProperty("currency")
    private String currency;
    @JsonProperty("vat")
    private String vat;
    @JsonProperty("credit_type")
    private String creditType;
    @JsonProperty("debit_postingaccount_number")
    private Long debitPostingaccountNumber;
    @JsonProperty("credit_postingaccount_number")
    private Long creditPostingaccountNumber;
    @JsonProperty("tax_key")
    private String taxKey;
    @JsonProperty("booking_number")
    private String bookingNumber;
    @JsonProperty("cost_location")
    private String costLocation;
    @JsonProperty("cost_location_two")
    private String costLocationTwo;
    @JsonProperty("transaction_amount")
    private BigDecimal transactionAmount;
    @JsonProperty("transaction_purpose")
    private String transactionPurpose;
    @JsonProperty("fixed")
    @JsonDeserialize(using = FlexibleBooleanDeserializer.class)
    private Boolean fixed;
    @JsonProperty("comment")
    private String comment;
    @JsonProperty("receipt_id_by_customer")
    private Long receiptId;
    @JsonProperty("transaction_id_by_customer")
    private Long transactionId;

    private Posting() {
    }

    /** Per-tenant posting id; null when not sent */
    public Long id() {
        return id;
    }

    /** Posting date; null when not sent */
    public LocalDate date() {
        return date;
    }

    /** Delivery date; null when not sent */
    public LocalDate dateDelivery() {
        return dateDelivery;
    }

    /** VAT-effective date; null when not sent */
    public LocalDate dateVatEffective() {
        return dateVatEffective;
    }

    /** Posting text; null when not sent */
    public String text() {
        return text;
    }

    /** Amount; null when not sent */
    public BigDecimal amount() {
        return amount;
    }

    /** Currency; null when not sent */
    public String currency() {
        return currency;
    }

    /** VAT code; null when not sent */
    public String vat() {
        return vat;
    }

    /** Credit type; null when not sent */
    public String creditType() {
        return creditType;
    }

    /** Debit account; null when not sent */
    public Long debitPostingaccountNumber() {
        return debitPostingaccountNumber;
    }

    /** Credit account; null when not sent */
    public Long creditPostingaccountNumber() {
        return creditPostingaccountNumber;
    }

    /** Tax key (meaning undocumented); null when not sent */
    public String taxKey() {
        return taxKey;
    }

    /** Booking number; null when not sent */
    public String bookingNumber() {
        return bookingNumber;
    }

    /** Cost location; null when not sent */
    public String costLocation() {
        return costLocation;
    }

    /** Second cost location; null when not sent */
    public String costLocationTwo() {
        return costLocationTwo;
    }

    /** Amount of the linked transaction; null when not sent */
    public BigDecimal transactionAmount() {
        return transactionAmount;
    }

    /** Purpose of the linked transaction; null when not sent */
    public String transactionPurpose() {
        return transactionPurpose;
    }

    /** Whether the posting is fixed (festgeschrieben); null when not sent */
    public Boolean fixed() {
        return fixed;
    }

    /** Comment; null when not sent */
    public String comment() {
        return comment;
    }

    /** Receipt id; null when not sent */
    public Long receiptId() {
        return receiptId;
    }

    /** Transaction id; null when not sent */
    public Long transactionId() {
        return transactionId;
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof Posting o)) {
            return false;
        }
        return Objects.equals(id, o.id)
                && Objects.equals(date, o.date)
                && Objects.equals(dateDelivery, o.dateDelivery)
                && Objects.equals(dateVatEffective, o.dateVatEffective)
                && Objects.equals(text, o.text)
                && Objects.equals(amount, o.amount)
                && Objects.equals(currency, o.currency)
                && Objects.equals(vat, o.vat)
                && Objects.equals(creditType, o.creditType)
                && Objects.equals(debitPostingaccountNumber, o.debitPostingaccountNumber)
                && Objects.equals(creditPostingaccountNumber, o.creditPostingaccountNumber)
                && Objects.equals(taxKey, o.taxKey)
                && Objects.equals(bookingNumber, o.bookingNumber)
                && Objects.equals(costLocation, o.costLocation)
                && Objects.equals(costLocationTwo, o.costLocationTwo)
                && Objects.equals(transactionAmount, o.transactionAmount)
                && Objects.equals(transactionPurpose, o.transactionPurpose)
                && Objects.equals(fixed, o.fixed)
                && Objects.equals(comment, o.comment)
                && Objects.equals(receiptId, o.receiptId)
                && Objects.equals(transactionId, o.transactionId)
                && extra().equals(o.extra());
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, date, dateDelivery, dateVatEffective, text, amount, currency, vat, creditType, debitPostingaccountNumber, creditPostingaccountNumber, taxKey, bookingNumber, costLocation, costLocationTwo, transactionAmount, transactionPurpose, fixed, comment, receiptId, transactionId, extra());
    }

    @Override
    public String toString() {
        return "Posting{"
                + "id=" + id
                + ", date=" + date
                + ", dateDelivery=" + dateDelivery
                + ", dateVatEffective=" + dateVatEffective
                + ", text=" + text
                + ", amount=" + amount
                + ", currency=" + currency
                + ", vat=" + vat
                + ", creditType=" + creditType
                + ", debitPostingaccountNumber=" + debitPostingaccountNumber
                + ", creditPostingaccountNumber=" + creditPostingaccountNumber
                + ", taxKey=" + taxKey
                + ", bookingNumber=" + bookingNumber
                + ", costLocation=" + costLocation
                + ", costLocationTwo=" + costLocationTwo
                + ", transactionAmount=" + transactionAmount
                + ", transactionPurpose=" + transactionPurpose
                + ", fixed=" + fixed
                + ", comment=" + comment
                + ", receiptId=" + receiptId
                + ", transactionId=" + transactionId + ", extra=" + extra().keySet() + "}";
    }
}

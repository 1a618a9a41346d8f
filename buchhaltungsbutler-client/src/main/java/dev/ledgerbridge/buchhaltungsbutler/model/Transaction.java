package dev.ledgerbridge.buchhaltungsbutler.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.ledgerbridge.buchhaltungsbutler.internal.FlexibleDateTimeDeserializer;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;

/**
 * A bank or cash transaction. List rows carry id, counterparty, amount, dates and purpose; the detail ({@code /transactions/get/{id}}) adds account, currency and bank fields.
 *
 * <p>Read tolerantly: every field may be null (not sent, JSON null, or an empty string, which the API
 * sends for "not set"), numbers and ids are accepted as JSON strings or numbers, fields this type does not know
 * are kept in {@link #extra()} as plain Java values (BigDecimal for every number). Immutable.
 */
public final class Transaction extends ApiObject {
    @JsonProperty("id_by_customer")
    private Long id;
    @JsonProperty("account")
    private Long account;
    @JsonProperty("to_from")
    private String toFrom;
    @JsonProperty("amount")
    private BigDecimal amount;
    @JsonProperty("booking_date")
    @JsonDeserialize(using = FlexibleDateTimeDeserializer.class)
    private LocalDateTime bookingDate;
    @JsonProperty("value_date")
    @JsonDeserialize(using = FlexibleDateTimeDeserializer.class)
    private LocalDateTime valueDate;
    @JsonProperty("currency")
    private String currency;
    @JsonProperty("account_number")
    private String accountNumber;
    @JsonProperty("bank_code")
    private String bankCode;
    @JsonProperty("bank_name")
    private String bankName;
    @JsonProperty("purpose")
    private String purpose;
    @JsonProperty("type")
    private String type;
    @JsonProperty("booking_text")
    private String bookingText;

    private Transaction() {
    }

    /** Per-tenant transaction id; null when not sent */
    public Long id() {
        return id;
    }

    /** Payment account number (detail only); null when not sent */
    public Long account() {
        return account;
    }

    /** Payer or payee; null when not sent */
    public String toFrom() {
        return toFrom;
    }

    /** Amount, positive incoming, negative outgoing; null when not sent */
    public BigDecimal amount() {
        return amount;
    }

    /** Booking date; null when not sent */
    public LocalDateTime bookingDate() {
        return bookingDate;
    }

    /** Value date; null when not sent */
    public LocalDateTime valueDate() {
        return valueDate;
    }

    /** Currency (detail only); null when not sent */
    public String currency() {
        return currency;
    }

    /** Counterparty IBAN (detail only); null when not sent */
    public String accountNumber() {
        return accountNumber;
    }

    /** Counterparty BIC (detail only); null when not sent */
    public String bankCode() {
        return bankCode;
    }

    /** Counterparty bank (detail only); null when not sent */
    public String bankName() {
        return bankName;
    }

    /** Purpose text; null when not sent */
    public String purpose() {
        return purpose;
    }

    /** Transaction type (detail only); null when not sent */
    public String type() {
        return type;
    }

    /** Booking text (detail only); null when not sent */
    public String bookingText() {
        return bookingText;
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof Transaction o)) {
            return false;
        }
        return Objects.equals(id, o.id)
                && Objects.equals(account, o.account)
                && Objects.equals(toFrom, o.toFrom)
                && Objects.equals(amount, o.amount)
                && Objects.equals(bookingDate, o.bookingDate)
                && Objects.equals(valueDate, o.valueDate)
                && Objects.equals(currency, o.currency)
                && Objects.equals(accountNumber, o.accountNumber)
                && Objects.equals(bankCode, o.bankCode)
                && Objects.equals(bankName, o.bankName)
                && Objects.equals(purpose, o.purpose)
                && Objects.equals(type, o.type)
                && Objects.equals(bookingText, o.bookingText)
                && extra().equals(o.extra());
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, account, toFrom, amount, bookingDate, valueDate, currency, accountNumber, bankCode, bankName, purpose, type, bookingText, extra());
    }

    @Override
    public String toString() {
        return "Transaction{"
                + "id=" + id
                + ", account=" + account
                + ", toFrom=" + toFrom
                + ", amount=" + amount
                + ", bookingDate=" + bookingDate
                + ", valueDate=" + valueDate
                + ", currency=" + currency
                + ", accountNumber=" + accountNumber
                + ", bankCode=" + bankCode
                + ", bankName=" + bankName
                + ", purpose=" + purpose
                + ", type=" + type
                + ", bookingText=" + bookingText + ", extra=" + extra().keySet() + "}";
    }
}

package dev.ledgerbridge.buchhaltungsbutler.model;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.ledgerbridge.buchhaltungsbutler.internal.FlexibleBooleanDeserializer;
import dev.ledgerbridge.buchhaltungsbutler.internal.FlexibleDateDeserializer;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A receipt (document record) from the receipt list, the receipt detail ({@code /receipts/get/{id}}) or an assignment list. The list and the detail name some fields differently; both names map to one property here. Detail-only fields are null in list rows.
 *
 * <p>Read tolerantly: every field may be null (not sent, JSON null, or an empty string, which the API
 * sends for "not set"), numbers and ids are accepted as JSON strings or numbers, fields this type does not know
 * are kept in {@link #extra()} as plain Java values (BigDecimal for every number). Immutable.
 */
public final class Receipt extends ApiObject {
    @JsonProperty("id_by_customer")
    private Long id;
    @JsonProperty("filename")
    private String filename;
    @JsonProperty("type")
    private ReceiptType type;
    @JsonProperty("date")
    @JsonDeserialize(using = FlexibleDateDeserializer.class)
    private LocalDate date;
    @JsonProperty("delivery_date")
    @JsonAlias({"date_delivery"})
    @JsonDeserialize(using = FlexibleDateDeserializer.class)
    private LocalDate deliveryDate;
    @JsonProperty("date_uploaded")
    @JsonDeserialize(using = FlexibleDateDeserializer.class)
    private LocalDate dateUploaded;
    @JsonProperty("counterparty")
    private String counterparty;
    @JsonProperty("invoicenumber")
    private String invoiceNumber;
    @JsonProperty("amount")
    private BigDecimal amount;
    @JsonProperty("payment_date")
    @JsonDeserialize(using = FlexibleDateDeserializer.class)
    private LocalDate paymentDate;
    @JsonProperty("due_date")
    @JsonAlias({"date_payment_due"})
    @JsonDeserialize(using = FlexibleDateDeserializer.class)
    private LocalDate dueDate;
    @JsonProperty("account")
    private Long account;
    @JsonProperty("amount_paid")
    private BigDecimal amountPaid;
    @JsonProperty("amount_paid_fixed")
    private BigDecimal amountPaidFixed;
    @JsonProperty("deleted")
    @JsonDeserialize(using = FlexibleBooleanDeserializer.class)
    private Boolean deleted;
    @JsonProperty("link_to_receipt_id_by_customer")
    private Long linkedReceiptId;
    @JsonProperty("amount_original")
    private BigDecimal amountOriginal;
    @JsonProperty("currency")
    private String currency;
    @JsonProperty("currency_original")
    private String currencyOriginal;
    @JsonProperty("exchangerate")
    private BigDecimal exchangeRate;
    @JsonProperty("vat")
    private BigDecimal vatRate;
    @JsonProperty("e_invoice_type")
    private Integer eInvoiceType;
    @JsonProperty("list_direction")
    private String listDirection;
    @JsonProperty("payment_reference")
    private String paymentReference;
    @JsonProperty("file_type")
    private String fileType;
    @JsonProperty("file_content")
    private byte[] fileContent;

    private Receipt() {
    }

    /** Per-tenant receipt id; null when not sent */
    public Long id() {
        return id;
    }

    /** File name; null when not sent */
    public String filename() {
        return filename;
    }

    /** Receipt type; null when not sent */
    public ReceiptType type() {
        return type;
    }

    /** Receipt date; null when not sent */
    public LocalDate date() {
        return date;
    }

    /** Delivery date (list: {@code delivery_date}, detail: {@code date_delivery}); null when not sent */
    public LocalDate deliveryDate() {
        return deliveryDate;
    }

    /** Upload date; null when not sent */
    public LocalDate dateUploaded() {
        return dateUploaded;
    }

    /** Invoicing party or recipient; null when not sent */
    public String counterparty() {
        return counterparty;
    }

    /** Invoice number; null when not sent */
    public String invoiceNumber() {
        return invoiceNumber;
    }

    /** Gross amount in EUR; null when not sent */
    public BigDecimal amount() {
        return amount;
    }

    /** Payment date; set when paid; null when not sent */
    public LocalDate paymentDate() {
        return paymentDate;
    }

    /** Due date (list: {@code due_date}, detail: {@code date_payment_due}); null when not sent */
    public LocalDate dueDate() {
        return dueDate;
    }

    /** Payment account number; null when not sent */
    public Long account() {
        return account;
    }

    /** Amount paid (semantics undocumented; prefer {@code paymentDate}); null when not sent */
    public BigDecimal amountPaid() {
        return amountPaid;
    }

    /** Amount paid by fixed postings (semantics undocumented); null when not sent */
    public BigDecimal amountPaidFixed() {
        return amountPaidFixed;
    }

    /** Whether the receipt is soft-deleted; null when not sent */
    public Boolean deleted() {
        return deleted;
    }

    /** Linked receipt id; null when not sent */
    public Long linkedReceiptId() {
        return linkedReceiptId;
    }

    /** Amount in the original currency (detail only); null when not sent */
    public BigDecimal amountOriginal() {
        return amountOriginal;
    }

    /** Currency of {@code amount} (detail only); null when not sent */
    public String currency() {
        return currency;
    }

    /** Original currency (detail only); null when not sent */
    public String currencyOriginal() {
        return currencyOriginal;
    }

    /** Exchange rate (detail only); null when not sent */
    public BigDecimal exchangeRate() {
        return exchangeRate;
    }

    /** VAT rate in percent (detail only); null when not sent */
    public BigDecimal vatRate() {
        return vatRate;
    }

    /** 0 PDF, 1 ZUGFeRD, 2 XRechnung (detail only); null when not sent */
    public Integer eInvoiceType() {
        return eInvoiceType;
    }

    /** {@code inbound} or {@code outbound} (detail only); null when not sent */
    public String listDirection() {
        return listDirection;
    }

    /** Payment reference (detail only); null when not sent */
    public String paymentReference() {
        return paymentReference;
    }

    /** {@code pdf} or {@code xml} (detail with file only); null when not sent */
    public String fileType() {
        return fileType;
    }

    /** The decoded file (detail with file only); null when not sent */
    public byte[] fileContent() {
        return fileContent;
    }

    /** Whether the receipt has been paid, judged by its payment date. */
    public boolean isPaid() {
        return paymentDate != null;
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof Receipt o)) {
            return false;
        }
        return Objects.equals(id, o.id)
                && Objects.equals(filename, o.filename)
                && Objects.equals(type, o.type)
                && Objects.equals(date, o.date)
                && Objects.equals(deliveryDate, o.deliveryDate)
                && Objects.equals(dateUploaded, o.dateUploaded)
                && Objects.equals(counterparty, o.counterparty)
                && Objects.equals(invoiceNumber, o.invoiceNumber)
                && Objects.equals(amount, o.amount)
                && Objects.equals(paymentDate, o.paymentDate)
                && Objects.equals(dueDate, o.dueDate)
                && Objects.equals(account, o.account)
                && Objects.equals(amountPaid, o.amountPaid)
                && Objects.equals(amountPaidFixed, o.amountPaidFixed)
                && Objects.equals(deleted, o.deleted)
                && Objects.equals(linkedReceiptId, o.linkedReceiptId)
                && Objects.equals(amountOriginal, o.amountOriginal)
                && Objects.equals(currency, o.currency)
                && Objects.equals(currencyOriginal, o.currencyOriginal)
                && Objects.equals(exchangeRate, o.exchangeRate)
                && Objects.equals(vatRate, o.vatRate)
                && Objects.equals(eInvoiceType, o.eInvoiceType)
                && Objects.equals(listDirection, o.listDirection)
                && Objects.equals(paymentReference, o.paymentReference)
                && Objects.equals(fileType, o.fileType)
                && java.util.Arrays.equals(fileContent, o.fileContent)
                && extra().equals(o.extra());
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, filename, type, date, deliveryDate, dateUploaded, counterparty, invoiceNumber, amount, paymentDate, dueDate, account, amountPaid, amountPaidFixed, deleted, linkedReceiptId, amountOriginal, currency, currencyOriginal, exchangeRate, vatRate, eInvoiceType, listDirection, paymentReference, fileType, java.util.Arrays.hashCode(fileContent), extra());
    }

    @Override
    public String toString() {
        return "Receipt{"
                + "id=" + id
                + ", filename=" + filename
                + ", type=" + type
                + ", date=" + date
                + ", deliveryDate=" + deliveryDate
                + ", dateUploaded=" + dateUploaded
                + ", counterparty=" + counterparty
                + ", invoiceNumber=" + invoiceNumber
                + ", amount=" + amount
                + ", paymentDate=" + paymentDate
                + ", dueDate=" + dueDate
                + ", account=" + account
                + ", amountPaid=" + amountPaid
                + ", amountPaidFixed=" + amountPaidFixed
                + ", deleted=" + deleted
                + ", linkedReceiptId=" + linkedReceiptId
                + ", amountOriginal=" + amountOriginal
                + ", currency=" + currency
                + ", currencyOriginal=" + currencyOriginal
                + ", exchangeRate=" + exchangeRate
                + ", vatRate=" + vatRate
                + ", eInvoiceType=" + eInvoiceType
                + ", listDirection=" + listDirection
                + ", paymentReference=" + paymentReference
                + ", fileType=" + fileType
                + ", fileContent=" + (fileContent == null ? "null" : fileContent.length + " bytes") + ", extra=" + extra().keySet() + "}";
    }
}

package dev.ledgerbridge.buchhaltungsbutler.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Objects;

/**
 * What {@code /invoices/create} and {@code /invoices/create/e-invoice} return: the id of the resulting outbound receipt, the number and the file name.
 *
 * <p>Read tolerantly: every field may be null (not sent, JSON null, or an empty string, which the API
 * sends for "not set"), numbers and ids are accepted as JSON strings or numbers, fields this type does not know
 * are kept in {@link #extra()} as plain Java values (BigDecimal for every number). Immutable.
 */
public final class CreatedInvoice extends ApiObject {
    @JsonProperty("id_by_customer")
    private Long id;
    @JsonProperty("invoicenumber")
    private String invoiceNumber;
    @JsonProperty("file_name")
    private String fileName;

    private CreatedInvoice() {
    }

    /** Id of the outbound receipt the invoice became; null when not sent */
    public Long id() {
        return id;
    }

    /** Invoice number assigned; null when not sent */
    public String invoiceNumber() {
        return invoiceNumber;
    }

    /** File name of the rendered document; null when not sent */
    public String fileName() {
        return fileName;
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof CreatedInvoice o)) {
            return false;
        }
        return Objects.equals(id, o.id)
                && Objects.equals(invoiceNumber, o.invoiceNumber)
                && Objects.equals(fileName, o.fileName)
                && extra().equals(o.extra());
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, invoiceNumber, fileName, extra());
    }

    @Override
    public String toString() {
        return "CreatedInvoice{"
                + "id=" + id
                + ", invoiceNumber=" + invoiceNumber
                + ", fileName=" + fileName + ", extra=" + extra().keySet() + "}";
    }
}

package dev.ledgerbridge.buchhaltungsbutler.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Objects;

/**
 * What {@code /receipts/upload} returns.
 *
 * <p>Read tolerantly: every field may be null (not sent, JSON null, or an empty string, which the API
 * sends for "not set"), numbers and ids are accepted as JSON strings or numbers, fields this type does not know
 * are kept in {@link #extra()} as plain Java values (BigDecimal for every number). Immutable.
 */
public final class UploadedReceipt extends ApiObject {
    @JsonProperty("id_by_customer")
    private Long id;
    @JsonProperty("filename")
    private String filename;

    private UploadedReceipt() {
    }

    /** Id of the new receipt; null when not sent */
    public Long id() {
        return id;
    }

    /** Stored file name; null when not sent */
    public String filename() {
        return filename;
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof UploadedReceipt o)) {
            return false;
        }
        return Objects.equals(id, o.id)
                && Objects.equals(filename, o.filename)
                && extra().equals(o.extra());
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, filename, extra());
    }

    @Override
    public String toString() {
        return "UploadedReceipt{"
                + "id=" + id
                + ", filename=" + filename + ", extra=" + extra().keySet() + "}";
    }
}

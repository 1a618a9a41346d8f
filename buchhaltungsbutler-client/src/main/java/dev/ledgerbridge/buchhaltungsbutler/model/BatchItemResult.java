package dev.ledgerbridge.buchhaltungsbutler.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.ledgerbridge.buchhaltungsbutler.internal.FlexibleBooleanDeserializer;
import java.util.Objects;

/**
 * The result of one created item of a batch call.
 *
 * <p>Read tolerantly: every field may be null (not sent, JSON null, or an empty string, which the API
 * sends for "not set"), numbers and ids are accepted as JSON strings or numbers, fields this type does not know
 * are kept in {@link #extra()} as plain Java values (BigDecimal for every number). Immutable.
 */
public final class BatchItemResult extends ApiObject {
    @JsonProperty("success")
    @JsonDeserialize(using = FlexibleBooleanDeserializer.class)
    private Boolean success;
    @JsonProperty("message")
    private String message;
    @JsonProperty("id_by_customer")
    private Long id;
    @JsonProperty("postingaccount_number")
    private Long postingaccountNumber;

    private BatchItemResult() {
    }

    /** Whether the item was created; null when not sent */
    public Boolean success() {
        return success;
    }

    /** Server message; null when not sent */
    public String message() {
        return message;
    }

    /** Id of a created receipt or transaction; null when not sent */
    public Long id() {
        return id;
    }

    /** Account number of a created debtor or creditor; null when not sent */
    public Long postingaccountNumber() {
        return postingaccountNumber;
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof BatchItemResult o)) {
            return false;
        }
        return Objects.equals(success, o.success)
                && Objects.equals(message, o.message)
                && Objects.equals(id, o.id)
                && Objects.equals(postingaccountNumber, o.postingaccountNumber)
                && extra().equals(o.extra());
    }

    @Override
    public int hashCode() {
        return Objects.hash(success, message, id, postingaccountNumber, extra());
    }

    @Override
    public String toString() {
        return "BatchItemResult{"
                + "success=" + success
                + ", message=" + message
                + ", id=" + id
                + ", postingaccountNumber=" + postingaccountNumber + ", extra=" + extra().keySet() + "}";
    }
}

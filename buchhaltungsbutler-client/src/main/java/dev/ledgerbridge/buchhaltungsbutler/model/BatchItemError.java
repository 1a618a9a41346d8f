package dev.ledgerbridge.buchhaltungsbutler.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One failed item of a batch call: the code, the message and the submitted data the server echoed (its shape is undocumented; kept as plain Java values).
 *
 * <p>Read tolerantly: every field may be null, numbers and ids are accepted as JSON strings or
 * numbers, fields this type does not know are kept in {@link #extra()}. Immutable.
 */
public final class BatchItemError extends ApiObject {
    @JsonProperty("error_code")
    private Integer errorCode;
    @JsonProperty("message")
    private String message;
    @JsonProperty("request_data")
    private Object requestData;

    private BatchItemError() {
    }

    /** Endpoint-specific error code; null when not sent */
    public Integer errorCode() {
        return errorCode;
    }

    /** Server message; null when not sent */
    public String message() {
        return message;
    }

    /** The item as submitted, echoed by the server (Map, List or null); null when not sent */
    public Object requestData() {
        return requestData;
    }

    /**
     * One field of the echoed input, for matching the failure to the submitted item (for example
     * {@code name} or {@code customer_number} of a debtor).
     *
     * @param wireName the field's wire name
     * @return the value, or empty when absent or when the echo is not an object
     */
    public java.util.Optional<Object> requestField(String wireName) {
        return requestData instanceof Map<?, ?> m ? java.util.Optional.ofNullable(m.get(wireName))
                : java.util.Optional.empty();
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof BatchItemError o)) {
            return false;
        }
        return Objects.equals(errorCode, o.errorCode)
                && Objects.equals(message, o.message)
                && Objects.equals(requestData, o.requestData)
                && extra().equals(o.extra());
    }

    @Override
    public int hashCode() {
        return Objects.hash(errorCode, message, requestData, extra());
    }

    @Override
    public String toString() {
        return "BatchItemError{"
                + "errorCode=" + errorCode
                + ", message=" + message
                + ", requestData=" + requestData + ", extra=" + extra().keySet() + "}";
    }
}

package dev.ledgerbridge.buchhaltungsbutler.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import dev.ledgerbridge.buchhaltungsbutler.internal.PlainValues;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One failed item of a batch call: the API's error code and message, and the submitted item the server echoed
 * ({@code request_data}) for matching the failure to what was sent.
 *
 * <p>Read tolerantly: every field may be absent; fields this type does not know are kept in {@link #extra()}.
 * The shape of {@code request_data} is not documented: it is expected to be the item as a JSON object, which
 * {@link #requestData()} and {@link #requestField(String)} give; whatever else arrives stays reachable through
 * {@link #requestDataAsSent()}. Values are plain Java (String, Boolean, BigDecimal, List, Map; an empty string
 * becomes null). Immutable.
 */
public final class BatchItemError extends ApiObject {
    @JsonProperty("error_code")
    private String errorCode;
    @JsonProperty("message")
    private String message;
    private Map<String, Object> requestFields = Map.of();
    private Object requestData;

    private BatchItemError() {
    }

    @JsonProperty("request_data")
    private void readRequestData(JsonNode value) {
        this.requestFields = PlainValues.map(value);
        this.requestData = value != null && value.isObject() ? requestFields : PlainValues.of(value);
    }

    /**
     * The endpoint-specific error code, text as sent (a JSON number {@code 8} reads as {@code "8"}).
     *
     * @return the code, empty when not sent
     */
    public Optional<String> errorCode() {
        return Optional.ofNullable(errorCode);
    }

    /** Server message; null when not sent */
    public String message() {
        return message;
    }

    /**
     * The item as submitted, echoed by the server, by wire name; unmodifiable.
     *
     * @return the echoed fields; empty when the server sent none or sent something other than a JSON object
     *         (see {@link #requestDataAsSent()})
     */
    public Map<String, Object> requestData() {
        return requestFields;
    }

    /**
     * The echo whatever its shape: a Map for an object (as {@link #requestData()}), a List for an array, or a
     * String, BigDecimal or Boolean.
     *
     * @return the echo; empty when absent, null or an empty string
     */
    public Optional<Object> requestDataAsSent() {
        return Optional.ofNullable(requestData);
    }

    /**
     * One field of the echoed input, for matching the failure to the submitted item (for example
     * {@code name} or {@code customer_number} of a debtor).
     *
     * @param wireName the field's wire name
     * @return the value, or empty when absent or when the echo is not an object
     */
    public Optional<Object> requestField(String wireName) {
        return Optional.ofNullable(requestFields.get(wireName));
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

    /** Code, message and the echoed field names (their values may be personal data). */
    @Override
    public String toString() {
        return "BatchItemError{"
                + "errorCode=" + errorCode
                + ", message=" + message
                + ", requestData=" + requestFields.keySet() + ", extra=" + extra().keySet() + "}";
    }
}

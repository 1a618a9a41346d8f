package dev.ledgerbridge.buchhaltungsbutler.model;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.databind.JsonNode;
import dev.ledgerbridge.buchhaltungsbutler.internal.PlainValues;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Base of every record read from the API: keeps the fields this SDK does not model yet, so that nothing the server
 * sends is lost.
 */
public abstract class ApiObject {
    private final Map<String, Object> extra = new LinkedHashMap<>();

    /** Creates an empty record; subclasses are filled by the JSON reader. */
    protected ApiObject() {
    }

    /**
     * Fields the server sent that this type does not model, by wire name, in wire order; unmodifiable. Values are
     * plain Java: String, Boolean, {@link java.math.BigDecimal} for every number, List, Map, and null for JSON null
     * and for an empty string (the API's "not set").
     *
     * @return the unmodelled fields
     */
    public Map<String, Object> extra() {
        return Collections.unmodifiableMap(extra);
    }

    @JsonAnySetter
    private void unknownField(String name, JsonNode value) {
        extra.put(name, PlainValues.of(value));
    }
}

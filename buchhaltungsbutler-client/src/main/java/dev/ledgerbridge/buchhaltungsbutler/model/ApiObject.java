package dev.ledgerbridge.buchhaltungsbutler.model;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Base of every record read from the API: keeps the fields this SDK does not model yet, so that
 * nothing the server sends is lost. Values are plain Java (String, Number, Boolean, List, Map, null).
 */
public abstract class ApiObject {
    @JsonAnySetter
    private final Map<String, Object> extra = new LinkedHashMap<>();

    /** Creates an empty record; subclasses are filled by the JSON reader. */
    protected ApiObject() {
    }

    /** Fields the server sent that this type does not model, by wire name; unmodifiable. */
    public Map<String, Object> extra() {
        return Collections.unmodifiableMap(extra);
    }
}

package dev.ledgerbridge.buchhaltungsbutler.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import java.io.IOException;
import java.util.Locale;

/** Reads the API's booleans: JSON booleans, numbers 0/1 and strings "0"/"1"/"true"/"false"/"". */
public final class FlexibleBooleanDeserializer extends JsonDeserializer<Boolean> {
    @Override
    public Boolean deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        JsonToken t = p.currentToken();
        if (t == JsonToken.VALUE_TRUE || t == JsonToken.VALUE_FALSE) {
            return p.getBooleanValue();
        }
        if (t == JsonToken.VALUE_NUMBER_INT) {
            return p.getLongValue() != 0;
        }
        String s = p.getValueAsString();
        if (s == null || s.isBlank()) {
            return null;
        }
        switch (s.trim().toLowerCase(Locale.ROOT)) {
            case "1", "true", "yes":
                return true;
            case "0", "false", "no":
                return false;
            default:
                return (Boolean) ctxt.handleWeirdStringValue(Boolean.class, s, "expected 0/1 or true/false");
        }
    }
}

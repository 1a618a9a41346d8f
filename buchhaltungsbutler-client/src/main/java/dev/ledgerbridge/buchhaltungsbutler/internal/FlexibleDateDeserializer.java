package dev.ledgerbridge.buchhaltungsbutler.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * Reads {@code YYYY-MM-DD}, also when followed by a time ({@code 2026-01-02 00:00:00}); the
 * placeholder {@code 0000-00-00} and empty strings become null.
 */
public final class FlexibleDateDeserializer extends JsonDeserializer<LocalDate> {
    @Override
    public LocalDate deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        String s = p.getValueAsString();
        if (s == null || s.isBlank() || s.startsWith("0000-00-00")) {
            return null;
        }
        String v = s.trim();
        try {
            return LocalDate.parse(v.length() > 10 ? v.substring(0, 10) : v);
        } catch (DateTimeParseException e) {
            return (LocalDate) ctxt.handleWeirdStringValue(LocalDate.class, s, "expected YYYY-MM-DD");
        }
    }
}

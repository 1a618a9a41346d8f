package dev.ledgerbridge.buchhaltungsbutler.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import java.io.IOException;

/**
 * Reads text fields as Jackson does (numbers and booleans as their text), except that an empty string becomes
 * null: BuchhaltungsButler sends {@code ""} for a field that is not set, and the models say "not set" with null.
 */
final class EmptyAsNullStringDeserializer extends StringDeserializer {
    private static final long serialVersionUID = 1L;

    @Override
    public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        String text = super.deserialize(p, ctxt);
        return text == null || text.isEmpty() ? null : text;
    }
}

package dev.ledgerbridge.transport.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.NumberDeserializers;
import java.io.IOException;
import java.math.BigDecimal;

/**
 * Reads decimals, from numbers and from strings, and refuses those with more than
 * {@link Numbers#RESPONSE_MAX_DIGITS} digits before or after the point ({@code 1E+999999999}): such a value is
 * no amount, and the first {@code toPlainString()} or {@code intValue()} on it would exhaust memory or time.
 */
final class BoundedBigDecimalDeserializer extends NumberDeserializers.BigDecimalDeserializer {
    private static final long serialVersionUID = 1L;
    private static final int MAX_TEXT_CHARS = 100;

    @Override
    public BigDecimal deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        if (p.hasToken(JsonToken.VALUE_STRING) && p.getText().strip().length() > MAX_TEXT_CHARS) {
            return (BigDecimal) ctxt.handleWeirdStringValue(BigDecimal.class, Texts.abbreviate(p.getText()),
                    "longer than %d characters", MAX_TEXT_CHARS);
        }
        BigDecimal d = super.deserialize(p, ctxt);
        if (d != null && !Numbers.plausible(d)) {
            return (BigDecimal) ctxt.handleWeirdNumberValue(BigDecimal.class, d,
                    "more than %d digits before or after the point", Numbers.RESPONSE_MAX_DIGITS);
        }
        return d;
    }
}

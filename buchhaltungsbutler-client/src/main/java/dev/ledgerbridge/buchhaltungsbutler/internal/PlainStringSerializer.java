package dev.ledgerbridge.buchhaltungsbutler.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import java.io.IOException;
import dev.ledgerbridge.transport.internal.Numbers;
import java.math.BigDecimal;

/** Writes numbers as JSON strings without exponent ({@code "19.99"}, {@code "10023"}), where the API wants strings. */
public final class PlainStringSerializer extends JsonSerializer<Number> {
    @Override
    public void serialize(Number value, JsonGenerator gen, SerializerProvider serializers) throws IOException {
        gen.writeString(text(value));
    }

    /**
     * The plain decimal text of a number. Request models bound their decimals ({@code @BoundedDecimal}); this
     * refuses anything beyond 40 digits as well rather than expand it (1E+999999999 would need a billion chars).
     */
    public static String text(Number value) {
        return value instanceof BigDecimal d ? Numbers.plainText(d) : value.toString();
    }
}

package dev.ledgerbridge.sync.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * SHA-256 of a model value's canonical JSON (sorted properties and map keys, numbers without trailing zeros),
 * so that equal content gives equal hashes across runs and JVMs. Only the hash is stored, never the JSON.
 */
public final class ContentHash {
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .addModule(new SimpleModule().addSerializer(BigDecimal.class, new PlainDecimal()))
            .configure(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY, true)
            .configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true)
            .configure(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS, false)
            .build();

    private ContentHash() {
    }

    /** The hash, 64 hex digits. */
    public static String of(Object value) {
        try {
            byte[] json = MAPPER.writeValueAsBytes(value);
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(json));
        } catch (IOException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("Cannot hash " + value.getClass().getSimpleName() + ": " + e, e);
        }
    }

    /** The hash of a string, e.g. to key state by an e-mail address without storing it. */
    public static String ofText(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Writes 10.50 and 10.5 alike. A value whose plain form would be huge ({@code 1E+999999999}: a billion digits)
     * keeps its scientific form, which is just as canonical after stripping zeros and costs nothing.
     */
    private static final class PlainDecimal extends JsonSerializer<BigDecimal> {
        @Override
        public void serialize(BigDecimal value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            if (value.signum() == 0) {
                gen.writeString("0");
                return;
            }
            BigDecimal stripped = value.stripTrailingZeros();
            gen.writeString(Math.abs(stripped.scale()) > 64 ? stripped.toString() : stripped.toPlainString());
        }
    }
}

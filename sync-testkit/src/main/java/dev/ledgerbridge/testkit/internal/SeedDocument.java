package dev.ledgerbridge.testkit.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * The seed file forms both emulators accept: one tenant's (company's) sections for the first one, or
 * {@code {"<group>": {"<key>": {sections}}}} with one entry per tenant (company).
 */
public final class SeedDocument {
    private SeedDocument() {
    }

    /**
     * Reads a seed file.
     *
     * @param file the file
     * @return its text
     * @throws UncheckedIOException if it cannot be read
     */
    public static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read seed file " + file, e);
        }
    }

    /**
     * Parses a seed document and hands its sections on.
     *
     * @param json the document
     * @param group name of the member holding one entry per key, e.g. {@code tenants}
     * @param first receives the whole document when it has no {@code group} member
     * @param byKey receives each key and its sections, in document order, otherwise
     * @throws IllegalArgumentException if the text is not JSON
     */
    public static void apply(String json, String group, Consumer<JsonNode> first, BiConsumer<String, JsonNode> byKey) {
        JsonNode doc = Json.parse(json);
        JsonNode entries = doc.get(group);
        if (entries == null) {
            first.accept(doc);
            return;
        }
        Iterator<Map.Entry<String, JsonNode>> it = entries.fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            byKey.accept(e.getKey(), e.getValue());
        }
    }
}

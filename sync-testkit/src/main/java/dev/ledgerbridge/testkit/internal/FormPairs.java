package dev.ledgerbridge.testkit.internal;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.AbstractMap.SimpleImmutableEntry;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Splits {@code application/x-www-form-urlencoded} text (query strings and form bodies) into decoded pairs. */
public final class FormPairs {
    private FormPairs() {
    }

    /**
     * Decodes {@code a=1&b=&c} into its pairs, in order; a name without {@code =} gets the empty value, empty
     * pieces are skipped.
     *
     * @param raw the encoded text, may be null
     * @return decoded name and value pairs; empty for null or empty text
     */
    public static List<Map.Entry<String, String>> decode(String raw) {
        List<Map.Entry<String, String>> pairs = new ArrayList<>();
        if (raw == null || raw.isEmpty()) {
            return pairs;
        }
        for (String pair : raw.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            pairs.add(new SimpleImmutableEntry<>(name, value));
        }
        return pairs;
    }
}

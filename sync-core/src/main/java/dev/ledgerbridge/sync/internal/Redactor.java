package dev.ledgerbridge.sync.internal;

import java.util.Collection;
import java.util.Comparator;
import java.util.regex.Pattern;

/** Removes personal data (e-mail addresses and the record's own names, phones, streets) from log text. */
public final class Redactor {
    /**
     * Linear time: a match may only start where no address character precedes it, and the possessive quantifiers
     * never backtrack (a plain {@code [\\w.+-]+@} retries from every position of a long word: quadratic).
     */
    private static final Pattern EMAIL = Pattern.compile("(?<![\\w.+-])[\\w.+-]++@[\\w-]++(?:\\.[\\w-]++)+");
    private static final String MASK = "[redacted]";

    private Redactor() {
    }

    /**
     * The text with e-mail addresses and the given values (at least 3 characters long) replaced. Linear in the
     * text's length for each value ({@link String#replace} and the e-mail pattern do not backtrack).
     */
    public static String redact(String text, Collection<String> personal) {
        if (text == null) {
            return null;
        }
        String result = text;
        for (String value : personal.stream().filter(v -> v != null && v.trim().length() >= 3)
                .sorted(Comparator.comparingInt(String::length).reversed()).toList()) {
            result = result.replace(value, MASK);
        }
        return EMAIL.matcher(result).replaceAll(MASK);
    }
}

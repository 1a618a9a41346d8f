package dev.ledgerbridge.transport.internal;

import dev.ledgerbridge.transport.LoggingPolicy;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Hides the values of named fields in JSON, form-encoded and query-string text, and of named
 * headers. Works on text with patterns rather than by parsing, so that truncated or malformed bodies
 * (which are what one wants to see in a log) are redacted too.
 */
public final class Redactor {
    /** Replacement for hidden values. */
    public static final String MASK = "***";

    // "name" : "value" | number | true/false/null ; value strings may contain escaped quotes
    private static final Pattern JSON_FIELD = Pattern.compile(
            "\"([^\"\\\\]{1,100})\"(\\s*:\\s*)(\"(?:[^\"\\\\]|\\\\.)*\"?|-?[0-9][0-9.eE+-]*|true|false|null)");
    private static final Pattern FORM_FIELD = Pattern.compile("(^|[?&])([^=&?\\s]{1,100})=([^&\\s]*)");

    private final LoggingPolicy policy;

    public Redactor(LoggingPolicy policy) {
        this.policy = policy;
    }

    /** Header value as it may be logged. */
    public String header(String name, String value) {
        return policy.redactedHeaders().contains(name.toLowerCase(Locale.ROOT)) ? MASK : value;
    }

    /** Body or URI text with named fields hidden, whatever its format. */
    public String text(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        return form(json(text));
    }

    /** Text with named fields and every occurrence of the given secret values hidden. */
    public String text(String text, java.util.List<String> secretValues) {
        String out = text(text);
        if (out == null) {
            return null;
        }
        for (String secret : secretValues) {
            out = out.replace(secret, MASK);
        }
        return out;
    }

    private String json(String text) {
        Matcher m = JSON_FIELD.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        while (m.find()) {
            String replacement = hidden(m.group(1))
                    ? "\"" + m.group(1) + "\"" + m.group(2) + "\"" + MASK + "\""
                    : m.group();
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString();
    }

    private String form(String text) {
        Matcher m = FORM_FIELD.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        while (m.find()) {
            String name = java.net.URLDecoder.decode(m.group(2), java.nio.charset.StandardCharsets.UTF_8);
            String replacement = hidden(name) ? m.group(1) + m.group(2) + "=" + MASK : m.group();
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString();
    }

    private boolean hidden(String field) {
        return policy.redactedFields().contains(field.toLowerCase(Locale.ROOT));
    }
}

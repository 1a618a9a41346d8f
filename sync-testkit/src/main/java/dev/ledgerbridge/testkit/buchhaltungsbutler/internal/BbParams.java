package dev.ledgerbridge.testkit.buchhaltungsbutler.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/** Typed, validating access to a request body; every failure becomes the endpoint's own error code. */
final class BbParams {
    static final int MAX_TEXT = 255;
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final ObjectNode body;

    BbParams(ObjectNode body) {
        this.body = body;
    }

    ObjectNode body() {
        return body;
    }

    boolean has(String field) {
        JsonNode n = body.get(field);
        return n != null && !n.isNull();
    }

    /** Optional text; present values must be non-empty strings (or numbers) up to {@code max} characters. */
    String text(String field, int code, int max) {
        JsonNode n = body.get(field);
        if (n == null || n.isNull()) {
            return null;
        }
        if (!n.isTextual() && !n.isNumber()) {
            throw BbError.invalid(code, field);
        }
        String value = n.asText();
        if (value.isEmpty() || value.length() > max) {
            throw BbError.invalid(code, field);
        }
        return value;
    }

    String text(String field, int code) {
        return text(field, code, MAX_TEXT);
    }

    String requiredText(String field, int code) {
        return requiredText(field, code, MAX_TEXT);
    }

    String requiredText(String field, int code, int max) {
        String value = text(field, code, max);
        if (value == null) {
            throw BbError.invalid(code, field);
        }
        return value;
    }

    /** Optional text where the empty string is a legal value. */
    String textAllowEmpty(String field, int code, int max) {
        JsonNode n = body.get(field);
        if (n == null || n.isNull()) {
            return null;
        }
        if (!n.isTextual() && !n.isNumber() || n.asText().length() > max) {
            throw BbError.invalid(code, field);
        }
        return n.asText();
    }

    /** Optional integer given as JSON number or digit string. */
    Long integer(String field, int code) {
        JsonNode n = body.get(field);
        if (n == null || n.isNull()) {
            return null;
        }
        if (n.isIntegralNumber()) {
            return n.asLong();
        }
        if (n.isTextual() && n.asText().matches("-?\\d{1,18}")) {
            return Long.parseLong(n.asText());
        }
        throw BbError.invalid(code, field);
    }

    /** Optional boolean: JSON boolean, or the strings/numbers "0"/"1"/"true"/"false" (the spec's own defaults). */
    Boolean bool(String field, int code) {
        JsonNode n = body.get(field);
        if (n == null || n.isNull()) {
            return null;
        }
        if (n.isBoolean()) {
            return n.asBoolean();
        }
        String s = n.asText();
        if (s.equals("1") || s.equalsIgnoreCase("true")) {
            return true;
        }
        if (s.equals("0") || s.equalsIgnoreCase("false")) {
            return false;
        }
        throw BbError.invalid(code, field);
    }

    /** Optional decimal given as JSON number or numeric string. */
    BigDecimal decimal(String field, int code) {
        JsonNode n = body.get(field);
        if (n == null || n.isNull()) {
            return null;
        }
        return decimalOf(n, code, field);
    }

    static BigDecimal decimalOf(JsonNode n, int code, String field) {
        if (n.isNumber()) {
            return n.decimalValue();
        }
        if (n.isTextual()) {
            try {
                return new BigDecimal(n.asText().trim());
            } catch (NumberFormatException e) {
                throw BbError.invalid(code, field);
            }
        }
        throw BbError.invalid(code, field);
    }

    LocalDate date(String field, int code) {
        String value = text(field, code, 10);
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw BbError.invalid(code, field);
        }
    }

    /** A date-time {@code YYYY-MM-DD HH:MM:SS}; a plain date means the start of that day. */
    LocalDateTime dateTime(String field, int code) {
        String value = text(field, code, 19);
        if (value == null) {
            return null;
        }
        try {
            return value.length() == 10 ? LocalDate.parse(value).atStartOfDay() : LocalDateTime.parse(value, DATE_TIME);
        } catch (DateTimeParseException e) {
            throw BbError.invalid(code, field);
        }
    }

    /** Optional array of strings (numbers accepted as text). */
    List<String> textArray(String field, int code) {
        JsonNode n = body.get(field);
        if (n == null || n.isNull()) {
            return null;
        }
        if (!n.isArray()) {
            throw BbError.invalid(code, field);
        }
        List<String> values = new ArrayList<>();
        for (JsonNode item : n) {
            if (!item.isTextual() && !item.isNumber()) {
                throw BbError.invalid(code, field);
            }
            values.add(item.asText());
        }
        return values;
    }

    int limit(int defaultLimit, int max, int code) {
        Long limit = integer("limit", code);
        if (limit == null) {
            return defaultLimit;
        }
        if (limit < 1 || limit > max) {
            throw BbError.invalid(code, "limit");
        }
        return limit.intValue();
    }

    int offset(int code) {
        Long offset = integer("offset", code);
        if (offset == null) {
            return 0;
        }
        if (offset < 0) {
            throw BbError.invalid(code, "offset");
        }
        return (int) Math.min(offset, Integer.MAX_VALUE);
    }

    static String formatDateTime(LocalDateTime t) {
        return t.format(DATE_TIME);
    }
}

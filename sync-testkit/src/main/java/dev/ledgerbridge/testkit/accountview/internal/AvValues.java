package dev.ledgerbridge.testkit.accountview.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/**
 * Conversion of written values to stored JSON per field type (§5.5): strings, numbers, booleans, and date-times
 * as {@code YYYY-MM-DDTHH:MM:SS}. Offsets in written date-times are dropped: the wall-clock time is kept as sent.
 */
final class AvValues {
    static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss");

    private AvValues() {
    }

    static JsonNode defaultValue(AvSchema.Field f) {
        switch (f.type()) {
            case 'N', 'Y', 'B':
                return DecimalNode.valueOf(BigDecimal.ZERO);
            case 'I':
                return IntNode.valueOf(0);
            case 'L':
                return BooleanNode.FALSE;
            default:
                return TextNode.valueOf("");
        }
    }

    /** Converts a written value; {@code where} names table, field and row for error messages. */
    static JsonNode convert(AvSchema.Field f, JsonNode v, String where) {
        if (v == null || v.isNull()) {
            return defaultValue(f);
        }
        switch (f.type()) {
            case 'C', 'M': {
                if (!v.isValueNode()) {
                    throw AvError.invalid("Invalid value for " + where + ": expected text");
                }
                String s = v.asText();
                if (f.type() == 'C' && f.length() > 0 && s.length() > f.length()) {
                    throw AvError.invalid("Value for " + where + " is too long: " + s.length()
                            + " characters, maximum " + f.length());
                }
                return TextNode.valueOf(s);
            }
            case 'N', 'Y', 'B', 'I': {
                BigDecimal d = decimal(v);
                if (d == null || f.type() == 'I' && d.stripTrailingZeros().scale() > 0) {
                    throw AvError.invalid("Invalid value for " + where + ": '" + v.asText() + "' is not a "
                            + (f.type() == 'I' ? "whole number" : "number"));
                }
                return f.type() == 'I' ? LongNode.valueOf(d.longValue()) : DecimalNode.valueOf(d);
            }
            case 'L': {
                Boolean b = bool(v);
                if (b == null) {
                    throw AvError.invalid("Invalid value for " + where + ": '" + v.asText() + "' is not a logical");
                }
                return BooleanNode.valueOf(b);
            }
            default: {
                String s = v.asText().trim();
                if (s.isEmpty()) {
                    return TextNode.valueOf("");
                }
                LocalDateTime t = dateTime(s);
                if (t == null) {
                    throw AvError.invalid("Invalid value for " + where + ": '" + s + "' is not a date");
                }
                return TextNode.valueOf(f.type() == 'D' ? t.toLocalDate().toString() : t.format(DATE_TIME));
            }
        }
    }

    static BigDecimal decimal(JsonNode v) {
        if (v.isNumber()) {
            return v.decimalValue();
        }
        try {
            return new BigDecimal(v.asText().trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    static Boolean bool(JsonNode v) {
        if (v.isBoolean()) {
            return v.asBoolean();
        }
        String s = v.asText().trim().toLowerCase(Locale.ROOT);
        if (s.equals("true") || s.equals("t") || s.equals("1") || s.equals(".t.")) {
            return true;
        }
        if (s.equals("false") || s.equals("f") || s.equals("0") || s.equals(".f.")) {
            return false;
        }
        return null;
    }

    /** Parses ISO dates and date-times (with optional fraction and offset) and FoxPro {@code {^...}} literals. */
    static LocalDateTime dateTime(String s) {
        String text = s.trim();
        if (text.startsWith("{^") && text.endsWith("}")) {
            text = text.substring(2, text.length() - 1).trim();
        }
        text = text.replace(' ', 'T');
        try {
            if (text.length() == 10) {
                return LocalDate.parse(text).atStartOfDay();
            }
            int offset = Math.max(text.indexOf('Z', 10), Math.max(text.indexOf('+', 10), text.indexOf('-', 10)));
            if (offset > 0) {
                text = text.substring(0, offset);
            }
            return LocalDateTime.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}

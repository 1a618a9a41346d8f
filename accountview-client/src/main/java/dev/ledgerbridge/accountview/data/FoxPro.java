package dev.ledgerbridge.accountview.data;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Objects;

/**
 * FoxPro strict-date literals as AccountView expects them in filter values and free filter expressions:
 * {@code {^2024-01-31}} for dates and {@code {^2024-01-31 10:15:00}} for date-times (seconds precision).
 */
public final class FoxPro {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private FoxPro() {
    }

    /**
     * A strict-date literal.
     *
     * @param date the date, not null
     * @return e.g. {@code {^2024-01-31}}
     */
    public static String dateLiteral(LocalDate date) {
        return "{^" + DATE.format(Objects.requireNonNull(date, "date")) + "}";
    }

    /**
     * A strict date-time literal; fractions of a second are dropped.
     *
     * @param dateTime the local date-time (AccountView has no time zones), not null
     * @return e.g. {@code {^2024-01-31 10:15:00}}
     */
    public static String dateTimeLiteral(LocalDateTime dateTime) {
        return "{^" + DATE_TIME.format(Objects.requireNonNull(dateTime, "dateTime")) + "}";
    }

    /**
     * A string literal for a free filter expression, quoted with single quotes, or with double quotes or
     * brackets when the value itself contains quotes.
     *
     * @param value the text, not null
     * @return the quoted literal
     * @throws IllegalArgumentException when the value contains all of {@code '}, {@code "} and {@code ]}
     */
    public static String stringLiteral(String value) {
        Objects.requireNonNull(value, "value");
        if (!value.contains("'")) {
            return "'" + value + "'";
        }
        if (!value.contains("\"")) {
            return "\"" + value + "\"";
        }
        if (!value.contains("]")) {
            return "[" + value + "]";
        }
        throw new IllegalArgumentException("value '" + value + "' contains ', \" and ] and cannot be quoted");
    }
}

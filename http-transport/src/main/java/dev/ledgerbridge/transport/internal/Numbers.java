package dev.ledgerbridge.transport.internal;

import java.math.BigDecimal;

/**
 * Digit counts of decimals without ever expanding them: {@code toPlainString()} of {@code 1E+999999999} allocates a
 * billion characters, and {@code precision()} of a number with millions of digits takes minutes. Both are only
 * called here once the unscaled value is known to be small.
 */
public final class Numbers {
    /** Most digits before or after the point a response number may have; more is hostile or corrupt. */
    public static final int RESPONSE_MAX_DIGITS = 40;
    /** Unscaled values longer than this many bits (about 77 digits) are never measured exactly. */
    private static final int MAX_MEASURED_BITS = 256;

    private Numbers() {
    }

    /** Whether {@code d} has at most {@code integer} digits before and {@code fraction} significant digits after the point. */
    public static boolean within(BigDecimal d, int integer, int fraction) {
        if (d.unscaledValue().bitLength() > MAX_MEASURED_BITS) {
            return false;
        }
        if (d.signum() == 0) {
            return true;
        }
        BigDecimal s = d.scale() > fraction ? d.stripTrailingZeros() : d;
        long integerDigits = (long) s.precision() - s.scale();
        long fractionDigits = Math.max(0, s.scale());
        return integerDigits <= integer && fractionDigits <= fraction;
    }

    /** Whether {@code d} is within {@link #RESPONSE_MAX_DIGITS} on both sides of the point. */
    public static boolean plausible(BigDecimal d) {
        return within(d, RESPONSE_MAX_DIGITS, RESPONSE_MAX_DIGITS);
    }

    /** Plain text of a plausible number; throws {@link IllegalArgumentException} rather than expand a huge one. */
    public static String plainText(BigDecimal d) {
        if (!plausible(d)) {
            throw new IllegalArgumentException("number " + describe(d) + " has more than " + RESPONSE_MAX_DIGITS
                    + " digits before or after the point; it cannot be written as plain text");
        }
        return d.toPlainString();
    }

    /** Short text of any decimal for messages: plain when small, scientific or a digit estimate when not. */
    public static String describe(BigDecimal d) {
        int bits = d.unscaledValue().bitLength();
        if (bits > MAX_MEASURED_BITS) {
            return "(a number of about " + (long) (bits * 0.30103) + " digits)";
        }
        return plausible(d) ? d.toPlainString() : d.toString();
    }

    /** {@link #describe(BigDecimal)} for decimals, {@link Texts#abbreviate} of {@code String.valueOf} otherwise. */
    public static String describe(Object value) {
        return value instanceof BigDecimal d ? describe(d) : Texts.abbreviate(String.valueOf(value));
    }
}

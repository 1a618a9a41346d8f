package dev.ledgerbridge.alerts.internal;

/** Bounds text that comes from the systems being synced. */
public final class Texts {
    private Texts() {
    }

    /** The value cut to {@code max} characters, ending in an ellipsis when it was cut. */
    public static String cut(String value, int max) {
        if (value.length() <= max) {
            return value;
        }
        return value.substring(0, max - 1) + "…";
    }

    /**
     * The value cut to {@code max} characters.
     *
     * @throws NullPointerException     when null, naming the setting
     * @throws IllegalArgumentException when blank, naming the setting
     */
    public static String nonBlank(String setting, String value, int max) {
        if (value == null) {
            throw new NullPointerException(setting);
        }
        if (value.isBlank()) {
            throw new IllegalArgumentException(setting + " must not be blank, was '" + value + "'");
        }
        return cut(value, max);
    }
}

package dev.ledgerbridge.config.internal;

/** Setter checks shared by the configuration builders. */
public final class Checks {
    private Checks() {
    }

    /**
     * Rejects null for a setter.
     *
     * @param value   the value
     * @param setting the setter's name
     * @param <T>     the type
     * @return the value
     * @throws IllegalArgumentException naming the setting when null
     */
    public static <T> T requireSet(T value, String setting) {
        if (value == null) {
            throw new IllegalArgumentException(setting + " must not be null");
        }
        return value;
    }

    /**
     * Rejects null or blank text for a setter, and strips it.
     *
     * @param value   the text
     * @param setting the setter's name
     * @param max     the longest accepted length
     * @return the stripped text
     * @throws IllegalArgumentException naming the setting, the value and the rule
     */
    public static String requireText(String value, String setting, int max) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(setting + " must not be blank, was '" + value + "'");
        }
        String s = value.strip();
        if (s.length() > max) {
            throw new IllegalArgumentException(setting + " must be at most " + max + " characters, was '"
                    + s.substring(0, Math.min(s.length(), 200)) + "'");
        }
        return s;
    }

    /**
     * Parses a URI for a setter.
     *
     * @param value   the text
     * @param setting the setter's name
     * @return the URI
     * @throws IllegalArgumentException naming the setting and the value when null or not a URI
     */
    public static java.net.URI uri(String value, String setting) {
        requireSet(value, setting);
        try {
            return new java.net.URI(value.strip());
        } catch (java.net.URISyntaxException e) {
            throw new IllegalArgumentException(setting + " is not a URI, was '" + value + "'", e);
        }
    }
}

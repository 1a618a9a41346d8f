package dev.ledgerbridge.config;

import java.util.Objects;

/**
 * A secret setting (an API secret, an api_key, a client secret, a password): its {@link #toString()} is masked, so
 * that a secret printed, logged or put into an exception message by accident shows {@value #MASK} instead of its
 * value. Only {@link #reveal()} gives the value, for the one place that sends it. Immutable and thread-safe;
 * equal when the values are equal.
 */
public final class Secret {

    /** What {@link #toString()} shows instead of the value. */
    public static final String MASK = "******";

    /** The longest secret accepted (characters): every real credential is far shorter. */
    public static final int MAX_LENGTH = 4096;

    private final String value;

    private Secret(String value) {
        this.value = value;
    }

    /**
     * A secret with this value (surrounding whitespace removed, as a value pasted from a file or a terminal often
     * carries a trailing newline).
     *
     * @param value the secret
     * @return the secret
     * @throws IllegalArgumentException when the value is null, blank or longer than {@link #MAX_LENGTH}
     *                                  (the message never contains the value)
     */
    public static Secret of(String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("a secret must not be null or blank");
        }
        String stripped = value.strip();
        if (stripped.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("a secret must not be longer than " + MAX_LENGTH
                    + " characters, was " + stripped.length());
        }
        return new Secret(stripped);
    }

    /**
     * The value, for the client that sends it; never log or print it.
     *
     * @return the secret value
     */
    public String reveal() {
        return value;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Secret && ((Secret) o).value.equals(value);
    }

    @Override
    public int hashCode() {
        return Objects.hash(value);
    }

    /** Always {@value #MASK}. */
    @Override
    public String toString() {
        return MASK;
    }
}

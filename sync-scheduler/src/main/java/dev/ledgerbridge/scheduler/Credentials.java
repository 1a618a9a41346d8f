package dev.ledgerbridge.scheduler;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The secrets of one tenant for one system (e.g. BuchhaltungsButler's API client, secret and {@code api_key}), by
 * name, as the application's {@link CredentialsProvider} hands them over for one run. Never stored by the SDK,
 * never in {@link #toString()} or in an exception message (only their names are). Immutable and thread-safe.
 */
public final class Credentials {
    /** Most secrets in one set. */
    public static final int MAX_SECRETS = 20;
    /** Longest secret. */
    public static final int MAX_SECRET_LENGTH = 10_000;

    private final Map<String, String> secrets;

    private Credentials(Map<String, String> secrets) {
        this.secrets = Collections.unmodifiableMap(new TreeMap<>(secrets));
    }

    /** A builder of an empty set. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding these secrets. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.secrets.putAll(secrets);
        return b;
    }

    /**
     * A secret by name.
     *
     * @throws IllegalStateException naming the missing secret and the names there are (never a value)
     */
    public String secret(String name) {
        String value = secrets.get(name);
        if (value == null) {
            throw new IllegalStateException("no secret named '" + name + "'; the credentials hold " + secrets.keySet());
        }
        return value;
    }

    /** A secret by name, if given. */
    public Optional<String> findSecret(String name) {
        return Optional.ofNullable(secrets.get(name));
    }

    /** The names of the secrets, sorted. */
    public java.util.Set<String> names() {
        return secrets.keySet();
    }

    /** The names only, never a value. */
    @Override
    public String toString() {
        return "Credentials" + secrets.keySet();
    }

    /** Builds {@link Credentials}; not thread-safe. */
    public static final class Builder {
        private final Map<String, String> secrets = new TreeMap<>();

        private Builder() {
        }

        /**
         * Sets a secret.
         *
         * @throws IllegalArgumentException for a blank name, a null or empty value or one longer than
         *                                  {@value Credentials#MAX_SECRET_LENGTH} characters (the value is never
         *                                  shown), or more than {@value Credentials#MAX_SECRETS} secrets
         */
        public Builder secret(String name, String value) {
            if (name == null || name.isBlank() || name.length() > 100) {
                throw new IllegalArgumentException("secret name = " + name + ": must be 1 to 100 characters");
            }
            if (value == null || value.isEmpty() || value.length() > MAX_SECRET_LENGTH) {
                throw new IllegalArgumentException("secret " + name + ": must be 1 to " + MAX_SECRET_LENGTH
                        + " characters (value not shown)");
            }
            if (!secrets.containsKey(name) && secrets.size() >= MAX_SECRETS) {
                throw new IllegalArgumentException("secret " + name + ": at most " + MAX_SECRETS + " secrets");
            }
            secrets.put(name, value);
            return this;
        }

        /** The credentials (an empty set is allowed: a system may need none). */
        public Credentials build() {
            return new Credentials(secrets);
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Credentials c && secrets.equals(c.secrets);
    }

    @Override
    public int hashCode() {
        return Objects.hash(secrets);
    }
}

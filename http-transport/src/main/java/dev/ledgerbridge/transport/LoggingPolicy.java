package dev.ledgerbridge.transport;

import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * What the logging decorator writes and what it hides. Immutable.
 *
 * <p>Requests and responses are logged through SLF4J logger {@code dev.ledgerbridge.transport.http}:
 * at DEBUG one line per exchange (endpoint, status, milliseconds), at TRACE also headers and bodies.
 * Header values named in {@link #redactedHeaders()} and JSON, form and query fields named in
 * {@link #redactedFields()} are replaced by {@code ***}. The secret defaults (Authorization, API keys,
 * tokens, secrets, passwords, codes) are always included; add personal-data fields such as
 * {@code email} with {@link Builder#redactField(String)}.
 */
public final class LoggingPolicy {
    /** Header names always redacted. */
    public static final Set<String> SECRET_HEADERS = Set.of("authorization", "proxy-authorization", "cookie",
            "set-cookie", "x-api-key", "api-key", "api_key");
    /** Body and query field names always redacted. */
    public static final Set<String> SECRET_FIELDS = Set.of("api_key", "apikey", "api_secret", "client_secret",
            "secret", "password", "access_token", "refresh_token", "id_token", "token", "code", "authorization");

    private final boolean logBodies;
    private final Set<String> redactedHeaders;
    private final Set<String> redactedFields;
    private final int maxBodyChars;

    private LoggingPolicy(Builder b) {
        this.logBodies = b.logBodies;
        this.redactedHeaders = Set.copyOf(b.headers);
        this.redactedFields = Set.copyOf(b.fields);
        this.maxBodyChars = b.maxBodyChars;
    }

    /** Default: bodies at TRACE, secrets redacted, bodies cut at 4000 characters. */
    public static Builder builder() {
        return new Builder();
    }

    /** The defaults. */
    public static LoggingPolicy defaults() {
        return builder().build();
    }

    /** Whether bodies are logged at TRACE. */
    public boolean logBodies() {
        return logBodies;
    }

    /** Lower-case header names whose values are hidden. */
    public Set<String> redactedHeaders() {
        return redactedHeaders;
    }

    /** Lower-case field names whose values are hidden in JSON, form and query strings. */
    public Set<String> redactedFields() {
        return redactedFields;
    }

    /** Longest body excerpt written. */
    public int maxBodyChars() {
        return maxBodyChars;
    }

    /** Builder for {@link LoggingPolicy}. */
    public static final class Builder {
        private boolean logBodies = true;
        private final Set<String> headers = new TreeSet<>(SECRET_HEADERS);
        private final Set<String> fields = new TreeSet<>(SECRET_FIELDS);
        private int maxBodyChars = 4000;

        private Builder() {
        }

        /** Log bodies at TRACE (default true). */
        public Builder logBodies(boolean logBodies) {
            this.logBodies = logBodies;
            return this;
        }

        /** Also hide this header. */
        public Builder redactHeader(String name) {
            headers.add(name.toLowerCase(Locale.ROOT));
            return this;
        }

        /** Also hide this JSON/form/query field, e.g. {@code email} for personal data. */
        public Builder redactField(String name) {
            fields.add(name.toLowerCase(Locale.ROOT));
            return this;
        }

        /** Longest body excerpt written, at least 0. */
        public Builder maxBodyChars(int maxBodyChars) {
            if (maxBodyChars < 0) {
                throw new IllegalArgumentException("maxBodyChars must be >= 0, was " + maxBodyChars);
            }
            this.maxBodyChars = maxBodyChars;
            return this;
        }

        /** Builds the policy. */
        public LoggingPolicy build() {
            return new LoggingPolicy(this);
        }
    }
}

package dev.ledgerbridge.alerts.mail;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Where and how {@link SmtpNotifier} sends: server, protection, login, sender, recipients, subject prefix and
 * timeouts. Immutable and thread-safe; {@link #toString()} never shows the password. Build with {@link #builder()}.
 */
public final class SmtpSettings {
    /** Most recipients one alert goes to. */
    public static final int MAX_RECIPIENTS = 50;

    private final String host;
    private final int port;
    private final SmtpSecurity security;
    private final String username;
    private final char[] password;
    private final String from;
    private final List<String> to;
    private final String subjectPrefix;
    private final Duration connectTimeout;
    private final Duration timeout;

    private SmtpSettings(Builder b) {
        this.host = b.host;
        this.security = b.security;
        this.port = b.port != 0 ? b.port : defaultPort(b.security);
        this.username = b.username;
        this.password = b.password == null ? null : b.password.clone();
        this.from = b.from;
        this.to = List.copyOf(b.to);
        this.subjectPrefix = b.subjectPrefix;
        this.connectTimeout = b.connectTimeout;
        this.timeout = b.timeout;
    }

    private static int defaultPort(SmtpSecurity security) {
        return switch (security) {
            case NONE -> 25;
            case STARTTLS -> 587;
            case SSL -> 465;
        };
    }

    /** A builder; {@code host}, {@code from} and at least one {@code to} are required. Not thread-safe. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding these settings, the password included. */
    public Builder toBuilder() {
        Builder b = new Builder().host(host).port(port).security(security).from(from).to(to)
                .subjectPrefix(subjectPrefix).connectTimeout(connectTimeout).timeout(timeout);
        if (username != null) {
            b.username(username).password(password);
        }
        return b;
    }

    /** The SMTP server's host name. */
    public String host() {
        return host;
    }

    /** The port: as set, or 25, 587 or 465 by {@link #security()}. */
    public int port() {
        return port;
    }

    /** How the connection is protected. */
    public SmtpSecurity security() {
        return security;
    }

    /** The login; null when unset (the server takes mail without authentication). */
    public String username() {
        return username;
    }

    /** A copy of the password; null when unset. The caller should wipe it after use. */
    public char[] password() {
        return password == null ? null : password.clone();
    }

    /** The sender address. */
    public String from() {
        return from;
    }

    /** The recipient addresses, at least one. */
    public List<String> to() {
        return to;
    }

    /** What each subject starts with, e.g. {@code [ledgerbridge] }. */
    public String subjectPrefix() {
        return subjectPrefix;
    }

    /** How long to wait for a connection. */
    public Duration connectTimeout() {
        return connectTimeout;
    }

    /** How long to wait for each read from and write to the server. */
    public Duration timeout() {
        return timeout;
    }

    /** Server, protection, login name, sender and recipients; the password only as {@code ***}. */
    @Override
    public String toString() {
        return "SmtpSettings[" + host + ":" + port + ", " + security
                + (username == null ? "" : ", user " + username + ", password ***") + ", from " + from + ", to " + to
                + "]";
    }

    /** Builds {@link SmtpSettings}. Not thread-safe. */
    public static final class Builder {
        private final List<String> to = new ArrayList<>();
        private String host;
        private int port;
        private SmtpSecurity security = SmtpSecurity.STARTTLS;
        private String username;
        private char[] password;
        private String from;
        private String subjectPrefix = "[ledgerbridge] ";
        private Duration connectTimeout = Duration.ofSeconds(10);
        private Duration timeout = Duration.ofSeconds(30);

        private Builder() {
        }

        /**
         * The SMTP server's host name (required).
         *
         * @throws IllegalArgumentException when blank or containing white space
         */
        public Builder host(String value) {
            Objects.requireNonNull(value, "host");
            if (value.isBlank() || value.chars().anyMatch(Character::isWhitespace)) {
                throw new IllegalArgumentException("host must be a host name without white space, was '" + value + "'");
            }
            this.host = value;
            return this;
        }

        /**
         * The port; default by {@link #security}: 25, 587 or 465.
         *
         * @throws IllegalArgumentException when not between 1 and 65535
         */
        public Builder port(int value) {
            if (value < 1 || value > 65_535) {
                throw new IllegalArgumentException("port must be between 1 and 65535, was " + value);
            }
            this.port = value;
            return this;
        }

        /** How the connection is protected; default {@link SmtpSecurity#STARTTLS}. */
        public Builder security(SmtpSecurity value) {
            this.security = Objects.requireNonNull(value, "security");
            return this;
        }

        /**
         * The login; unset (the default) sends without authentication. Needs {@link #password}.
         *
         * @throws IllegalArgumentException when blank
         */
        public Builder username(String value) {
            Objects.requireNonNull(value, "username");
            if (value.isBlank()) {
                throw new IllegalArgumentException("username must not be blank");
            }
            this.username = value;
            return this;
        }

        /** The password for {@link #username}; copied, so the caller may wipe its array. */
        public Builder password(char[] value) {
            Objects.requireNonNull(value, "password");
            if (password != null) {
                Arrays.fill(password, '\0');
            }
            this.password = value.clone();
            return this;
        }

        /**
         * The sender address (required), e.g. {@code alerts@example.com} or {@code Sync <alerts@example.com>}.
         *
         * @throws IllegalArgumentException when not an e-mail address
         */
        public Builder from(String value) {
            this.from = address("from", value);
            return this;
        }

        /**
         * Adds a recipient address (at least one is required).
         *
         * @throws IllegalArgumentException when not an e-mail address, or beyond {@link #MAX_RECIPIENTS}
         */
        public Builder to(String value) {
            String checked = address("to", value);
            if (to.size() == MAX_RECIPIENTS) {
                throw new IllegalArgumentException("to takes at most " + MAX_RECIPIENTS + " addresses, got more");
            }
            to.add(checked);
            return this;
        }

        /** Replaces the recipients (checked as {@link #to(String)}). */
        public Builder to(List<String> values) {
            to.clear();
            values.forEach(this::to);
            return this;
        }

        /**
         * What each subject starts with; default {@code [ledgerbridge] }, empty for none.
         *
         * @throws IllegalArgumentException when longer than 100 characters or containing a line break
         */
        public Builder subjectPrefix(String value) {
            Objects.requireNonNull(value, "subjectPrefix");
            if (value.length() > 100 || value.contains("\n") || value.contains("\r")) {
                throw new IllegalArgumentException("subjectPrefix must be one line of at most 100 characters, was '"
                        + value.replace("\r", "\\r").replace("\n", "\\n") + "'");
            }
            this.subjectPrefix = value;
            return this;
        }

        /**
         * How long to wait for a connection; default 10 s.
         *
         * @throws IllegalArgumentException when not between 1 ms and 5 minutes
         */
        public Builder connectTimeout(Duration value) {
            this.connectTimeout = within("connectTimeout", value);
            return this;
        }

        /**
         * How long to wait for each read from and write to the server; default 30 s.
         *
         * @throws IllegalArgumentException when not between 1 ms and 5 minutes
         */
        public Builder timeout(Duration value) {
            this.timeout = within("timeout", value);
            return this;
        }

        private static Duration within(String setting, Duration value) {
            Objects.requireNonNull(value, setting);
            if (value.compareTo(Duration.ofMillis(1)) < 0 || value.compareTo(Duration.ofMinutes(5)) > 0) {
                throw new IllegalArgumentException(setting + " must be between PT0.001S and PT5M, was " + value);
            }
            return value;
        }

        private static String address(String setting, String value) {
            Objects.requireNonNull(value, setting);
            try {
                new InternetAddress(value, true).validate();
                return value;
            } catch (AddressException e) {
                throw new IllegalArgumentException(setting + " must be an e-mail address, was '" + value + "'");
            }
        }

        /**
         * The settings.
         *
         * @throws IllegalStateException when {@code host}, {@code from} or every {@code to} is missing, or a
         *                               {@code username} has no {@code password}
         */
        public SmtpSettings build() {
            if (host == null) {
                throw new IllegalStateException("host(...) is required");
            }
            if (from == null) {
                throw new IllegalStateException("from(...) is required");
            }
            if (to.isEmpty()) {
                throw new IllegalStateException("to(...) is required: at least one recipient");
            }
            if (username != null && password == null) {
                throw new IllegalStateException("password(...) is required with username(...)");
            }
            if (username == null && password != null) {
                throw new IllegalStateException("username(...) is required with password(...)");
            }
            return new SmtpSettings(this);
        }
    }
}

package dev.ledgerbridge.scheduler;

import dev.ledgerbridge.scheduler.internal.TenantIds;
import java.time.Duration;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * One client company kept in sync: an id that scopes all its state, how often it runs, whether it is paused, and
 * non-secret properties the application's {@link TenantSyncFactory} reads (base URLs, company codes, which flows).
 * Secrets never go here: they come from the {@link CredentialsProvider}. Immutable and thread-safe.
 */
public final class Tenant {
    /** Longest tenant id. */
    public static final int MAX_ID_LENGTH = TenantIds.MAX_LENGTH;
    /** Shortest sync interval. */
    public static final Duration MIN_SYNC_INTERVAL = Duration.ofSeconds(1);
    /** Default sync interval: five minutes. */
    public static final Duration DEFAULT_SYNC_INTERVAL = Duration.ofMinutes(5);
    /** Most properties per tenant. */
    public static final int MAX_PROPERTIES = 50;
    /** Longest property name. */
    public static final int MAX_PROPERTY_NAME = 100;
    /** Longest property value. */
    public static final int MAX_PROPERTY_VALUE = 1000;
    private static final Pattern PROPERTY_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");

    private final String id;
    private final Duration syncInterval;
    private final boolean paused;
    private final Map<String, String> properties;

    private Tenant(Builder b) {
        this.id = b.id;
        this.syncInterval = b.syncInterval;
        this.paused = b.paused;
        this.properties = Collections.unmodifiableMap(new TreeMap<>(b.properties));
    }

    /** A builder; {@code id} is required. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this tenant's values. */
    public Builder toBuilder() {
        Builder b = new Builder().id(id).syncInterval(syncInterval).paused(paused);
        b.properties.putAll(properties);
        return b;
    }

    /** The tenant's id; it scopes the tenant's state and names its scheduled task instance. */
    public String id() {
        return id;
    }

    /** Time from the end of one run to the start of the next. */
    public Duration syncInterval() {
        return syncInterval;
    }

    /** True when the tenant is not run (its state is kept). */
    public boolean paused() {
        return paused;
    }

    /** Non-secret properties by name, sorted by name; unmodifiable, empty when none. */
    public Map<String, String> properties() {
        return properties;
    }

    /** A property, if set. */
    public Optional<String> property(String name) {
        return Optional.ofNullable(properties.get(name));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Tenant t && id.equals(t.id) && syncInterval.equals(t.syncInterval) && paused == t.paused
                && properties.equals(t.properties);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, syncInterval, paused, properties);
    }

    /** Id, interval, paused flag and property names (not values: an application may put more there than it should). */
    @Override
    public String toString() {
        return "Tenant[" + id + ", every " + syncInterval + (paused ? ", paused" : "") + ", properties "
                + properties.keySet() + "]";
    }

    /** Builds a {@link Tenant}; not thread-safe. */
    public static final class Builder {
        private String id;
        private Duration syncInterval = DEFAULT_SYNC_INTERVAL;
        private boolean paused;
        private final Map<String, String> properties = new TreeMap<>();

        private Builder() {
        }

        /**
         * The id: 1 to {@value Tenant#MAX_ID_LENGTH} characters of letters, digits, {@code .}, {@code _} and
         * {@code -}, starting with a letter or digit. Required.
         *
         * @throws IllegalArgumentException naming the value and the rule
         */
        public Builder id(String value) {
            this.id = TenantIds.check("id", value);
            return this;
        }

        /**
         * Time from the end of one run to the start of the next; default {@link #DEFAULT_SYNC_INTERVAL}.
         *
         * @throws IllegalArgumentException when shorter than {@link #MIN_SYNC_INTERVAL}
         */
        public Builder syncInterval(Duration value) {
            if (value == null || value.compareTo(MIN_SYNC_INTERVAL) < 0) {
                throw new IllegalArgumentException("syncInterval = " + value + ": must be at least "
                        + MIN_SYNC_INTERVAL);
            }
            this.syncInterval = value;
            return this;
        }

        /** Whether the tenant is paused; default false. */
        public Builder paused(boolean value) {
            this.paused = value;
            return this;
        }

        /**
         * Sets a non-secret property (replacing one of the same name).
         *
         * @throws IllegalArgumentException for a name that is not 1 to {@value Tenant#MAX_PROPERTY_NAME} letters, digits,
         *                                  {@code .}, {@code _}, {@code -}; a null value or one longer than
         *                                  {@value Tenant#MAX_PROPERTY_VALUE}; or more than {@value Tenant#MAX_PROPERTIES}
         */
        public Builder property(String name, String value) {
            if (name == null || name.length() > MAX_PROPERTY_NAME || !PROPERTY_NAME.matcher(name).matches()) {
                throw new IllegalArgumentException("property name = " + TenantIds.shown(name) + ": must be 1 to "
                        + MAX_PROPERTY_NAME + " letters, digits, '.', '_' and '-', starting with a letter or digit");
            }
            if (value == null || value.length() > MAX_PROPERTY_VALUE) {
                throw new IllegalArgumentException("property " + name + " = "
                        + (value == null ? "null" : value.length() + " characters") + ": must be a text of at most "
                        + MAX_PROPERTY_VALUE + " characters");
            }
            if (!properties.containsKey(name) && properties.size() >= MAX_PROPERTIES) {
                throw new IllegalArgumentException("property " + name + ": a tenant has at most " + MAX_PROPERTIES
                        + " properties");
            }
            properties.put(name, value);
            return this;
        }

        /** Removes a property; no-op if absent. */
        public Builder removeProperty(String name) {
            properties.remove(name);
            return this;
        }

        /**
         * The tenant.
         *
         * @throws IllegalStateException when {@link #id(String)} was not called
         */
        public Tenant build() {
            if (id == null) {
                throw new IllegalStateException("id is required: call id(...)");
            }
            return new Tenant(this);
        }

    }
}

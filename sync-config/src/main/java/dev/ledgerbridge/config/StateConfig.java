package dev.ledgerbridge.config;

import static dev.ledgerbridge.config.internal.Checks.requireText;

import java.util.Objects;
import java.util.Optional;

/**
 * Where the sync state (links, cursors, parked records, locks, the activity log and, unless a token file is
 * configured, AccountView's tokens) is kept (path {@code state}): a JDBC URL with user and password, or the
 * {@code DataSource} the application hands to {@link ConfiguredSync.Builder#dataSource}. Immutable and thread-safe;
 * {@link #toString()} never shows the password.
 */
public final class StateConfig {

    private final String jdbcUrl;
    private final String user;
    private final Secret password;

    private StateConfig(String jdbcUrl, String user, Secret password) {
        this.jdbcUrl = jdbcUrl;
        this.user = user;
        this.password = password;
    }

    /**
     * State in the database at this JDBC URL (H2 or PostgreSQL; the driver must be on the class path).
     *
     * @param jdbcUrl  e.g. {@code jdbc:h2:file:./ledgerbridge-state;AUTO_SERVER=TRUE}
     * @param user     the user, or null for none
     * @param password the password, or null for none
     * @return the state configuration
     * @throws IllegalArgumentException when the URL is blank or does not start with {@code jdbc:}
     */
    public static StateConfig jdbc(String jdbcUrl, String user, Secret password) {
        String url = requireText(jdbcUrl, "jdbcUrl", 2000);
        if (!url.startsWith("jdbc:")) {
            throw new IllegalArgumentException("jdbcUrl must start with 'jdbc:', was '"
                    + url.substring(0, Math.min(url.length(), 200)) + "'");
        }
        return new StateConfig(url, user == null || user.isBlank() ? null : user.strip(), password);
    }

    /**
     * State in an embedded H2 database file, with the options of sync-core's {@code JdbcStateStore.h2File}
     * (several processes may open it; each commit written before it returns). Needs {@code com.h2database:h2}.
     *
     * @param file the database file without extension (H2 adds {@code .mv.db})
     * @return the state configuration
     * @throws IllegalArgumentException when the file is null
     */
    public static StateConfig h2File(java.nio.file.Path file) {
        dev.ledgerbridge.config.internal.Checks.requireSet(file, "file");
        return jdbc("jdbc:h2:file:" + file.toAbsolutePath() + ";AUTO_SERVER=TRUE;WRITE_DELAY=0;RETENTION_TIME=0",
                "sa", null);
    }

    /**
     * State in the {@code DataSource} given to {@link ConfiguredSync.Builder#dataSource} (the application's, e.g.
     * Spring Boot's).
     *
     * @return the state configuration
     */
    public static StateConfig givenDataSource() {
        return new StateConfig(null, null, null);
    }

    /**
     * A simple, non-pooling {@code DataSource} for the configured JDBC URL, user and password (a new connection
     * per request, through {@code DriverManager}): enough for one process; a server application passes its pool.
     *
     * @return the data source
     * @throws IllegalStateException for {@link #givenDataSource()}, which has no URL
     */
    public javax.sql.DataSource dataSource() {
        if (usesGivenDataSource()) {
            throw new IllegalStateException("state uses the given DataSource: there is no state.jdbc-url");
        }
        return new dev.ledgerbridge.config.internal.DriverManagerDataSource(jdbcUrl, user,
                password == null ? null : password.reveal());
    }

    /**
     * The JDBC URL.
     *
     * @return the URL, or empty when the given {@code DataSource} is used
     */
    public Optional<String> jdbcUrl() {
        return Optional.ofNullable(jdbcUrl);
    }

    /**
     * The database user.
     *
     * @return the user, or empty for none
     */
    public Optional<String> user() {
        return Optional.ofNullable(user);
    }

    /**
     * The database password.
     *
     * @return the password, or empty for none
     */
    public Optional<Secret> password() {
        return Optional.ofNullable(password);
    }

    /**
     * Whether the state lives in a given {@code DataSource} rather than at a JDBC URL.
     *
     * @return true for {@link #givenDataSource()}
     */
    public boolean usesGivenDataSource() {
        return jdbcUrl == null;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof StateConfig s && Objects.equals(s.jdbcUrl, jdbcUrl) && Objects.equals(s.user, user)
                && Objects.equals(s.password, password);
    }

    @Override
    public int hashCode() {
        return Objects.hash(jdbcUrl, user, password);
    }

    /** The URL and user; the password masked. */
    @Override
    public String toString() {
        return usesGivenDataSource() ? "StateConfig[given DataSource]"
                : "StateConfig[jdbcUrl=" + jdbcUrl + ", user=" + user + ", password="
                + BuchhaltungsButlerConfig.mask(password) + "]";
    }
}

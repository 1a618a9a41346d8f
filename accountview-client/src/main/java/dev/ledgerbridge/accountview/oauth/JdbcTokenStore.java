package dev.ledgerbridge.accountview.oauth;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import javax.sql.DataSource;

/**
 * A {@link TokenStore} in a database table, for many workers sharing one authorisation. One row per key; the table
 * is created when missing. Plain, portable SQL (no {@code SELECT ... FOR UPDATE}):
 * <ul>
 * <li>{@link #locked} takes a lease on the row ({@code UPDATE ... WHERE lock_until < now}), waiting up to
 * {@link #lockWait()}; the lease ends after {@link #lockLease()} even if its holder dies;</li>
 * <li>{@link #save} is a compare-and-set on a version column against the version last loaded here, so tokens
 * another worker saved in between are never overwritten (an {@link IllegalStateException} instead).</li>
 * </ul>
 * Thread-safe. Tokens are secrets: protect the table like a password store. {@link #toString()} shows no token.
 */
public final class JdbcTokenStore implements TokenStore {
    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,62}");
    private final DataSource dataSource;
    private final String table;
    private final String key;
    private final String owner = UUID.randomUUID().toString();
    private final Duration lockLease;
    private final Duration lockWait;
    private final Clock clock;
    private final ReentrantLock local = new ReentrantLock();
    private volatile long lastVersion = -1;
    private volatile boolean tableReady;

    private JdbcTokenStore(DataSource dataSource, String table, String key, Duration lockLease, Duration lockWait,
            Clock clock) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
        if (!IDENTIFIER.matcher(Objects.requireNonNull(table, "table")).matches()) {
            throw new IllegalArgumentException("table must be a plain SQL identifier (letters, digits, _), was "
                    + table);
        }
        if (key == null || key.isBlank() || key.length() > 200) {
            throw new IllegalArgumentException("key must be 1 to 200 characters, was " + key);
        }
        this.table = table;
        this.key = key;
        this.lockLease = lockLease;
        this.lockWait = lockWait;
        this.clock = clock;
    }

    /**
     * A store for {@code key} (e.g. the AccountView user or company) in table {@code ledgerbridge_av_tokens}, with
     * a lock lease of 2 minutes and a lock wait of 1 minute.
     *
     * @param dataSource where the table lives
     * @param key        which authorisation
     * @return the store
     */
    public static JdbcTokenStore of(DataSource dataSource, String key) {
        return of(dataSource, "ledgerbridge_av_tokens", key, Duration.ofMinutes(2), Duration.ofMinutes(1));
    }

    /**
     * A store with every setting given.
     *
     * @param dataSource where the table lives
     * @param table      table name, a plain SQL identifier; created when missing
     * @param key        which authorisation, 1 to 200 characters
     * @param lockLease  how long a lock holds at most (a refresh takes seconds)
     * @param lockWait   how long {@link #locked} waits for another worker's lock before failing
     * @return the store
     */
    public static JdbcTokenStore of(DataSource dataSource, String table, String key, Duration lockLease,
            Duration lockWait) {
        return new JdbcTokenStore(dataSource, table, key, positive(lockLease, "lockLease"),
                positive(lockWait, "lockWait"), Clock.systemUTC());
    }

    private static Duration positive(Duration d, String name) {
        if (d == null || d.isNegative() || d.isZero()) {
            throw new IllegalArgumentException(name + " must be positive, was " + d);
        }
        return d;
    }

    /** How long a lock holds at most. */
    public Duration lockLease() {
        return lockLease;
    }

    /** How long {@link #locked} waits for another worker's lock. */
    public Duration lockWait() {
        return lockWait;
    }

    @Override
    public Optional<TokenSet> load() {
        String sql = "SELECT version, access_token, refresh_token, token_type, scope, expires_at FROM " + table
                + " WHERE key_name = ?";
        return withConnection("load tokens", c -> {
            ensureRow(c);
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                ps.setString(1, key);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        return Optional.empty();
                    }
                    lastVersion = rs.getLong(1);
                    if (rs.getString(2) == null) {
                        return Optional.empty(); // the row exists, no tokens were saved yet
                    }
                    String expires = rs.getString(6);
                    return Optional.of(TokenSet.builder().accessToken(rs.getString(2)).refreshToken(rs.getString(3))
                            .tokenType(rs.getString(4)).scope(rs.getString(5))
                            .expiresAt(expires == null ? null : Instant.parse(expires)).build());
                }
            }
        });
    }

    /**
     * Saves the tokens: a compare-and-set against the version last loaded by this store (unconditional before the
     * first load).
     *
     * @throws IllegalStateException when another worker saved tokens since this store loaded them
     */
    @Override
    public void save(TokenSet tokens) {
        Objects.requireNonNull(tokens, "tokens");
        withConnection("save tokens", c -> {
            ensureRow(c);
            String sql = "UPDATE " + table + " SET access_token = ?, refresh_token = ?, token_type = ?, scope = ?,"
                    + " expires_at = ?, version = version + 1 WHERE key_name = ?"
                    + (lastVersion >= 0 ? " AND version = ?" : "");
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                ps.setString(1, tokens.accessToken());
                ps.setString(2, tokens.refreshToken().orElse(null));
                ps.setString(3, tokens.tokenType());
                ps.setString(4, tokens.scope().orElse(null));
                ps.setString(5, tokens.expiresAt().map(Instant::toString).orElse(null));
                ps.setString(6, key);
                if (lastVersion >= 0) {
                    ps.setLong(7, lastVersion);
                }
                if (ps.executeUpdate() != 1) {
                    throw new IllegalStateException("tokens for key '" + key + "' in table " + table
                            + " were changed by another worker since they were loaded; load them again");
                }
            }
            lastVersion = lastVersion >= 0 ? lastVersion + 1 : currentVersion(c);
            return null;
        });
    }

    /**
     * Runs the action holding this key's lease: in this store a plain lock, across workers the row's lock columns.
     *
     * @throws IllegalStateException when another worker holds the lease longer than {@link #lockWait()}
     */
    @Override
    public <T> T locked(Supplier<T> action) {
        local.lock();
        try {
            if (local.getHoldCount() > 1) {
                return action.get();
            }
            acquireLease();
            try {
                return action.get();
            } finally {
                releaseLease();
            }
        } finally {
            local.unlock();
        }
    }

    private void acquireLease() {
        Instant giveUp = clock.instant().plus(lockWait);
        String sql = "UPDATE " + table + " SET lock_owner = ?, lock_until = ? WHERE key_name = ?"
                + " AND (lock_owner IS NULL OR lock_until < ?)";
        while (true) {
            long now = clock.millis();
            int got = withConnection("lock tokens", c -> {
                ensureRow(c);
                try (PreparedStatement ps = c.prepareStatement(sql)) {
                    ps.setString(1, owner);
                    ps.setLong(2, now + lockLease.toMillis());
                    ps.setString(3, key);
                    ps.setLong(4, now);
                    return ps.executeUpdate();
                }
            });
            if (got == 1) {
                return;
            }
            if (clock.instant().isAfter(giveUp)) {
                throw new IllegalStateException("tokens for key '" + key + "' in table " + table
                        + " stayed locked by another worker for more than " + lockWait);
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for the token lock", e);
            }
        }
    }

    private void releaseLease() {
        String sql = "UPDATE " + table + " SET lock_owner = NULL, lock_until = NULL WHERE key_name = ? AND lock_owner = ?";
        withConnection("unlock tokens", c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                ps.setString(1, key);
                ps.setString(2, owner);
                return ps.executeUpdate();
            }
        });
    }

    private long currentVersion(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT version FROM " + table + " WHERE key_name = ?")) {
            ps.setString(1, key);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getLong(1) : -1;
            }
        }
    }

    /** Creates the table if missing and the key's row (without tokens) if missing; a racing creator is fine. */
    private void ensureRow(Connection c) throws SQLException {
        if (!tableReady) {
            try (Statement st = c.createStatement()) {
                st.execute("CREATE TABLE IF NOT EXISTS " + table + " (key_name VARCHAR(200) PRIMARY KEY,"
                        + " version BIGINT NOT NULL, access_token VARCHAR(8000), refresh_token VARCHAR(8000),"
                        + " token_type VARCHAR(100), scope VARCHAR(2000), expires_at VARCHAR(64),"
                        + " lock_owner VARCHAR(64), lock_until BIGINT)");
            } catch (SQLException racing) {
                // PostgreSQL: two processes creating the table at once, one fails (23505/42P07) although
                // "IF NOT EXISTS"; the table the other created is as good
                if (!tableExists(c)) {
                    throw racing;
                }
            }
            tableReady = true;
        }
        if (currentVersion(c) >= 0) {
            return;
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + table + " (key_name, version) VALUES (?, 0)")) {
            ps.setString(1, key);
            ps.executeUpdate();
        } catch (SQLException duplicate) {
            if (currentVersion(c) < 0) {
                throw duplicate; // not a racing insert after all
            }
        }
    }

    private boolean tableExists(Connection c) {
        try (Statement st = c.createStatement()) {
            st.executeQuery("SELECT 1 FROM " + table + " WHERE 1 = 0").close();
            return true;
        } catch (SQLException e) {
            return false;
        }
    }

    private interface SqlWork<T> {
        T run(Connection c) throws SQLException;
    }

    private <T> T withConnection(String what, SqlWork<T> work) {
        try (Connection c = dataSource.getConnection()) {
            if (!c.getAutoCommit()) {
                c.setAutoCommit(true);
            }
            return work.run(c);
        } catch (SQLException e) {
            // the SQL state and class only: driver messages can quote statement parameters, i.e. tokens
            throw new IllegalStateException("cannot " + what + " for key '" + key + "' in table " + table + " (SQL state "
                    + e.getSQLState() + ", " + e.getClass().getSimpleName() + ")");
        }
    }

    @Override
    public String toString() {
        return "JdbcTokenStore{" + table + ", key=" + key + "}";
    }
}

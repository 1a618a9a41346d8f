package dev.ledgerbridge.sync.state;

import dev.ledgerbridge.sync.internal.JdbcDatabase;
import dev.ledgerbridge.sync.internal.JdbcDrivers;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * A {@link StateStore} in a relational database over plain JDBC: an embedded H2 file ({@link #h2File}; H2 is
 * an optional dependency the application adds), or PostgreSQL (or another database) through its own driver. The
 * schema is created and versioned on first use ({@code lb_schema_version}); every save is committed before the
 * method returns. Several stores (in one or several processes) may share a database;
 * flow locks keep them from running the same flow at once.
 */
public final class JdbcStateStore implements StateStore {
    private final JdbcDatabase db;

    private JdbcStateStore(JdbcDatabase db) {
        this.db = db;
    }

    /**
     * A store in an embedded H2 database file. Several processes may open the same file (H2's automatic mixed
     * mode: the first one serves the others), so their flow locks see each other.
     *
     * {@code WRITE_DELAY=0}: H2 writes each commit to the file before the commit returns (its default delays
     * that by up to 500 ms, so a killed process would lose links it had already acknowledged). That setting also
     * stops H2's background writer, the only thing that compacts an open file (H2 issue 442); {@code
     * RETENTION_TIME=0} lets H2 reuse the space of chunks no longer needed at once, which keeps the growth to about
     * 13 KB per synced record instead of ~125 KB (the trade-off is a power loss with write caches that reorder
     * writes, not a process crash). The file is compacted when the last connection closes it. For a long-running
     * process with large volumes, prefer PostgreSQL.
     *
     * <p>H2 is an optional dependency of this library: add {@code com.h2database:h2} to the application (the SDK
     * is tested with the version its parent POM names, {@code h2.version}).
     *
     * @param file the database file without extension (H2 adds {@code .mv.db}), e.g. {@code state/ledgerbridge}
     * @return the store; the database is opened on first use
     * @throws StateStoreException at once when the H2 driver ({@code org.h2.Driver}) is not on the classpath, with
     *                             a message naming the dependency to add or {@link #open(String, String, String)}
     *                             and {@link #open(DataSource)} as the alternatives
     */
    public static JdbcStateStore h2File(Path file) {
        JdbcDrivers.requireH2();
        String url = "jdbc:h2:file:" + file.toAbsolutePath() + ";AUTO_SERVER=TRUE;WRITE_DELAY=0;RETENTION_TIME=0";
        return new JdbcStateStore(JdbcDatabase.of(url, "sa", ""));
    }

    /** A store reached by JDBC URL (e.g. {@code jdbc:postgresql://host/db}); credentials are never logged. */
    public static JdbcStateStore open(String jdbcUrl, String user, String password) {
        return new JdbcStateStore(JdbcDatabase.of(jdbcUrl, user, password));
    }

    /** A store on a data source (one connection is taken and kept until {@link #close()}). */
    public static JdbcStateStore open(DataSource dataSource) {
        return new JdbcStateStore(JdbcDatabase.of(dataSource));
    }

    /** An activity log in the same database, sharing this store's connection. */
    public JdbcActivityLog activityLog() {
        return new JdbcActivityLog(db, false);
    }

    /**
     * The schema version this release of the SDK creates and works with ({@code lb_schema_version}); a database
     * at a lower version is migrated on first use, one at a higher version is refused. For applications that
     * create the schema themselves and want to check it at startup without changing it.
     *
     * @return the version, 1 or more
     */
    public static int requiredSchemaVersion() {
        return JdbcDatabase.SCHEMA_VERSION;
    }

    /** The schema version in the database (creates the schema if it is missing). */
    public int schemaVersion() {
        return db.run("schema version", JdbcDatabase::currentVersion);
    }

    @Override
    public Optional<Link> link(String flow, String sourceId) {
        return db.run("link read", c -> {
            try (PreparedStatement ps = JdbcDatabase.prepare(c, "SELECT target_id, content_hash, updated_at "
                    + "FROM lb_link WHERE flow = ? AND source_id = ?", flow, sourceId);
                 ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(new Link(flow, sourceId, rs.getString(1), rs.getString(2),
                        Instant.ofEpochMilli(rs.getLong(3)))) : Optional.empty();
            }
        });
    }

    @Override
    public void saveLink(Link link) {
        db.run("link save", c -> upsert(c,
                "UPDATE lb_link SET target_id = ?, content_hash = ?, updated_at = ? WHERE flow = ? AND source_id = ?",
                new Object[] {link.targetId(), link.contentHash(), link.updatedAt().toEpochMilli(), link.flow(),
                    link.sourceId()},
                "INSERT INTO lb_link (flow, source_id, target_id, content_hash, updated_at) VALUES (?, ?, ?, ?, ?)",
                new Object[] {link.flow(), link.sourceId(), link.targetId(), link.contentHash(),
                    link.updatedAt().toEpochMilli()}));
    }

    @Override
    public void deleteLink(String flow, String sourceId) {
        db.run("link delete", c -> JdbcDatabase.update(c, "DELETE FROM lb_link WHERE flow = ? AND source_id = ?",
                flow, sourceId));
    }

    @Override
    public Optional<String> cursor(String flow, String name) {
        return db.run("cursor read", c -> {
            try (PreparedStatement ps = JdbcDatabase.prepare(c, "SELECT cursor_value FROM lb_cursor "
                    + "WHERE flow = ? AND cursor_name = ?", flow, name);
                 ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
        });
    }

    @Override
    public void saveCursor(String flow, String name, String value) {
        db.run("cursor save", c -> upsert(c,
                "UPDATE lb_cursor SET cursor_value = ? WHERE flow = ? AND cursor_name = ?",
                new Object[] {value, flow, name},
                "INSERT INTO lb_cursor (flow, cursor_name, cursor_value) VALUES (?, ?, ?)",
                new Object[] {flow, name, value}));
    }

    @Override
    public Optional<FlowLock> tryLock(String flow, String owner, Duration lease, Instant now) {
        return db.run("lock", c -> {
            JdbcDatabase.update(c, "DELETE FROM lb_lock WHERE flow = ? AND (expires_at <= ? OR lock_owner = ?)",
                    flow, now.toEpochMilli(), owner);
            Instant expires = now.plus(lease);
            try {
                JdbcDatabase.update(c, "INSERT INTO lb_lock (flow, lock_owner, expires_at) VALUES (?, ?, ?)",
                        flow, owner, expires.toEpochMilli());
                return Optional.of(new FlowLock(flow, owner, expires));
            } catch (SQLException e) {
                if (JdbcDatabase.isDuplicateKey(e)) {
                    return Optional.empty();
                }
                throw e;
            }
        });
    }

    @Override
    public Optional<FlowLock> renew(FlowLock lock, Duration lease, Instant now) {
        Instant expires = now.plus(lease);
        int rows = db.run("lock renew", c -> JdbcDatabase.update(c,
                "UPDATE lb_lock SET expires_at = ? WHERE flow = ? AND lock_owner = ?", expires.toEpochMilli(),
                lock.flow(), lock.owner()));
        return rows == 1 ? Optional.of(new FlowLock(lock.flow(), lock.owner(), expires)) : Optional.empty();
    }

    @Override
    public void unlock(FlowLock lock) {
        db.run("unlock", c -> JdbcDatabase.update(c, "DELETE FROM lb_lock WHERE flow = ? AND lock_owner = ?",
                lock.flow(), lock.owner()));
    }

    @Override
    public Optional<FlowLock> lockHolder(String name) {
        return db.run("lock read", c -> {
            try (PreparedStatement ps = JdbcDatabase.prepare(c, "SELECT lock_owner, expires_at FROM lb_lock "
                    + "WHERE flow = ?", name);
                 ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(new FlowLock(name, rs.getString(1), Instant.ofEpochMilli(rs.getLong(2))))
                        : Optional.empty();
            }
        });
    }

    @Override
    public boolean releaseLock(String name) {
        return db.run("lock release", c -> JdbcDatabase.update(c, "DELETE FROM lb_lock WHERE flow = ?", name)) > 0;
    }

    @Override
    public ParkedRecord park(String flow, String sourceId, String reason, Instant now) {
        String bounded = dev.ledgerbridge.sync.internal.Reasons.bounded(reason);
        return db.run("park", c -> {
            upsert(c, "UPDATE lb_parked SET attempts = attempts + 1, last_failure = ?, reason = ? "
                            + "WHERE flow = ? AND source_id = ?",
                    new Object[] {now.toEpochMilli(), bounded, flow, sourceId},
                    "INSERT INTO lb_parked (flow, source_id, attempts, first_failure, last_failure, reason) "
                            + "VALUES (?, ?, 1, ?, ?, ?)",
                    new Object[] {flow, sourceId, now.toEpochMilli(), now.toEpochMilli(), bounded});
            return readParked(c, "SELECT flow, source_id, attempts, first_failure, last_failure, reason FROM lb_parked "
                    + "WHERE flow = ? AND source_id = ?", flow, sourceId).get(0);
        });
    }

    @Override
    public void unpark(String flow, String sourceId) {
        db.run("unpark", c -> JdbcDatabase.update(c, "DELETE FROM lb_parked WHERE flow = ? AND source_id = ?",
                flow, sourceId));
    }

    @Override
    public List<ParkedRecord> parked(String flow) {
        return db.run("parked read", c -> readParked(c, "SELECT flow, source_id, attempts, first_failure, "
                + "last_failure, reason FROM lb_parked WHERE flow = ? ORDER BY first_failure, source_id", flow));
    }

    private static List<ParkedRecord> readParked(Connection c, String sql, Object... params) throws SQLException {
        List<ParkedRecord> result = new ArrayList<>();
        try (PreparedStatement ps = JdbcDatabase.prepare(c, sql, params); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                result.add(new ParkedRecord(rs.getString(1), rs.getString(2), rs.getInt(3),
                        Instant.ofEpochMilli(rs.getLong(4)), Instant.ofEpochMilli(rs.getLong(5)), rs.getString(6)));
            }
        }
        return result;
    }

    /** Update, else insert; a concurrent insert of the same key turns into an update. */
    private static int upsert(Connection c, String update, Object[] updateParams, String insert,
                              Object[] insertParams) throws SQLException {
        if (JdbcDatabase.update(c, update, updateParams) > 0) {
            return 1;
        }
        try {
            return JdbcDatabase.update(c, insert, insertParams);
        } catch (SQLException e) {
            if (JdbcDatabase.isDuplicateKey(e)) {
                return JdbcDatabase.update(c, update, updateParams);
            }
            throw e;
        }
    }

    @Override
    public void close() {
        db.close();
    }

    @Override
    public String toString() {
        return "JdbcStateStore[" + db.description() + "]";
    }
}

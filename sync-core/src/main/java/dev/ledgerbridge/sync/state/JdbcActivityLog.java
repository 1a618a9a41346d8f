package dev.ledgerbridge.sync.state;

import dev.ledgerbridge.sync.internal.JdbcDatabase;
import dev.ledgerbridge.sync.report.Action;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * An {@link ActivityLog} in a relational database (table {@code lb_activity}), usually obtained from
 * {@link JdbcStateStore#activityLog()} so that both share one database.
 */
public final class JdbcActivityLog implements ActivityLog {
    private static final int LATEST_RUN_PAGE = 500;
    private final JdbcDatabase db;
    private final boolean ownsDatabase;

    JdbcActivityLog(JdbcDatabase db, boolean ownsDatabase) {
        this.db = db;
        this.ownsDatabase = ownsDatabase;
    }

    /** A log reached by JDBC URL, with its own connection. */
    public static JdbcActivityLog open(String jdbcUrl, String user, String password) {
        return new JdbcActivityLog(JdbcDatabase.of(jdbcUrl, user, password), true);
    }

    @Override
    public void append(ActivityEvent e) {
        db.run("activity append", c -> JdbcDatabase.update(c, "INSERT INTO lb_activity (at_millis, run_id, flow, "
                + "direction, source_id, target_id, action, reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                e.at().toEpochMilli(), e.runId(), e.flow(), e.direction(), e.sourceId(), e.targetId(),
                e.action().name(), truncate(e.reason())));
    }

    private static String truncate(String reason) {
        return reason == null || reason.length() <= 2000 ? reason : reason.substring(0, 1997) + "...";
    }

    @Override
    public List<ActivityEvent> events(String flow) {
        return db.run("activity read", c -> {
            List<ActivityEvent> events = new ArrayList<>();
            try (PreparedStatement ps = JdbcDatabase.prepare(c, "SELECT at_millis, run_id, direction, source_id, "
                    + "target_id, action, reason FROM lb_activity WHERE flow = ? ORDER BY id", flow);
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    events.add(new ActivityEvent(Instant.ofEpochMilli(rs.getLong(1)), rs.getString(2), flow,
                            rs.getString(3), rs.getString(4), rs.getString(5), Action.valueOf(rs.getString(6)),
                            rs.getString(7)));
                }
            }
            return events;
        });
    }

    /**
     * Pages backwards through the flow's rows by id (index {@code lb_activity_flow}) until the run changes: reads
     * the latest run's rows and at most one page more, however long the retained history.
     */
    @Override
    public List<ActivityEvent> latestRun(String flow) {
        return db.run("activity latest run", c -> {
            List<ActivityEvent> newestFirst = new ArrayList<>();
            String runId = null;
            long below = Long.MAX_VALUE;
            while (true) {
                int rows = 0;
                try (PreparedStatement ps = JdbcDatabase.prepare(c, "SELECT id, at_millis, run_id, direction, "
                        + "source_id, target_id, action, reason FROM lb_activity WHERE flow = ? AND id < ? "
                        + "ORDER BY id DESC LIMIT " + LATEST_RUN_PAGE, flow, below);
                     ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        rows++;
                        below = rs.getLong(1);
                        if (runId == null) {
                            runId = rs.getString(3);
                        } else if (!runId.equals(rs.getString(3))) {
                            return reversed(newestFirst);
                        }
                        newestFirst.add(new ActivityEvent(Instant.ofEpochMilli(rs.getLong(2)), runId, flow,
                                rs.getString(4), rs.getString(5), rs.getString(6), Action.valueOf(rs.getString(7)),
                                rs.getString(8)));
                    }
                }
                if (rows < LATEST_RUN_PAGE) {
                    return reversed(newestFirst);
                }
            }
        });
    }

    private static List<ActivityEvent> reversed(List<ActivityEvent> newestFirst) {
        java.util.Collections.reverse(newestFirst);
        return newestFirst;
    }

    @Override
    public int purgeOlderThan(Instant cutoff) {
        return db.run("activity purge", c -> JdbcDatabase.update(c, "DELETE FROM lb_activity WHERE at_millis < ?",
                cutoff.toEpochMilli()));
    }

    @Override
    public void close() {
        if (ownsDatabase) {
            db.close();
        }
    }

    @Override
    public String toString() {
        return "JdbcActivityLog[" + db.description() + "]";
    }
}

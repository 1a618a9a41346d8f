package dev.ledgerbridge.scheduler.internal;

import java.util.List;
import javax.sql.DataSource;

/**
 * db-scheduler's table {@code scheduled_tasks}, created when missing. db-scheduler does not create it itself; this
 * is its PostgreSQL layout in types H2 also knows ({@code BYTEA} is H2's {@code VARBINARY}), so one statement
 * serves both.
 */
public final class SchedulerTable {
    /** The table db-scheduler uses by default. */
    public static final String NAME = "scheduled_tasks";

    private static final List<String> SCHEMA = List.of(
            "CREATE TABLE IF NOT EXISTS scheduled_tasks (task_name VARCHAR(100) NOT NULL, "
                    + "task_instance VARCHAR(255) NOT NULL, task_data BYTEA, "
                    + "execution_time TIMESTAMP WITH TIME ZONE NOT NULL, picked BOOLEAN NOT NULL, "
                    + "picked_by VARCHAR(255), last_success TIMESTAMP WITH TIME ZONE, "
                    + "last_failure TIMESTAMP WITH TIME ZONE, consecutive_failures INT, "
                    + "last_heartbeat TIMESTAMP WITH TIME ZONE, version BIGINT NOT NULL, priority SMALLINT, "
                    + "PRIMARY KEY (task_name, task_instance))",
            "CREATE INDEX IF NOT EXISTS execution_time_idx ON scheduled_tasks (execution_time)",
            "CREATE INDEX IF NOT EXISTS last_heartbeat_idx ON scheduled_tasks (last_heartbeat)",
            "CREATE INDEX IF NOT EXISTS priority_execution_time_idx ON scheduled_tasks (priority DESC, execution_time)");

    private SchedulerTable() {
    }

    /** Creates the table and its indexes when missing. */
    public static void createIfMissing(DataSource dataSource) {
        new Sql(dataSource, "scheduler table", SCHEMA).transaction("create", c -> null);
    }
}

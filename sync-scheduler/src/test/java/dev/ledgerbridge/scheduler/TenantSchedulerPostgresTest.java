package dev.ledgerbridge.scheduler;

import javax.sql.DataSource;
import org.junit.jupiter.api.condition.EnabledIf;

/**
 * The scheduler tests on PostgreSQL, the cluster database (db-scheduler's PostgreSQL dialect, our portable DDL):
 * run only when {@code LEDGERBRIDGE_POSTGRES_URL} (or {@code -Dledgerbridge.postgres.url}) is set; each test in a
 * schema of its own.
 */
@EnabledIf("dev.ledgerbridge.scheduler.Databases#postgresConfigured")
class TenantSchedulerPostgresTest extends TenantSchedulerTest {
    @Override
    DataSource database() {
        return Databases.freshPostgresSchema();
    }
}

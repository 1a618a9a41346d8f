package dev.ledgerbridge.scheduler;

import javax.sql.DataSource;

/**
 * The scheduler tests on PostgreSQL, the cluster database (db-scheduler's PostgreSQL dialect, our portable DDL):
 * each test in a database of its own on the build's embedded PostgreSQL (or {@code LEDGERBRIDGE_POSTGRES_URL}).
 */
class TenantSchedulerPostgresTest extends TenantSchedulerTest {
    @Override
    DataSource database() {
        return Databases.postgres();
    }
}

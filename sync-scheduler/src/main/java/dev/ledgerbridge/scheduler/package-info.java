/**
 * Runs the sync engine continuously for many tenants, on one machine or a cluster, on db-scheduler.
 *
 * <p>A {@link dev.ledgerbridge.scheduler.Tenant tenant} is one client company: one pair of systems with its own
 * credentials and rate limits. The {@link dev.ledgerbridge.scheduler.TenantScheduler} keeps one recurring task per
 * tenant in db-scheduler's {@code scheduled_tasks} table, runs tenants side by side on a bounded pool, at most one
 * run per tenant in the whole cluster, and scopes every piece of engine state by tenant
 * ({@link dev.ledgerbridge.scheduler.TenantState}). The application supplies who the tenants are
 * ({@link dev.ledgerbridge.scheduler.TenantDirectory}, or the ready {@link dev.ledgerbridge.scheduler.JdbcTenantDirectory}),
 * their secrets ({@link dev.ledgerbridge.scheduler.CredentialsProvider}) and what a run does
 * ({@link dev.ledgerbridge.scheduler.TenantSyncFactory}).
 */
package dev.ledgerbridge.scheduler;

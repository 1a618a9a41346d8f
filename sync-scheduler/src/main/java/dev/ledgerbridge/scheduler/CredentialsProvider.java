package dev.ledgerbridge.scheduler;

/**
 * Supplies a tenant's secrets for one system, from wherever the application keeps them (a vault, a secrets
 * manager, encrypted columns). The SDK asks for them at the start of every run that needs them, keeps them only
 * for that run and never stores or logs them. Implementations are thread-safe: runs of different tenants ask at
 * the same time.
 */
@FunctionalInterface
public interface CredentialsProvider {
    /**
     * The secrets of a tenant for a system.
     *
     * @param tenant the tenant
     * @param system the system, as the application's {@link TenantSyncFactory} names it (e.g.
     *               {@code "buchhaltungsbutler"})
     * @return the secrets
     * @throws RuntimeException when they cannot be had; the run fails and is retried with backoff
     */
    Credentials credentials(Tenant tenant, String system);

    /**
     * No secrets, for applications whose run factory builds its clients from secrets it holds already (e.g. from its
     * own configuration): every request gets empty {@link Credentials}, whose {@code secret(name)} names the
     * missing secret.
     *
     * @return the provider
     */
    static CredentialsProvider none() {
        Credentials empty = Credentials.builder().build();
        return (tenant, system) -> empty;
    }
}

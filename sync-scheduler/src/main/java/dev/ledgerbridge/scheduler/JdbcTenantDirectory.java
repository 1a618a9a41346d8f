package dev.ledgerbridge.scheduler;

import dev.ledgerbridge.scheduler.internal.Sql;
import dev.ledgerbridge.scheduler.internal.TenantIds;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * A {@link TenantDirectory} in two tables of a relational database ({@code lb_tenant}, {@code lb_tenant_property}),
 * created on first use with SQL that runs on H2 and PostgreSQL. Usually the scheduler's own data source. Each call
 * takes a connection from the data source and returns it; writes are one transaction each. Thread-safe; several
 * processes may share the tables.
 */
public final class JdbcTenantDirectory implements TenantDirectory {
    private static final List<String> SCHEMA = List.of(
            "CREATE TABLE IF NOT EXISTS lb_tenant (tenant_id VARCHAR(64) NOT NULL PRIMARY KEY, "
                    + "sync_interval_ms BIGINT NOT NULL, paused SMALLINT NOT NULL)",
            "CREATE TABLE IF NOT EXISTS lb_tenant_property (tenant_id VARCHAR(64) NOT NULL, "
                    + "name VARCHAR(100) NOT NULL, prop_value VARCHAR(1000) NOT NULL, PRIMARY KEY (tenant_id, name))");

    private final Sql sql;

    private JdbcTenantDirectory(DataSource dataSource) {
        this.sql = new Sql(dataSource, "tenant directory", SCHEMA);
    }

    /**
     * A directory in the data source's database; the tables are created on first use.
     *
     * @param dataSource where the tables live
     * @return the directory
     */
    public static JdbcTenantDirectory of(DataSource dataSource) {
        return new JdbcTenantDirectory(Objects.requireNonNull(dataSource, "dataSource"));
    }

    /**
     * Adds a tenant.
     *
     * @throws IllegalArgumentException when a tenant with that id exists
     * @throws IllegalStateException    when the database fails
     */
    public void add(Tenant tenant) {
        Objects.requireNonNull(tenant, "tenant");
        sql.transaction("add tenant " + tenant.id(), c -> {
            try {
                Sql.update(c, "INSERT INTO lb_tenant (tenant_id, sync_interval_ms, paused) VALUES (?, ?, ?)",
                        tenant.id(), tenant.syncInterval().toMillis(), tenant.paused() ? 1L : 0L);
            } catch (SQLException e) {
                if (Sql.isDuplicateKey(e)) {
                    throw new IllegalArgumentException("tenant " + TenantIds.shown(tenant.id())
                            + " is already in the directory; use update(...)");
                }
                throw e;
            }
            insertProperties(c, tenant);
            return null;
        });
    }

    /**
     * Replaces a tenant's interval, paused flag and properties.
     *
     * @throws IllegalArgumentException when no tenant has that id
     */
    public void update(Tenant tenant) {
        Objects.requireNonNull(tenant, "tenant");
        sql.transaction("update tenant " + tenant.id(), c -> {
            int rows = Sql.update(c, "UPDATE lb_tenant SET sync_interval_ms = ?, paused = ? WHERE tenant_id = ?",
                    tenant.syncInterval().toMillis(), tenant.paused() ? 1L : 0L, tenant.id());
            if (rows == 0) {
                throw notFound(tenant.id());
            }
            Sql.update(c, "DELETE FROM lb_tenant_property WHERE tenant_id = ?", tenant.id());
            insertProperties(c, tenant);
            return null;
        });
    }

    /**
     * Removes a tenant from the directory (its sync state stays; the scheduler stops running it).
     *
     * @return true when it was there
     */
    public boolean remove(String tenantId) {
        return sql.transaction("remove tenant " + tenantId, c -> {
            Sql.update(c, "DELETE FROM lb_tenant_property WHERE tenant_id = ?", tenantId);
            return Sql.update(c, "DELETE FROM lb_tenant WHERE tenant_id = ?", tenantId) > 0;
        });
    }

    @Override
    public void setPaused(String tenantId, boolean paused) {
        int rows = sql.transaction((paused ? "pause" : "resume") + " tenant " + tenantId, c -> Sql.update(c,
                "UPDATE lb_tenant SET paused = ? WHERE tenant_id = ?", paused ? 1L : 0L, tenantId));
        if (rows == 0) {
            throw notFound(tenantId);
        }
    }

    /** All tenants, ordered by id (two queries). */
    @Override
    public List<Tenant> list() {
        return sql.transaction("list tenants", c -> read(c, null));
    }

    /** One tenant (two indexed queries). */
    @Override
    public Optional<Tenant> find(String tenantId) {
        return sql.transaction("find tenant " + tenantId, c -> read(c, tenantId)).stream().findFirst();
    }

    private static List<Tenant> read(Connection c, String onlyId) throws SQLException {
        String where = onlyId == null ? "" : " WHERE tenant_id = ?";
        Object[] params = onlyId == null ? new Object[0] : new Object[] {onlyId};
        Map<String, Tenant.Builder> builders = new LinkedHashMap<>();
        try (PreparedStatement ps = Sql.prepare(c, "SELECT tenant_id, sync_interval_ms, paused FROM lb_tenant"
                + where + " ORDER BY tenant_id", params); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                builders.put(rs.getString(1), Tenant.builder().id(rs.getString(1))
                        .syncInterval(Duration.ofMillis(rs.getLong(2))).paused(rs.getInt(3) != 0));
            }
        }
        try (PreparedStatement ps = Sql.prepare(c, "SELECT tenant_id, name, prop_value FROM lb_tenant_property"
                + where, params); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                Tenant.Builder b = builders.get(rs.getString(1));
                if (b != null) {
                    b.property(rs.getString(2), rs.getString(3));
                }
            }
        }
        List<Tenant> tenants = new ArrayList<>(builders.size());
        builders.values().forEach(b -> tenants.add(b.build()));
        return tenants;
    }

    private static void insertProperties(Connection c, Tenant tenant) throws SQLException {
        for (Map.Entry<String, String> p : tenant.properties().entrySet()) {
            Sql.update(c, "INSERT INTO lb_tenant_property (tenant_id, name, prop_value) VALUES (?, ?, ?)",
                    tenant.id(), p.getKey(), p.getValue());
        }
    }

    private static IllegalArgumentException notFound(String tenantId) {
        return new IllegalArgumentException("tenant " + TenantIds.shown(tenantId) + " is not in the directory");
    }

    @Override
    public String toString() {
        return "JdbcTenantDirectory[" + sql + "]";
    }
}

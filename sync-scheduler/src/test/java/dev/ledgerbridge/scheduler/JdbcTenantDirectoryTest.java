package dev.ledgerbridge.scheduler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The JDBC directory on H2 and on PostgreSQL. */
class JdbcTenantDirectoryTest {
    @TempDir
    Path dir;

    @Test
    void addUpdatePauseRemoveOnH2() {
        contract(Databases.h2(dir), "");
    }

    @Test
    void addUpdatePauseRemoveOnPostgres() {
        contract(Databases.postgres(), "pg" + UUID.randomUUID().toString().substring(0, 8) + "-");
    }

    private static void contract(DataSource dataSource, String prefix) {
        JdbcTenantDirectory directory = JdbcTenantDirectory.of(dataSource);
        Tenant acme = Tenant.builder().id(prefix + "acme").syncInterval(Duration.ofMinutes(3))
                .property("bb.baseUrl", "https://bb.example").property("av.company", "DEMO").build();
        Tenant globex = Tenant.builder().id(prefix + "globex").paused(true).build();
        directory.add(acme);
        directory.add(globex);

        List<Tenant> listed = directory.list().stream().filter(t -> t.id().startsWith(prefix)).toList();
        assertEquals(List.of(acme, globex), listed);
        assertEquals(acme, directory.find(acme.id()).orElseThrow());
        assertTrue(directory.find(prefix + "nobody").isEmpty());

        IllegalArgumentException twice = assertThrows(IllegalArgumentException.class, () -> directory.add(acme));
        assertTrue(twice.getMessage().contains("'" + acme.id() + "' is already in the directory"), twice.getMessage());

        Tenant changed = acme.toBuilder().syncInterval(Duration.ofMinutes(10)).removeProperty("av.company")
                .property("flows", "customers").build();
        directory.update(changed);
        assertEquals(changed, directory.find(acme.id()).orElseThrow());

        directory.setPaused(acme.id(), true);
        assertTrue(directory.find(acme.id()).orElseThrow().paused());
        directory.setPaused(acme.id(), false);
        assertFalse(directory.find(acme.id()).orElseThrow().paused());

        assertTrue(directory.remove(globex.id()));
        assertFalse(directory.remove(globex.id()));
        assertTrue(directory.find(globex.id()).isEmpty());
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
                () -> directory.setPaused(globex.id(), true));
        assertTrue(unknown.getMessage().contains("is not in the directory"), unknown.getMessage());
        assertThrows(IllegalArgumentException.class, () -> directory.update(globex));
        directory.remove(acme.id());
    }
}

package dev.ledgerbridge.sync.state;

import dev.ledgerbridge.sync.internal.JdbcDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class JdbcStateStoreH2Test extends StateStoreContract {
    @TempDir
    Path dir;
    private JdbcStateStore store;
    private JdbcStateStore second;

    @BeforeEach
    void setUp() {
        store = JdbcStateStore.h2File(dir.resolve("state"));
        second = JdbcStateStore.h2File(dir.resolve("state"));
    }

    @AfterEach
    void tearDown() {
        second.close();
        store.close();
    }

    @Override
    StateStore store() {
        return store;
    }

    @Override
    StateStore secondStoreOnSameState() {
        return second;
    }

    @Override
    ActivityLog log() {
        return store.activityLog();
    }

    /**
     * A process that syncs for years writes millions of small commits. With H2's {@code WRITE_DELAY=0} (needed for
     * kill -9 durability) nothing compacts the open file, and with H2's default chunk retention these 10,000 commits
     * left a file of ~150 MB (293 MB at twice as many); with {@code RETENTION_TIME=0}, 7 MB.
     */
    @Test
    void theFileGrowsLittleOverManySmallCommits() throws Exception {
        ActivityLog activity = store.activityLog();
        for (int i = 0; i < 2_000; i++) {
            String id = Integer.toString(i);
            FlowLock lock = store.tryLock("#key:" + id, "run-1", java.time.Duration.ofMinutes(2), T0).orElseThrow();
            store.saveCursor("customers", "checkpoint", id);
            store.saveLink(new Link("customers", id, "t" + id, "hash-" + id, T0));
            activity.append(new ActivityEvent(T0, "run-1", "customers", "A -> B", id, "t" + id,
                    dev.ledgerbridge.sync.report.Action.CREATED, null));
            store.unlock(lock);
        }
        long bytes = Files.size(dir.resolve("state.mv.db"));
        assertTrue(bytes < 16L << 20, "2,000 links and events in a file of " + (bytes >> 20) + " MB");
        assertEquals("1999", store.cursor("customers", "checkpoint").orElseThrow());
    }

    @Test
    void schemaIsCreatedAndVersionedOnFirstUseAndStatePersistsAcrossReopen() throws Exception {
        assertEquals(JdbcDatabase.SCHEMA_VERSION, store.schemaVersion());
        assertTrue(Files.exists(dir.resolve("state.mv.db")));
        store.saveLink(new Link("customers", "1001", "10001", "abc", T0));
        store.saveCursor("customers", "changes", "42");
        store.close();
        second.close();

        try (JdbcStateStore reopened = JdbcStateStore.h2File(dir.resolve("state"))) {
            assertEquals("10001", reopened.link("customers", "1001").orElseThrow().targetId());
            assertEquals("42", reopened.cursor("customers", "changes").orElseThrow());
            assertEquals(JdbcDatabase.SCHEMA_VERSION, reopened.schemaVersion());
        }
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + dir.resolve("state").toAbsolutePath(),
                "sa", ""); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM lb_schema_version")) {
            rs.next();
            assertEquals(1, rs.getInt(1), "one version row, migrations not re-applied");
        }
        store = JdbcStateStore.h2File(dir.resolve("state"));
        second = JdbcStateStore.h2File(dir.resolve("state"));
    }

    @Test
    void newerSchemaThanTheSdkIsRefusedWithAClearMessage() throws Exception {
        store.schemaVersion();
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + dir.resolve("state").toAbsolutePath(),
                "sa", ""); Statement s = c.createStatement()) {
            s.executeUpdate("UPDATE lb_schema_version SET version = 99");
        }
        try (JdbcStateStore other = JdbcStateStore.h2File(dir.resolve("state"))) {
            StateStoreException e = assertThrows(StateStoreException.class, other::schemaVersion);
            assertTrue(e.getMessage().contains("schema version 99 is newer than this SDK supports"), e.getMessage());
        }
    }

    @Test
    void credentialsNeverAppearInMessagesOrToString() {
        try (JdbcStateStore s = JdbcStateStore.open("jdbc:h2:mem:x;USER=sa;PASSWORD=topsecret", "sa", "wrong")) {
            assertFalse(s.toString().contains("topsecret"), s.toString());
            StateStoreException e = assertThrows(StateStoreException.class, () -> s.cursor("f", "c"));
            assertFalse(e.getMessage().contains("topsecret"), e.getMessage());
            assertFalse(e.getMessage().contains("wrong"), e.getMessage());
        }
    }

    @Test
    void anotherProcessSeesTheLockOnTheSameH2File() throws Exception {
        store.tryLock("customers", "engine-a", LEASE, T0).orElseThrow();
        String h2Jar = Path.of(org.h2.Driver.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                .toString();
        String url = "jdbc:h2:file:" + dir.resolve("state").toAbsolutePath() + ";AUTO_SERVER=TRUE";
        Process other = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", h2Jar, "org.h2.tools.Shell", "-url", url, "-user", "sa", "-password", "",
                "-sql", "SELECT lock_owner FROM lb_lock WHERE flow = 'customers'")
                .redirectErrorStream(true).start();
        String output = new String(other.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertEquals(0, other.waitFor(), output);
        assertTrue(output.contains("engine-a"), output);
    }

    @Test
    void severalStoresOpeningANewFileAtOnceAllGetTheSchema() throws Exception {
        java.nio.file.Path file = dir.resolve("raced");
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        java.util.concurrent.CountDownLatch go = new java.util.concurrent.CountDownLatch(1);
        try {
            java.util.List<java.util.concurrent.Future<Integer>> opened = new java.util.ArrayList<>();
            for (int i = 0; i < 4; i++) {
                opened.add(pool.submit(() -> {
                    go.await();
                    try (JdbcStateStore s = JdbcStateStore.h2File(file)) {
                        return s.schemaVersion();
                    }
                }));
            }
            go.countDown();
            for (var f : opened) {
                assertEquals(dev.ledgerbridge.sync.internal.JdbcDatabase.SCHEMA_VERSION,
                        f.get(60, java.util.concurrent.TimeUnit.SECONDS));
            }
        } finally {
            pool.shutdownNow();
        }
    }
}

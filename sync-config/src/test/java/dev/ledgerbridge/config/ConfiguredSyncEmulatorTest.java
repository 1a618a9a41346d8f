package dev.ledgerbridge.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ledgerbridge.accountview.oauth.InMemoryTokenStore;
import dev.ledgerbridge.accountview.oauth.JdbcTokenStore;
import dev.ledgerbridge.accountview.oauth.TokenSet;
import dev.ledgerbridge.buchhaltungsbutler.RateLimitSettings;
import dev.ledgerbridge.config.ConnectionCheck.Status;
import dev.ledgerbridge.sync.report.Action;
import dev.ledgerbridge.sync.report.SyncReport;
import dev.ledgerbridge.testkit.accountview.AccountViewEmulator;
import dev.ledgerbridge.testkit.buchhaltungsbutler.BuchhaltungsButlerEmulator;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The wiring against both emulators: checks, authorization, runs, and the data that lands in the emulators. */
class ConfiguredSyncEmulatorTest {

    @TempDir
    Path dir;

    private BuchhaltungsButlerEmulator bb;
    private AccountViewEmulator av;

    @BeforeEach
    void start() {
        bb = BuchhaltungsButlerEmulator.builder().requestsPerMinute(0).batchInterval(Duration.ZERO).start();
        av = AccountViewEmulator.start();
    }

    @AfterEach
    void stop() {
        bb.close();
        av.close();
    }

    private LedgerBridgeConfig.Builder config(String bbKey) {
        return LedgerBridgeConfig.builder()
                .buchhaltungsButler(BuchhaltungsButlerConfig.builder().baseUrl(bb.baseUrl())
                        .apiClient(Secret.of(bb.apiClient())).apiSecret(Secret.of(bb.apiSecret()))
                        .apiKey(Secret.of(bbKey)).rateLimits(RateLimitSettings.disabled()).build())
                .accountView(AccountViewConfig.builder().baseUrl(av.baseUrl()).clientId(av.clientId())
                        .clientSecret(Secret.of(av.clientSecret())).redirectUri(URI.create(av.redirectUri()))
                        .company(AccountViewEmulator.DEFAULT_COMPANY_CODE).build())
                .flow(FlowConfig.builder().name("customers-av-bb").entity(FlowEntity.CUSTOMERS)
                        .from(SystemName.ACCOUNTVIEW).to(SystemName.BUCHHALTUNGSBUTLER).build())
                .flow(FlowConfig.builder().name("customers-bb-av").entity(FlowEntity.CUSTOMERS)
                        .from(SystemName.BUCHHALTUNGSBUTLER).to(SystemName.ACCOUNTVIEW).build())
                .state(StateConfig.jdbc("jdbc:h2:file:" + dir.resolve("state") + ";AUTO_SERVER=TRUE", "sa", null));
    }

    @Test
    void checksAuthorizesAndSyncsCustomersBothWays() {
        av.company().addDebtor("Ada Lovelace", "ada@example.com");
        bb.tenant().addDebtor("Grace Hopper", "grace@example.com");
        try (ConfiguredSync sync = ConfiguredSync.builder().config(config(bb.apiKey()).build()).build()) {
            List<ConnectionCheck> before = sync.checkConnections();
            assertEquals(Status.OK, before.get(0).status(), before.get(0).message());
            assertEquals(Status.NOT_AUTHORIZED, before.get(1).status());

            sync.accountViewClient().exchangeCode(av.issueAuthorizationCode(), URI.create(av.redirectUri()));
            assertTrue(sync.checkConnections().stream().allMatch(ConnectionCheck::ok));

            SyncReport report = sync.run();
            assertTrue(report.succeeded(), report.toString());
            assertEquals(2, report.count(Action.CREATED));
            assertTrue(bb.tenant().debtors().stream().anyMatch(d -> "ada@example.com".equals(d.get("email"))));
            assertTrue(av.company().rows("CONTACT").stream()
                    .anyMatch(r -> "grace@example.com".equalsIgnoreCase(String.valueOf(r.get("MAIL_BUS")))));

            FlowStatus status = sync.status().get(0);
            assertEquals("customers-av-bb", status.name());
            assertEquals(1, status.count(Action.CREATED));
            assertEquals(report.runId(), status.lastRunId());
            assertTrue(status.parked().isEmpty());
            assertEquals(null, status.runningUntil());
        }
    }

    @Test
    void clientsGivenToTheBuilderAreTheOnesTheFlowsUse() {
        av.company().addDebtor("Ada Lovelace", "ada@example.com");
        LedgerBridgeConfig config = config(bb.apiKey()).build();
        try (ConfiguredSync first = ConfiguredSync.builder().config(config).build()) {
            first.accountViewClient().exchangeCode(av.issueAuthorizationCode(), URI.create(av.redirectUri()));
            // a second wiring per run, as the application's run does, on the clients of the first
            ConfiguredSync perRun = ConfiguredSync.builder().config(config)
                    .state(first.stateStore(), first.activityLog()).tokenStore(first.tokenStore())
                    .buchhaltungsButlerClient(first.buchhaltungsButlerClient())
                    .accountViewClient(first.accountViewClient()).build();
            assertSame(first.buchhaltungsButlerClient(), perRun.buchhaltungsButlerClient());
            assertSame(first.accountViewClient(), perRun.accountViewClient());
            SyncReport report = perRun.run(List.of("customers-av-bb"), false);
            assertEquals(1, report.count(Action.CREATED), report.toString());
            assertTrue(bb.tenant().debtors().stream().anyMatch(d -> "ada@example.com".equals(d.get("email"))));
        }
    }

    @Test
    void withATokenKeyTheTokensAreStoredEncrypted() {
        av.company().addDebtor("Ada Lovelace", "ada@example.com");
        LedgerBridgeConfig config = config(bb.apiKey())
                .accountView(config(bb.apiKey()).build().accountView().toBuilder()
                        .tokenKey(Secret.of("MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=")).build()).build();
        try (ConfiguredSync sync = ConfiguredSync.builder().config(config).build()) {
            sync.accountViewClient().exchangeCode(av.issueAuthorizationCode(), URI.create(av.redirectUri()));
            SyncReport report = sync.run(List.of("customers-av-bb"), false);
            assertEquals(1, report.count(Action.CREATED), report.toString());
            // the same row read without the key: nothing usable
            TokenSet raw = JdbcTokenStore.of(config.state().dataSource(), AccountViewConfig.TOKEN_KEY).load()
                    .orElseThrow();
            assertTrue(raw.accessToken().startsWith("lbenc1:"), "stored encrypted");
            assertTrue(raw.refreshToken().orElseThrow().startsWith("lbenc1:"));
            assertTrue(sync.checkConnections().stream().allMatch(ConnectionCheck::ok));
        }
        assertFalse(config.toString().contains("MDEyMzQ1"), config.toString());
        IllegalArgumentException bad = assertThrows(IllegalArgumentException.class,
                () -> AccountViewConfig.builder().tokenKey(Secret.of("c2hvcnQ=")));
        assertEquals("token key must be 16, 24 or 32 bytes, was 5", bad.getMessage());
    }

    @Test
    void aClientBuilderNamesTheMissingCredential() {
        BuchhaltungsButlerConfig noKey = BuchhaltungsButlerConfig.builder().apiClient(Secret.of("c"))
                .apiSecret(Secret.of("s")).build();
        IllegalStateException e = assertThrows(IllegalStateException.class, noKey::clientBuilder);
        assertEquals("buchhaltungsbutler.api-key is not set", e.getMessage());
        AccountViewConfig noSecret = AccountViewConfig.builder().clientId("id").company("C").build();
        e = assertThrows(IllegalStateException.class, () -> noSecret.clientBuilder(new InMemoryTokenStore()));
        assertEquals("accountview.client-secret is not set", e.getMessage());
        assertEquals(URI.create(bb.baseUrl()), config(bb.apiKey()).build().buchhaltungsButler().clientBuilder().build()
                .baseUrl());
    }

    @Test
    void dryRunOfOneFlowWritesNothing() {
        av.company().addDebtor("Ada Lovelace", "ada@example.com");
        try (ConfiguredSync sync = ConfiguredSync.builder().config(config(bb.apiKey()).build()).build()) {
            sync.accountViewClient().exchangeCode(av.issueAuthorizationCode(), URI.create(av.redirectUri()));
            SyncReport report = sync.run(List.of("customers-av-bb"), true);
            assertEquals(1, report.flows().size());
            assertTrue(report.dryRun());
            assertTrue(bb.tenant().debtors().isEmpty());
        }
    }

    @Test
    void refusedCredentialsNameTheSettingsAndUnreachableHostsSayTryLater() {
        try (ConfiguredSync sync = ConfiguredSync.builder().config(config("wrong-key").build()).build()) {
            ConnectionCheck check = sync.checkConnections().get(0);
            assertEquals(Status.CONFIGURATION, check.status());
            assertTrue(check.check().contains("buchhaltungsbutler.api-key"), check.check());
            assertFalse(check.message().contains("wrong-key"), check.message());
        }
        LedgerBridgeConfig unreachable = config(bb.apiKey()).buchhaltungsButler(BuchhaltungsButlerConfig.builder()
                .baseUrl(URI.create("http://127.0.0.1:1/api/v1")).apiClient(Secret.of("c"))
                .apiSecret(Secret.of("s")).apiKey(Secret.of("k")).build()).build();
        try (ConfiguredSync sync = ConfiguredSync.builder().config(unreachable).build()) {
            ConnectionCheck check = sync.checkConnections().get(0);
            assertEquals(Status.TRY_LATER, check.status(), check.message());
            assertEquals("127.0.0.1:1", check.host());
        }
    }

    @Test
    void describesWhatEachFlowDoes() {
        try (ConfiguredSync sync = ConfiguredSync.builder().config(config(bb.apiKey()).build()).build()) {
            FlowDescription d = sync.describe().get(0);
            assertEquals("e-mail address", d.matchKey());
            assertEquals("customers-av-bb: customers AccountView -> BuchhaltungsButler (match by e-mail address)",
                    d.summary());
            assertTrue(d.rules().get(0).startsWith("create"), d.rules().toString());
        }
    }
}

package dev.ledgerbridge.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ledgerbridge.accountview.AccountViewClient;
import dev.ledgerbridge.accountview.oauth.TokenStore;
import dev.ledgerbridge.accountview.oauth.JdbcTokenStore;
import dev.ledgerbridge.accountview.oauth.EncryptedTokenStore;
import dev.ledgerbridge.alerts.EngineAlerts;
import dev.ledgerbridge.buchhaltungsbutler.BuchhaltungsButlerClient;
import dev.ledgerbridge.config.ConfiguredSync;
import dev.ledgerbridge.config.FlowEntity;
import dev.ledgerbridge.config.LedgerBridgeConfig;
import dev.ledgerbridge.config.SystemName;
import dev.ledgerbridge.micrometer.LedgerbridgeObservations;
import dev.ledgerbridge.scheduler.Tenant;
import dev.ledgerbridge.scheduler.TenantListeners;
import dev.ledgerbridge.scheduler.TenantScheduler;
import dev.ledgerbridge.sync.SyncEngine;
import dev.ledgerbridge.sync.SyncListener;
import dev.ledgerbridge.sync.model.StockCalculation;
import dev.ledgerbridge.sync.report.Action;
import dev.ledgerbridge.sync.report.FlowReport;
import dev.ledgerbridge.testkit.buchhaltungsbutler.BuchhaltungsButlerEmulator;
import dev.ledgerbridge.testkit.clients.EmulatorClients;
import dev.ledgerbridge.sync.report.SyncReport;
import dev.ledgerbridge.sync.state.InMemoryStateStore;
import dev.ledgerbridge.sync.state.StateStore;
import io.micrometer.observation.tck.TestObservationRegistry;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.health.contributor.CompositeHealthContributor;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** Conditions, overrides, property binding and validation of the auto-configuration, against the emulators. */
class LedgerBridgeAutoConfigurationTest {
    private final TestSystems systems = new TestSystems();
    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(LedgerBridgeAutoConfiguration.class,
                    LedgerBridgeHealthAutoConfiguration.class, LedgerBridgeMetricsAutoConfiguration.class,
                    LedgerBridgeAlertsAutoConfiguration.class))
            .withBean(DataSource.class, systems::dataSource);

    @AfterEach
    void stop() {
        systems.close();
    }

    @Test
    void bindsThePropertiesIntoOneConfiguration() {
        runner.withPropertyValues(systems.properties("ledgerbridge.engine.batch-size=20",
                        "ledgerbridge.engine.stock-calculation=free", "ledgerbridge.engine.employee-number=42",
                        "ledgerbridge.engine.header-only-line.sku=BB-FACTUUR",
                        "ledgerbridge.engine.header-only-line.description=Rechnung",
                        "ledgerbridge.engine.header-only-line.tax-rate=19",
                        "ledgerbridge.schedule.interval=2m", "ledgerbridge.flows[1].enabled=false"))
                .run(context -> {
                    LedgerBridgeConfig config = context.getBean(LedgerBridgeConfig.class);
                    assertThat(config.buchhaltungsButler().baseUrl()).isEqualTo(URI.create(systems.bb.baseUrl()));
                    assertThat(config.buchhaltungsButler().rateLimits().enabled()).isFalse();
                    assertThat(config.accountView().company()).contains("DEMO");
                    assertThat(config.engine().batchSize()).isEqualTo(20);
                    assertThat(config.engine().stockCalculation()).isEqualTo(StockCalculation.FREE);
                    assertThat(config.engine().employeeNumber()).isEqualTo("42");
                    assertThat(config.engine().headerOnlyLineSku()).contains("BB-FACTUUR");
                    assertThat(config.syncInterval()).isEqualTo(Duration.ofMinutes(2));
                    assertThat(config.flows()).hasSize(2);
                    assertThat(config.flows().get(0).entity()).isEqualTo(FlowEntity.CUSTOMERS);
                    assertThat(config.flows().get(0).from()).isEqualTo(SystemName.ACCOUNTVIEW);
                    assertThat(config.enabledFlows()).hasSize(1);
                });
    }

    @Test
    void theEngineBeanSyncsTheEmulatorsOnTheApplicationsDataSource() {
        systems.authorizeAccountView();
        systems.av.company().addDebtor("Ada Lovelace", "ada@example.com");
        runner.withPropertyValues(systems.properties()).run(context -> {
            SyncEngine engine = context.getBean(SyncEngine.class);
            SyncReport report = engine.run(context.getBean(LedgerBridgeFlows.class).flows());
            assertThat(report.succeeded()).as(report.toString()).isTrue();
            assertThat(report.count(Action.CREATED)).isEqualTo(1);
            assertThat(systems.bb.tenant().debtors()).anyMatch(d -> "ada@example.com".equals(d.get("email")));
            // the state is the tenant's, in the application's database: a second run writes nothing
            SyncReport again = engine.run(context.getBean(LedgerBridgeFlows.class).flows());
            assertThat(again.count(Action.CREATED)).isZero();
            assertThat(systems.bb.tenant().debtors()).hasSize(1);
        });
    }

    @Test
    void theApplicationsTenantListenersHearTheEnginesRuns() {
        systems.authorizeAccountView();
        systems.av.company().addDebtor("Ada Lovelace", "ada@example.com");
        List<String> heard = new CopyOnWriteArrayList<>();
        TenantListeners mine = new TenantListeners() {
            @Override
            public SyncListener listener(Tenant tenant) {
                return new SyncListener() {
                    @Override
                    public void flowFinished(FlowReport report) {
                        heard.add(tenant.id() + ":" + report.flow() + ":" + report.count(Action.CREATED));
                    }
                };
            }
        };
        runner.withPropertyValues(systems.properties())
                .withBean("myListeners", TenantListeners.class, () -> mine)
                .run(context -> {
                    ConfiguredSync sync = context.getBean(ConfiguredSync.class);
                    context.getBean(SyncEngine.class).run(sync.flows(List.of("customers-av-bb")));
                    assertThat(heard).containsExactly("ledgerbridge:customers-av-bb:1");
                });
    }

    @Test
    void theClientsAreTheConfiguredOnes() {
        runner.withPropertyValues(systems.properties()).run(context -> {
            assertThat(context.getBean(BuchhaltungsButlerClient.class).baseUrl()).isEqualTo(URI.create(systems.bb.baseUrl()));
            assertThat(context.getBean(AccountViewClient.class).baseUrl()).isEqualTo(URI.create(systems.av.baseUrl()));
        });
    }

    @Test
    void aClientBeanOfTheApplicationIsTheOneTheFlowsUse() {
        systems.authorizeAccountView();
        systems.av.company().addDebtor("Ada Lovelace", "ada@example.com");
        try (BuchhaltungsButlerEmulator other = BuchhaltungsButlerEmulator.builder().requestsPerMinute(0)
                .batchInterval(Duration.ZERO).start()) {
            BuchhaltungsButlerClient mine = EmulatorClients.buchhaltungsButler(other);
            runner.withPropertyValues(systems.properties())
                    .withBean(BuchhaltungsButlerClient.class, () -> mine)
                    .run(context -> {
                        assertThat(context.getBean(ConfiguredSync.class).buchhaltungsButlerClient()).isSameAs(mine);
                        SyncReport report = context.getBean(SyncEngine.class)
                                .run(context.getBean(ConfiguredSync.class).flows(List.of("customers-av-bb")));
                        assertThat(report.count(Action.CREATED)).as(report.toString()).isEqualTo(1);
                        assertThat(other.tenant().debtors()).anyMatch(d -> "ada@example.com".equals(d.get("email")));
                        assertThat(systems.bb.tenant().debtors()).isEmpty();
                    });
        }
    }

    @Test
    void aTokenKeyEncryptsTheTokensInTheApplicationsDatabase() {
        systems.authorizeAccountView(); // stored before the key was set: read as they are, encrypted when saved
        systems.av.company().addDebtor("Ada Lovelace", "ada@example.com");
        runner.withPropertyValues(systems.properties(
                        "ledgerbridge.accountview.token-key=MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY="))
                .run(context -> {
                    TokenStore tokens = context.getBean(TokenStore.class);
                    assertThat(tokens).isInstanceOf(EncryptedTokenStore.class);
                    SyncReport report = context.getBean(SyncEngine.class)
                            .run(context.getBean(ConfiguredSync.class).flows(List.of("customers-av-bb")));
                    assertThat(report.count(Action.CREATED)).as(report.toString()).isEqualTo(1);
                    tokens.save(tokens.load().orElseThrow());
                    JdbcTokenStore raw = JdbcTokenStore.of(systems.dataSource(), "ledgerbridge/accountview");
                    assertThat(raw.load().orElseThrow().accessToken()).startsWith("lbenc1:");
                    assertThat(context.getBean(LedgerBridgeProperties.class).toString())
                            .doesNotContain("MDEyMzQ1").contains("tokenKey=******");
                });
        runner.withPropertyValues(systems.properties("ledgerbridge.accountview.token-key=c2hvcnQ="))
                .run(context -> assertThat(context).hasFailed().getFailure().rootCause()
                        .hasMessageContaining("token key must be 16, 24 or 32 bytes").hasMessageNotContaining("c2hvcnQ="));
    }

    @Test
    void missingAndBadPropertiesFailTheStartupNamingEachProperty() {
        runner.withPropertyValues(systems.properties("ledgerbridge.buchhaltungsbutler.api-key=",
                        "ledgerbridge.engine.batch-size=0", "ledgerbridge.flows[2].name=orders",
                        "ledgerbridge.schedule.tenant-id=no spaces please"))
                .run(context -> {
                    assertThat(context).hasFailed();
                    String message = messages(context.getStartupFailure());
                    assertThat(message).contains("ledgerbridge.buchhaltungsbutler.api-key")
                            .contains("ledgerbridge.engine.batch-size").contains("ledgerbridge.flows[2].entity")
                            .contains("ledgerbridge.schedule.tenant-id")
                            .doesNotContain(systems.bb.apiSecret()).doesNotContain(systems.av.clientSecret());
                });
    }

    @Test
    void aWrongTypeNamesTheProperty() {
        runner.withPropertyValues(systems.properties("ledgerbridge.flows[0].entity=invoices"))
                .run(context -> assertThat(messages(context.getStartupFailure()))
                        .contains("ledgerbridge.flows[0].entity"));
    }

    @Test
    void secretsNeverShowInToString() {
        runner.withPropertyValues(systems.properties()).run(context -> {
            String shown = context.getBean(LedgerBridgeProperties.class) + " "
                    + context.getBean(LedgerBridgeConfig.class) + " " + context.getBean(ConfiguredSync.class);
            assertThat(shown).doesNotContain(systems.bb.apiSecret()).doesNotContain(systems.bb.apiKey())
                    .doesNotContain("apiClient=" + systems.bb.apiClient()).doesNotContain(systems.av.clientSecret())
                    .contains("apiClient=******");
        });
    }

    @Test
    void switchedOffThereIsNothing() {
        runner.withPropertyValues(systems.properties("ledgerbridge.enabled=false"))
                .run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(ConfiguredSync.class)
                        .doesNotHaveBean(LedgerBridgeConfig.class).doesNotHaveBean("ledgerbridgeHealthContributor"));
    }

    @Test
    void theSchedulerRunsUnlessSwitchedOff() {
        runner.withPropertyValues(systems.properties("ledgerbridge.schedule.enabled=true"))
                .run(context -> assertThat(context).hasSingleBean(TenantScheduler.class));
        runner.withPropertyValues(systems.properties())
                .run(context -> assertThat(context).doesNotHaveBean(TenantScheduler.class)
                        .hasSingleBean(SyncEngine.class));
    }

    @Test
    void everyBeanCanBeReplaced() {
        SyncEngine mine = SyncEngine.builder().stateStore(new InMemoryStateStore()).build();
        LedgerBridgeFlows noFlows = List::of;
        runner.withPropertyValues(systems.properties())
                .withBean(SyncEngine.class, () -> mine)
                .withBean(LedgerBridgeFlows.class, () -> noFlows)
                .withBean(StateStore.class, InMemoryStateStore::new)
                .run(context -> {
                    assertThat(context.getBean(SyncEngine.class)).isSameAs(mine);
                    assertThat(context.getBean(LedgerBridgeFlows.class)).isSameAs(noFlows);
                    assertThat(context).getBean(StateStore.class).isInstanceOf(InMemoryStateStore.class);
                });
    }

    @Test
    void withoutADataSourceTheMessageSaysWhatToSet() {
        new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(LedgerBridgeAutoConfiguration.class))
                .withPropertyValues(systems.properties())
                .run(context -> assertThat(messages(context.getStartupFailure()))
                        .contains("spring.datasource.url").contains("ledgerbridge.enabled=false"));
    }

    @Test
    void validateModeRefusesAnEmptyDatabaseAndAcceptsOneTheSdkCreated() {
        runner.withPropertyValues(systems.properties("ledgerbridge.state.schema=validate"))
                .run(context -> assertThat(messages(context.getStartupFailure()))
                        .contains("ledgerbridge.state.schema").contains("lb_schema_version")
                        .contains("ledgerbridge_av_tokens"));
        runner.withPropertyValues(systems.properties()).run(context -> {
            context.getBean(StateStore.class).cursor("any", "any");   // creates the state tables
            systems.authorizeAccountView();                              // and the token table
        });
        runner.withPropertyValues(systems.properties("ledgerbridge.state.schema=validate"))
                .run(context -> assertThat(context).hasNotFailed());
        // the scheduler's tables too, checked before its directory could create them
        runner.withPropertyValues(systems.properties("ledgerbridge.state.schema=validate",
                        "ledgerbridge.schedule.enabled=true"))
                .run(context -> assertThat(messages(context.getStartupFailure())).contains("lb_tenant")
                        .contains("scheduled_tasks").doesNotContain("lb_schema_version"));
    }

    @Test
    void metricsWhenTheApplicationHasAnObservationRegistry() {
        runner.withPropertyValues(systems.properties())
                .run(context -> assertThat(context).doesNotHaveBean(LedgerbridgeObservations.class));
        TestObservationRegistry registry = TestObservationRegistry.create();
        systems.authorizeAccountView();
        systems.av.company().addDebtor("Ada Lovelace", "ada@example.com");
        runner.withPropertyValues(systems.properties())
                .withBean(io.micrometer.observation.ObservationRegistry.class, () -> registry)
                .run(context -> {
                    assertThat(context).hasSingleBean(LedgerbridgeObservations.class);
                    context.getBean(SyncEngine.class).run(context.getBean(LedgerBridgeFlows.class).flows());
                    assertThat(registry).hasObservationWithNameEqualTo("ledgerbridge.sync.run");
                    assertThat(registry).hasObservationWithNameEqualTo("ledgerbridge.api.request"); // the clients'
                });
    }

    @Test
    void alertsOnlyWithAWebhookUrl() {
        runner.withPropertyValues(systems.properties())
                .run(context -> assertThat(context).doesNotHaveBean(EngineAlerts.class));
        runner.withPropertyValues(systems.properties("ledgerbridge.alerts.webhook-url=http://127.0.0.1:1/alerts",
                        "ledgerbridge.alerts.webhook-secret=hmac-key-of-32-bytes-0123456789ab"))
                .run(context -> assertThat(context).hasSingleBean(EngineAlerts.class));
        runner.withPropertyValues(systems.properties("ledgerbridge.alerts.webhook-url=http://127.0.0.1:1/alerts",
                        "ledgerbridge.alerts.webhook-secret=short"))
                .run(context -> assertThat(messages(context.getStartupFailure())).contains("ledgerbridge.alerts")
                        .doesNotContain("short"));
        runner.withClassLoader(new FilteredClassLoader(EngineAlerts.class))
                .withPropertyValues(systems.properties("ledgerbridge.alerts.webhook-url=http://127.0.0.1:1/alerts",
                        "ledgerbridge.alerts.webhook-format=slack"))
                .run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(EngineAlerts.class));
    }

    @Test
    void healthOnlyWithBootsHealthSupportAndNotWhenSwitchedOff() {
        runner.withPropertyValues(systems.properties())
                .run(context -> assertThat(context).hasSingleBean(CompositeHealthContributor.class));
        runner.withPropertyValues(systems.properties("management.health.ledgerbridge.enabled=false"))
                .run(context -> assertThat(context).doesNotHaveBean(CompositeHealthContributor.class));
        runner.withClassLoader(new FilteredClassLoader("org.springframework.boot.health.contributor"))
                .withPropertyValues(systems.properties())
                .run(context -> assertThat(context).hasNotFailed().doesNotHaveBean("ledgerbridgeHealthContributor"));
    }

    static String messages(Throwable failure) {
        StringBuilder all = new StringBuilder();
        for (Throwable t = failure; t != null; t = t.getCause()) {
            all.append(t.getMessage()).append('\n');
        }
        return all.toString();
    }
}

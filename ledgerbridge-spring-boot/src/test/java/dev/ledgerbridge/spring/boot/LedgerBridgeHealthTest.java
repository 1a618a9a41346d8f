package dev.ledgerbridge.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ledgerbridge.sync.SyncEngine;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.health.contributor.CompositeHealthContributor;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** Health per system against the emulators: credentials, last runs, parked records, and no API call per probe. */
class LedgerBridgeHealthTest {
    private final TestSystems systems = new TestSystems();
    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(LedgerBridgeAutoConfiguration.class,
                    LedgerBridgeHealthAutoConfiguration.class))
            .withBean(DataSource.class, systems::dataSource);

    @AfterEach
    void stop() {
        systems.close();
    }

    private static Health health(CompositeHealthContributor contributor, String system) {
        return ((HealthIndicator) contributor.getContributor(system)).health();
    }

    @Test
    void upWithTheLastRunsAndParkedRecordsAndOneCheckPerInterval() {
        systems.authorizeAccountView();
        systems.av.company().addDebtor("Ada Lovelace", "ada@example.com");
        runner.withPropertyValues(systems.properties()).run(context -> {
            CompositeHealthContributor health = context.getBean("ledgerbridgeHealthContributor",
                    CompositeHealthContributor.class);
            context.getBean(SyncEngine.class).run(context.getBean(LedgerBridgeFlows.class).flows());

            Health bb = health(health, "buchhaltungsbutler");
            assertThat(bb.getStatus()).isEqualTo(Status.UP);
            assertThat(bb.getDetails()).containsEntry("connection", "OK");
            @SuppressWarnings("unchecked")
            Map<String, Map<String, Object>> flows = (Map<String, Map<String, Object>>) bb.getDetails().get("flows");
            assertThat(flows).containsKeys("customers-av-bb", "customers-bb-av");
            assertThat(flows.get("customers-av-bb")).containsEntry("created", 1).containsEntry("parked", 0)
                    .containsKey("lastRecordedRunAt").containsKey("lastRunInThisProcess");
            assertThat(bb.getDetails()).containsEntry("parkedRecords", 0);
            assertThat(health(health, "accountview").getStatus()).isEqualTo(Status.UP);

            long bbCalls = systems.bb.stats().total();
            for (int probe = 0; probe < 5; probe++) {
                health(health, "buchhaltungsbutler");
                health(health, "accountview");
            }
            assertThat(systems.bb.stats().total()).isEqualTo(bbCalls);   // cached: no API call per probe
        });
    }

    @Test
    void downWhenTheCredentialsAreRefusedNamingTheSettingNotTheSecret() {
        systems.authorizeAccountView();
        runner.withPropertyValues(systems.properties("ledgerbridge.buchhaltungsbutler.api-key=wrong-key-123"))
                .run(context -> {
                    CompositeHealthContributor health = context.getBean("ledgerbridgeHealthContributor",
                            CompositeHealthContributor.class);
                    Health bb = health(health, "buchhaltungsbutler");
                    assertThat(bb.getStatus()).isEqualTo(Status.DOWN);
                    assertThat(bb.getDetails()).containsEntry("connection", "CONFIGURATION");
                    assertThat(String.valueOf(bb.getDetails().get("problem")))
                            .contains("buchhaltungsbutler.api-key").doesNotContain("wrong-key-123");
                    assertThat(health(health, "accountview").getStatus()).isEqualTo(Status.UP);
                });
    }

    @Test
    void accountViewNotYetAuthorizedIsDown() {
        runner.withPropertyValues(systems.properties()).run(context -> {
            Health av = health(context.getBean("ledgerbridgeHealthContributor", CompositeHealthContributor.class),
                    "accountview");
            assertThat(av.getStatus()).isEqualTo(Status.DOWN);
            assertThat(av.getDetails()).containsEntry("connection", "NOT_AUTHORIZED");
        });
    }
}

package dev.ledgerbridge.spring.boot.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.ledgerbridge.accountview.oauth.JdbcTokenStore;
import dev.ledgerbridge.accountview.oauth.TokenSet;
import dev.ledgerbridge.scheduler.TenantScheduler;
import dev.ledgerbridge.testkit.accountview.AccountViewEmulator;
import dev.ledgerbridge.testkit.accountview.AccountViewTokens;
import dev.ledgerbridge.testkit.buchhaltungsbutler.BuchhaltungsButlerEmulator;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.health.contributor.CompositeHealthContributor;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The issue's done-criterion: a Boot application with only the starter and an application.yml syncs the
 * emulators, on Spring Boot's own dependency management (this module imports spring-boot-dependencies 4.0.7, so
 * Boot's Jackson 2, Hibernate Validator, slf4j, Micrometer and H2 versions are the ones on the class path).
 */
@SpringBootTest(classes = SyncApplication.class)
class StarterSyncsTheEmulatorsTest {
    static final BuchhaltungsButlerEmulator BB =
            BuchhaltungsButlerEmulator.builder().requestsPerMinute(0).batchInterval(Duration.ZERO).start();
    static final AccountViewEmulator AV = AccountViewEmulator.start();

    @Autowired
    TenantScheduler scheduler;

    @Autowired
    @Qualifier("ledgerbridgeHealthContributor")
    CompositeHealthContributor health;

    /** What an operator puts in the environment: hosts and secrets. Runs before the context starts. */
    @DynamicPropertySource
    static void emulators(DynamicPropertyRegistry registry) {
        AV.company().addDebtor("Ada Lovelace", "ada@example.com");
        AV.company().addDebtor("Jansen B.V.", "info@jansen.example");
        BB.tenant().addDebtor("Grace Hopper", "grace@example.com");
        registry.add("ledgerbridge.buchhaltungsbutler.base-url", BB::baseUrl);
        registry.add("ledgerbridge.buchhaltungsbutler.api-client", BB::apiClient);
        registry.add("ledgerbridge.buchhaltungsbutler.api-secret", BB::apiSecret);
        registry.add("ledgerbridge.buchhaltungsbutler.api-key", BB::apiKey);
        registry.add("ledgerbridge.accountview.base-url", AV::baseUrl);
        registry.add("ledgerbridge.accountview.client-id", AV::clientId);
        registry.add("ledgerbridge.accountview.client-secret", AV::clientSecret);
        registry.add("ledgerbridge.accountview.redirect-uri", AV::redirectUri);
        authorizeAccountView();
    }

    /** The one-time consent, done before: its tokens in the application's database, where the starter looks. */
    private static void authorizeAccountView() {
        JdbcDataSource db = new JdbcDataSource();
        db.setURL("jdbc:h2:mem:ledgerbridge-it;DB_CLOSE_DELAY=-1");
        db.setUser("sa");
        AccountViewTokens issued = AV.issueTokens();
        JdbcTokenStore.of(db, "ledgerbridge/accountview").save(TokenSet.builder().accessToken(issued.accessToken())
                .refreshToken(issued.refreshToken()).tokenType("Bearer").scope(issued.scope()).build());
    }

    @AfterAll
    static void stop() {
        BB.close();
        AV.close();
    }

    @Test
    void theScheduledRunSyncsCustomersBothWays() {
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).untilAsserted(() -> {
            assertThat(BB.tenant().debtors()).extracting(d -> d.get("email"))
                    .contains("ada@example.com", "info@jansen.example");
            assertThat(AV.company().rows("CONTACT"))
                    .extracting(r -> String.valueOf(r.get("MAIL_BUS")).toLowerCase(Locale.ROOT))
                    .contains("grace@example.com");
        });
        assertThat(BB.tenant().debtors()).hasSize(3);   // nothing doubled: Grace was there already

        // health reads the connection check and the state at most once per check-interval: the first probe is now
        assertThat(flows()).containsKeys("customers-av-bb", "customers-bb-av");
        assertThat(flows().get("customers-av-bb")).containsKey("lastRecordedRunAt").containsEntry("created", 2)
                .containsEntry("parked", 0);
        assertThat(health("buchhaltungsbutler").getStatus()).isEqualTo(Status.UP);
        assertThat(health("accountview").getStatus()).isEqualTo(Status.UP);
        assertThat(scheduler.workerName()).isNotBlank();
    }

    @SuppressWarnings("unchecked")
    private Map<String, Map<String, Object>> flows() {
        return (Map<String, Map<String, Object>>) health("buchhaltungsbutler").getDetails().get("flows");
    }

    private Health health(String system) {
        return ((HealthIndicator) health.getContributor(system)).health();
    }
}

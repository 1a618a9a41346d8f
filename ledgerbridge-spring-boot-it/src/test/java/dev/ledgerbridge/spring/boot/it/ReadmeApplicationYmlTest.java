package dev.ledgerbridge.spring.boot.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ledgerbridge.config.FlowEntity;
import dev.ledgerbridge.config.LedgerBridgeConfig;
import dev.ledgerbridge.config.SystemName;
import dev.ledgerbridge.spring.boot.LedgerBridgeAutoConfiguration;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.core.io.ByteArrayResource;

/** The application.yml of the README's "Use it from Spring Boot", read from the README, binds without a problem. */
class ReadmeApplicationYmlTest {

    @Test
    void theReadmesExampleIsAValidConfiguration() {
        JdbcDataSource db = new JdbcDataSource();
        db.setURL("jdbc:h2:mem:readme-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(LedgerBridgeAutoConfiguration.class))
                .withBean(DataSource.class, () -> db)
                .withInitializer(context -> {
                    try {
                        new YamlPropertySourceLoader().load("readme", new ByteArrayResource(readmeApplicationYml()))
                                .forEach(context.getEnvironment().getPropertySources()::addLast);
                    } catch (IOException e) {
                        throw new IllegalStateException(e);
                    }
                })
                .withPropertyValues("BB_API_CLIENT=client", "BB_API_SECRET=secret", "BB_API_KEY=key",
                        "AV_CLIENT_ID=id", "AV_CLIENT_SECRET=secret", "DB_PASSWORD=pw",
                        "ALERT_WEBHOOK_SECRET=0123456789abcdef0123", "ledgerbridge.schedule.enabled=false")
                .run(context -> {
                    assertThat(context).hasNotFailed();
                    LedgerBridgeConfig config = context.getBean(LedgerBridgeConfig.class);
                    assertThat(config.flows()).hasSize(3);
                    assertThat(config.flows().get(0).entity()).isEqualTo(FlowEntity.ORDERS);
                    assertThat(config.flows().get(0).productCatalog()).contains(SystemName.ACCOUNTVIEW);
                    assertThat(config.accountView().company()).contains("BEDRIJF1");
                    assertThat(config.syncInterval()).isEqualTo(Duration.ofMinutes(15));
                    assertThat(config.engine().concurrency()).isEqualTo(4);
                });
    }

    /** The first YAML block of the README's "Use it from Spring Boot". */
    private static byte[] readmeApplicationYml() {
        try {
            String readme = Files.readString(Path.of("..", "README.md"));
            int section = readme.indexOf("## Use it from Spring Boot");
            int start = readme.indexOf("```yaml\n", section);
            if (section < 0 || start < 0) {
                throw new IllegalStateException("README: no yaml block under \"Use it from Spring Boot\"");
            }
            start += "```yaml\n".length();
            return readme.substring(start, readme.indexOf("```", start)).getBytes(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

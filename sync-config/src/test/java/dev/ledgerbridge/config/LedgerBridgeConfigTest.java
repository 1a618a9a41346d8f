package dev.ledgerbridge.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ledgerbridge.sync.SyncConfigurationException;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class LedgerBridgeConfigTest {

    private static FlowConfig flow(String name, FlowEntity entity, SystemName from, SystemName to) {
        return FlowConfig.builder().name(name).entity(entity).from(from).to(to).build();
    }

    @Test
    void reportsEveryProblemAtOnceByPath() {
        SyncConfigurationException e = assertThrows(SyncConfigurationException.class, () -> LedgerBridgeConfig
                .builder()
                .buchhaltungsButler(BuchhaltungsButlerConfig.builder().baseUrl(URI.create("ftp://x"))
                        .apiSecret(Secret.of("top-secret-value")).build())
                .flow(flow("c", FlowEntity.CUSTOMERS, SystemName.ACCOUNTVIEW, SystemName.BUCHHALTUNGSBUTLER))
                .flow(flow("c", FlowEntity.PRODUCTS, SystemName.ACCOUNTVIEW, SystemName.BUCHHALTUNGSBUTLER))
                .syncInterval(Duration.ZERO)
                .build());
        List<String> p = e.problems();
        assertTrue(p.contains("buchhaltungsbutler.api-key: required when a flow uses BuchhaltungsButler (was unset)"),
                p.toString());
        assertTrue(p.stream().anyMatch(s -> s.startsWith("buchhaltungsbutler.api-client:")), p.toString());
        assertTrue(p.stream().anyMatch(s -> s.startsWith("buchhaltungsbutler.base-url:") && s.contains("ftp://x")));
        assertTrue(p.stream().anyMatch(s -> s.startsWith("accountview.client-secret:")));
        assertTrue(p.stream().anyMatch(s -> s.startsWith("accountview.company:")));
        assertTrue(p.stream().anyMatch(s -> s.startsWith("flows[1].name:")));
        assertTrue(p.stream().anyMatch(s -> s.startsWith("flows[1].entity:") && s.contains("no products")));
        assertTrue(p.stream().anyMatch(s -> s.startsWith("schedule.interval:")));
        assertFalse(e.getMessage().contains("top-secret-value"));
    }

    @Test
    void aSystemNoFlowUsesNeedsNoCredentials() {
        LedgerBridgeConfig config = LedgerBridgeConfig.builder()
                .flow(flow("x", FlowEntity.CUSTOMERS, SystemName.ACCOUNTVIEW, SystemName.BUCHHALTUNGSBUTLER)
                        .toBuilder().enabled(false).build())
                .flow(flow("y", FlowEntity.CUSTOMERS, SystemName.ACCOUNTVIEW, SystemName.BUCHHALTUNGSBUTLER))
                .buchhaltungsButler(BuchhaltungsButlerConfig.builder().apiClient(Secret.of("a"))
                        .apiSecret(Secret.of("b")).apiKey(Secret.of("c")).build())
                .accountView(AccountViewConfig.builder().clientId("id").clientSecret(Secret.of("s")).company("X")
                        .build())
                .build();
        assertEquals(1, config.enabledFlows().size());
        assertThrows(SyncConfigurationException.class, () -> config.toBuilder()
                .flows(List.of(config.flows().get(0))).build());
    }

    @Test
    void secretsNeverShowInToString() {
        LedgerBridgeConfig config = LedgerBridgeConfig.builder()
                .buchhaltungsButler(BuchhaltungsButlerConfig.builder().apiClient(Secret.of("client-1"))
                        .apiSecret(Secret.of("secret-2")).apiKey(Secret.of("key-3")).build())
                .accountView(AccountViewConfig.builder().clientId("id").clientSecret(Secret.of("secret-4"))
                        .company("X").build())
                .flow(flow("y", FlowEntity.CUSTOMERS, SystemName.ACCOUNTVIEW, SystemName.BUCHHALTUNGSBUTLER))
                .state(StateConfig.jdbc("jdbc:h2:mem:x", "sa", Secret.of("secret-5")))
                .build();
        String s = config.toString();
        for (String secret : List.of("client-1", "secret-2", "key-3", "secret-4", "secret-5")) {
            assertFalse(s.contains(secret), s);
        }
        assertFalse(StateConfig.jdbc("jdbc:postgresql://db/lb?user=lb&password=secret-6", null, null).toString()
                .contains("secret-6"));
        assertEquals(Secret.MASK, Secret.of("x").toString());
        assertEquals("x", Secret.of(" x\n").reveal());
    }

    @Test
    void settersRejectBadSingleValues() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> FlowConfig.builder().name("bad name"));
        assertTrue(e.getMessage().contains("'bad name'"));
        assertThrows(IllegalArgumentException.class, () -> StateConfig.jdbc("h2:file", null, null));
        assertThrows(IllegalArgumentException.class, () -> Secret.of(" "));
        assertThrows(IllegalStateException.class, () -> FlowConfig.builder().name("x").build());
    }
}

package dev.ledgerbridge.sync.spi;

import dev.ledgerbridge.sync.SyncConfigurationException;
import dev.ledgerbridge.sync.SyncEngine;
import dev.ledgerbridge.sync.connector.InMemoryConnector;
import dev.ledgerbridge.sync.flow.SyncFlows;
import dev.ledgerbridge.sync.model.Customer;
import dev.ledgerbridge.sync.state.InMemoryStateStore;
import java.util.List;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EntitiesTest {
    private static final Customer ANNA = Customer.builder().contactPerson("Anna").email("anna@example.de").build();

    /** Declares reading, searching and writing customers, but registers only the reader. */
    private static final class HalfDone implements Connector {
        @Override
        public String name() {
            return "HalfDone";
        }

        @Override
        public Capabilities capabilities() {
            return Capabilities.builder()
                    .entity(EntityType.CUSTOMER, Capability.READ, Capability.CREATE, Capability.UPDATE)
                    .searchKeys(EntityType.CUSTOMER, MatchKey.EMAIL).build();
        }

        @Override
        public Entities entities() {
            return Entities.builder()
                    .reader(EntityType.CUSTOMER, cursor -> ReadResult.of(List.of(new Identified<>("1", ANNA))))
                    .build();
        }
    }

    @Test
    void registrationsAreTypedByEntityType() {
        EntityReader<Customer> reader = cursor -> ReadResult.of(List.of(new Identified<>("1", ANNA)));
        Entities entities = Entities.builder().reader(EntityType.CUSTOMER, reader).build();

        EntityReader<Customer> back = entities.reader(EntityType.CUSTOMER).orElseThrow();

        assertSame(reader, back);
        assertTrue(entities.reader(EntityType.ORDER).isEmpty());
        assertTrue(entities.writer(EntityType.CUSTOMER).isEmpty());
        assertTrue(entities.toBuilder().build().reader(EntityType.CUSTOMER).isPresent(), "toBuilder keeps them");
    }

    @Test
    void aNullImplementationIsRefusedNamingIt() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Entities.builder().writer(EntityType.PRODUCT, null));
        assertEquals("writer of products must not be null", e.getMessage());
    }

    @Test
    void aDeclaredCapabilityWithoutImplementationFailsBeforeAnythingRunsNamingConnectorTypeAndCapability() {
        InMemoryConnector target = new InMemoryConnector("Target", Capabilities.builder()
                .entity(EntityType.CUSTOMER, Capability.READ, Capability.CREATE).build());
        SyncEngine engine = SyncEngine.builder().stateStore(new InMemoryStateStore()).build();

        SyncConfigurationException e = assertThrows(SyncConfigurationException.class,
                () -> engine.run(SyncFlows.customers(target, new HalfDone()).name("one").build(),
                        SyncFlows.customers(new HalfDone(), target).name("two").build()));

        assertEquals(List.of(
                "connector HalfDone declares CREATE for customers but registers no writer of customers in entities()",
                "connector HalfDone declares UPDATE for customers but registers no writer of customers in entities()",
                "connector HalfDone declares search keys [email] for customers but registers no lookup of customers "
                        + "in entities()"), e.problems(), "each once, though two flows use the connector");
        assertTrue(target.calls().isEmpty(), "nothing was read");
    }
}

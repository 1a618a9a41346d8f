package dev.ledgerbridge.sync.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ledgerbridge.sync.connector.InMemoryConnector;
import dev.ledgerbridge.sync.model.Customer;
import dev.ledgerbridge.sync.spi.Capabilities;
import dev.ledgerbridge.sync.spi.Capability;
import dev.ledgerbridge.sync.spi.Connector;
import dev.ledgerbridge.sync.spi.Entities;
import dev.ledgerbridge.sync.spi.EntityReader;
import dev.ledgerbridge.sync.spi.EntityType;
import dev.ledgerbridge.sync.spi.MatchKey;
import dev.ledgerbridge.sync.spi.MatchStrategy;
import dev.ledgerbridge.sync.spi.ReadResult;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/** The matcher's choice between searching key by key and one full read, from the reader's cost estimate. */
class TargetMatcherTest {
    private final InMemoryConnector system = new InMemoryConnector("Target", Capabilities.builder()
            .entity(EntityType.CUSTOMER, Capability.READ, Capability.CREATE).searchKeys(EntityType.CUSTOMER, "email")
            .build());

    TargetMatcherTest() {
        for (int i = 0; i < 50; i++) {
            system.put(EntityType.CUSTOMER, "D" + i, customer(i));
        }
    }

    private static Customer customer(int i) {
        return Customer.builder().contactPerson("Person " + i).email("p" + i + "@example.de").build();
    }

    /** The in-memory system, its reader telling what a full read costs. */
    private Connector estimating(OptionalLong calls) {
        EntityReader<Customer> reader = system.entities().reader(EntityType.CUSTOMER).orElseThrow();
        EntityReader<Customer> withEstimate = new EntityReader<>() {
            @Override
            public ReadResult<Customer> read(String changeCursor) {
                return reader.read(changeCursor);
            }

            @Override
            public OptionalLong estimateFullReadCalls() {
                return calls;
            }
        };
        Entities entities = Entities.builder().reader(EntityType.CUSTOMER, withEstimate)
                .lookup(EntityType.CUSTOMER, system.entities().lookup(EntityType.CUSTOMER).orElseThrow()).build();
        return new Connector() {
            @Override
            public String name() {
                return system.name();
            }

            @Override
            public Capabilities capabilities() {
                return system.capabilities();
            }

            @Override
            public Entities entities() {
                return entities;
            }
        };
    }

    private void findAll(TargetMatcher<Customer> matcher, int keys) {
        for (int i = 0; i < keys; i++) {
            assertTrue(matcher.find(customer(i)).isPresent(), "p" + i);
        }
    }

    @Test
    void searchesWhileThatCostsLessThanTheEstimatedFullReadThenReadsOnce() {
        TargetMatcher<Customer> matcher = new TargetMatcher<>(estimating(OptionalLong.of(3)), EntityType.CUSTOMER,
                MatchStrategy.byEmail(), 25);
        findAll(matcher, 40);
        assertEquals(2, system.calls("find", EntityType.CUSTOMER), "a third search would cost what the read costs");
        assertEquals(1, system.calls("read", EntityType.CUSTOMER), "so one read answers the other 38");
    }

    @Test
    void aTargetReadInOneCallIsReadAtOnce() {
        TargetMatcher<Customer> matcher = new TargetMatcher<>(estimating(OptionalLong.of(1)), EntityType.CUSTOMER,
                MatchStrategy.byEmail(), 25);
        findAll(matcher, 40);
        assertEquals(0, system.calls("find", EntityType.CUSTOMER));
        assertEquals(1, system.calls("read", EntityType.CUSTOMER));
    }

    @Test
    void oneKeyAgainstALargeTargetIsOneSearch() {
        TargetMatcher<Customer> matcher = new TargetMatcher<>(estimating(OptionalLong.of(11)), EntityType.CUSTOMER,
                MatchStrategy.byEmail(), 0);
        findAll(matcher, 1);
        assertEquals(1, system.calls("find", EntityType.CUSTOMER));
        assertEquals(0, system.calls("read", EntityType.CUSTOMER), "the estimate wins over the fallback of 0");
    }

    @Test
    void withoutAnEstimateTheConfiguredNumberOfSearchesIsTheFallback() {
        TargetMatcher<Customer> matcher = new TargetMatcher<>(estimating(OptionalLong.empty()), EntityType.CUSTOMER,
                MatchStrategy.byEmail(), 25);
        findAll(matcher, 40);
        assertEquals(25, system.calls("find", EntityType.CUSTOMER));
        assertEquals(1, system.calls("read", EntityType.CUSTOMER));
    }

    @Test
    void aKeyAskedAgainIsAnsweredFromTheSearchCache() {
        TargetMatcher<Customer> matcher = new TargetMatcher<>(estimating(OptionalLong.of(100)), EntityType.CUSTOMER,
                MatchStrategy.byEmail(), 25);
        for (int i = 0; i < 5; i++) {
            assertEquals(1, matcher.find(new MatchKey(MatchKey.EMAIL, "p7@example.de")).size());
        }
        assertEquals(1, system.calls("find", EntityType.CUSTOMER));
    }

    @Test
    void aRecordThisRunCreatedIsNotKeptInTheIndex() {
        TargetMatcher<Customer> matcher = new TargetMatcher<>(estimating(OptionalLong.of(1)), EntityType.CUSTOMER,
                MatchStrategy.byEmail(), 25);
        findAll(matcher, 1); // builds the index from one read
        matcher.remember("NEW", Customer.builder().email("new@example.de").build());
        assertTrue(matcher.find(new MatchKey(MatchKey.EMAIL, "new@example.de")).isEmpty(),
                "the key registry in the state store answers for it; the index does not grow with a run's writes");
        assertTrue(matcher.known("NEW").isEmpty());
        assertEquals(0, system.calls("find", EntityType.CUSTOMER));
        assertEquals(1, system.calls("read", EntityType.CUSTOMER));
    }
}

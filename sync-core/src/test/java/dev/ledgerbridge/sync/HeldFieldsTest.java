package dev.ledgerbridge.sync;

import dev.ledgerbridge.sync.connector.InMemoryConnector;
import dev.ledgerbridge.sync.flow.SyncFlows;
import dev.ledgerbridge.sync.model.Customer;
import dev.ledgerbridge.sync.model.OrderType;
import dev.ledgerbridge.sync.report.Action;
import dev.ledgerbridge.sync.report.FlowReport;
import dev.ledgerbridge.sync.report.RecordResult;
import dev.ledgerbridge.sync.spi.Capabilities;
import dev.ledgerbridge.sync.spi.Connector;
import dev.ledgerbridge.sync.spi.Entities;
import dev.ledgerbridge.sync.spi.EntityType;
import dev.ledgerbridge.sync.spi.EntityWriter;
import dev.ledgerbridge.sync.spi.Update;
import dev.ledgerbridge.sync.state.InMemoryStateStore;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static dev.ledgerbridge.sync.spi.Capability.CREATE;
import static dev.ledgerbridge.sync.spi.Capability.READ;
import static dev.ledgerbridge.sync.spi.Capability.UPDATE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Updates are written only when the target lacks a value it can hold, and reported UPDATED only then. */
class HeldFieldsTest {
    private static final String[] BB_FIELDS = {"customerNumber", "companyName", "contactPerson", "email", "vatId",
        "billingAddress"};

    private InMemoryConnector shop;
    private InMemoryStateStore state;
    private Customer withPhone;

    @BeforeEach
    void setUp() {
        shop = Systems.accountView();
        state = new InMemoryStateStore();
        withPhone = Systems.company("Müller GmbH", "Anna Müller", "anna@mueller.de").toBuilder()
                .phone("030 1234567").deliveryAddress(Systems.person("x", "x@y.de").billingAddress()).build();
        shop.put(EntityType.CUSTOMER, "1001", withPhone);
    }

    /** A debtor store like BuchhaltungsButler's: no phone, no delivery address. */
    private static InMemoryConnector ledger(String... fields) {
        Capabilities.Builder c = Capabilities.builder().entity(EntityType.CUSTOMER, READ, CREATE, UPDATE)
                .entity(EntityType.ORDER, READ, CREATE).writableOrderTypes(OrderType.INVOICE);
        if (fields.length > 0) {
            c.fields(EntityType.CUSTOMER, fields);
        }
        return new InMemoryConnector("Ledger", c.build());
    }

    private static Customer withoutPhone(Customer c) {
        return c.toBuilder().phone(null).deliveryAddress(null).build();
    }

    private FlowReport run(Connector target, Settings settings) {
        return SyncEngine.builder().settings(settings).stateStore(state).build()
                .run(SyncFlows.customers(shop, target).name("customers").build()).flow("customers");
    }

    @Test
    void fieldsTheTargetCannotHoldCauseNoWriteAndTheRecordIsUnchanged() {
        InMemoryConnector ledger = ledger(BB_FIELDS);
        ledger.put(EntityType.CUSTOMER, "D1", withoutPhone(withPhone));

        FlowReport report = run(ledger, Settings.builder().build());

        RecordResult result = report.findResult("1001").orElseThrow();
        assertEquals(Action.UNCHANGED, result.action(), report.toString());
        assertEquals(java.util.Optional.of("found up to date in Ledger"), result.reason());
        assertEquals(0, report.count(Action.UPDATED));
        assertEquals(0, ledger.writeCalls());
        assertEquals("D1", state.link("customers", "1001").orElseThrow().targetId(), "linked for the next run");

        ledger.resetCalls();
        shop.put(EntityType.CUSTOMER, "1001", withPhone.toBuilder().phone("030 7654321").build());
        FlowReport second = run(ledger, Settings.builder().build());
        assertEquals(Action.UNCHANGED, second.findResult("1001").orElseThrow().action(), second.toString());
        assertEquals(0, ledger.writeCalls(), "a changed phone is still nothing the ledger holds");
    }

    @Test
    void aHeldFieldThatDiffersIsWrittenAndTheStoreKeepsOnlyWhatItHolds() {
        InMemoryConnector ledger = ledger(BB_FIELDS);
        ledger.put(EntityType.CUSTOMER, "D1", withoutPhone(withPhone).toBuilder().vatId("DE111111111").build());

        FlowReport report = run(ledger, Settings.builder().build());

        assertEquals(Action.UPDATED, report.findResult("1001").orElseThrow().action(), report.toString());
        assertEquals(1, ledger.calls("update", EntityType.CUSTOMER));
        Customer stored = ledger.get(EntityType.CUSTOMER, "D1").orElseThrow();
        assertNull(stored.vatId(), "the source has no VAT id");
        assertNull(stored.phone(), "the ledger holds no phone");
        assertNull(stored.deliveryAddress(), "the ledger holds no delivery address");
        assertEquals("Anna Müller", stored.contactPerson());
    }

    @Test
    void withoutADeclarationEveryFieldCountsSoThePhoneIsWritten() {
        InMemoryConnector ledger = ledger();
        ledger.put(EntityType.CUSTOMER, "D1", withoutPhone(withPhone));

        FlowReport report = run(ledger, Settings.builder().build());

        assertEquals(Action.UPDATED, report.findResult("1001").orElseThrow().action(), report.toString());
        assertEquals("030 1234567", ledger.get(EntityType.CUSTOMER, "D1").orElseThrow().phone());
    }

    @Test
    void aDifferenceOnlyInACreateOnlyFieldCausesNoWrite() {
        InMemoryConnector ledger = ledger(BB_FIELDS);
        ledger.put(EntityType.CUSTOMER, "D1", withoutPhone(withPhone).toBuilder().customerNumber("K-7").build());

        FlowReport report = run(ledger, Settings.builder()
                .createOnlyFields(EntityType.CUSTOMER, "customerNumber").build());

        assertEquals(Action.UNCHANGED, report.findResult("1001").orElseThrow().action(), report.toString());
        assertEquals(0, ledger.writeCalls());
    }

    @Test
    void aWriterThatFindsNothingToChangeMakesTheRecordUnchanged() {
        InMemoryConnector ledger = ledger();
        ledger.put(EntityType.CUSTOMER, "D1", withoutPhone(withPhone));
        AtomicInteger asked = new AtomicInteger();
        Connector noOp = new Delegating(ledger, ledger.entities().toBuilder()
                .writer(EntityType.CUSTOMER, new EntityWriter<>() {
                    @Override
                    public String create(Customer value) {
                        throw new AssertionError("no create expected");
                    }

                    @Override
                    public boolean updateIfChanged(Update<Customer> update) {
                        asked.incrementAndGet();
                        return false;
                    }
                }).build());

        FlowReport report = run(noOp, Settings.builder().build());

        assertEquals(1, asked.get(), "the engine asked the writer, which knows better");
        RecordResult result = report.findResult("1001").orElseThrow();
        assertEquals(Action.UNCHANGED, result.action(), report.toString());
        assertEquals(java.util.Optional.of("found up to date in Ledger"), result.reason());
        assertTrue(state.link("customers", "1001").isPresent());
    }

    @Test
    void theDefaultUpdateIfChangedUpdatesAndAnswersTrue() {
        AtomicInteger updates = new AtomicInteger();
        EntityWriter<Customer> legacy = new EntityWriter<>() {
            @Override
            public String create(Customer value) {
                return "x";
            }

            @Override
            public void update(Update<Customer> update) {
                updates.incrementAndGet();
            }
        };

        assertTrue(legacy.updateIfChanged(new Update<>("D1", withPhone, java.util.Set.of(),
                java.util.Optional.empty())));
        assertEquals(1, updates.get());
    }

    @Test
    void orderFlowsEnsureCustomersWithoutWritingFieldsTheTargetCannotHold() {
        InMemoryConnector ledger = ledger(BB_FIELDS);
        ledger.put(EntityType.CUSTOMER, "D1", withoutPhone(withPhone));
        shop.put(EntityType.ORDER, "SO-1", Systems.salesOrder("SO-1", withPhone, Systems.line("1001", "1", "9.50")));

        FlowReport report = SyncEngine.builder().settings(Settings.builder().build()).stateStore(state).build()
                .run(SyncFlows.orders(shop, ledger).name("orders").build()).flow("orders");

        RecordResult result = report.findResult("SO-1").orElseThrow();
        assertEquals(Action.CREATED, result.action(), report.toString());
        assertEquals(0, ledger.calls("update", EntityType.CUSTOMER));
        assertFalse(result.notes().stream().anyMatch(n -> n.contains("updated")), result.notes().toString());
        assertEquals("D1", ledger.all(EntityType.ORDER).get(0).value().customerId());
    }

    @Test
    void anUnknownFieldIsRefusedWithItsName() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Capabilities.builder().fields(EntityType.CUSTOMER, "fax"));
        assertTrue(e.getMessage().contains("'fax'") && e.getMessage().contains("customer"), e.getMessage());
        assertEquals(EntityType.CUSTOMER.fieldNames(), Capabilities.builder().build().fields(EntityType.CUSTOMER),
                "undeclared: all fields");
    }

    /** Another connector with other implementations. */
    private static final class Delegating implements Connector {
        private final Connector inner;
        private final Entities entities;

        Delegating(Connector inner, Entities entities) {
            this.inner = inner;
            this.entities = entities;
        }

        @Override
        public String name() {
            return inner.name();
        }

        @Override
        public Capabilities capabilities() {
            return inner.capabilities();
        }

        @Override
        public Entities entities() {
            return entities;
        }
    }
}

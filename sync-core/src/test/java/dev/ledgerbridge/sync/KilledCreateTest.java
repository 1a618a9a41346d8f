package dev.ledgerbridge.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ledgerbridge.sync.connector.InMemoryConnector;
import dev.ledgerbridge.sync.flow.SyncFlow;
import dev.ledgerbridge.sync.flow.SyncFlows;
import dev.ledgerbridge.sync.model.Customer;
import dev.ledgerbridge.sync.model.Order;
import dev.ledgerbridge.sync.report.Action;
import dev.ledgerbridge.sync.report.FlowReport;
import dev.ledgerbridge.sync.report.SyncReport;
import dev.ledgerbridge.sync.spi.Connector;
import dev.ledgerbridge.sync.spi.Entities;
import dev.ledgerbridge.sync.spi.EntityType;
import dev.ledgerbridge.sync.spi.EntityWriter;
import dev.ledgerbridge.sync.state.InMemoryStateStore;
import dev.ledgerbridge.sync.state.StateStore;
import dev.ledgerbridge.transport.ManualTimeSource;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BiConsumer;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The interleaving behind the duplicate debtor of the crash suite ({@code CONCURRENT_ORDERS_AND_CUSTOMERS}), made
 * deterministic: two "processes" (engines, each with its own view of one state store) run the order flow and the
 * customer flow AccountView -> BuchhaltungsButler.
 * <ol>
 *   <li>the order flow reads BuchhaltungsButler's debtors (its index, for the first order's customer), then
 *   waits;</li>
 *   <li>the customer flow creates Anna's debtor under her key lock and is killed ({@code kill -9}) right after the
 *   create reached BuchhaltungsButler: no link, no key-registry entry, its key lock left in the state;</li>
 *   <li>its flow lock's lease ends (no renewal); the order flow reaches Anna's order, takes the dead run's key lock
 *   over, finds nothing in its index (read before the create) nor in the registry, and, before the fix, created a
 *   second debtor for Anna.</li>
 * </ol>
 * The killed run's guarded create now marks Anna's key before the call and clears it only after link and registry
 * are saved; the order flow finds that mark under the key lock and reads BuchhaltungsButler again instead of
 * trusting its index. Both orders of the runs' clocks are covered: the mark written after the order run started,
 * and before it (the order run's read still predating the create that landed).
 */
class KilledCreateTest {
    private static final Instant T0 = Instant.parse("2026-12-02T09:00:00Z");
    private static final String ANNA = "anna@mueller.de";

    /** Stands for {@code kill -9}: an {@link Error} the engine never catches per record, and a state gone dead. */
    static final class Killed extends Error {
        private static final long serialVersionUID = 1L;

        Killed() {
            super("process killed (kill -9)");
        }
    }

    private final InMemoryConnector av = Systems.accountView();
    private final InMemoryConnector bbStore = Systems.buchhaltungsButler();
    private final InMemoryStateStore state = new InMemoryStateStore();
    private final Customer bert = Systems.company("Brandt KG", "Bert Brandt", "bert@brandt.de");
    private final Customer anna = Systems.company("Müller GmbH", "Anna Müller", ANNA);

    @ParameterizedTest(name = "customer run's clock after the order run's start: {0}, batch create: {1}")
    @CsvSource({"true,false", "false,false", "true,true", "false,true"})
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void aCustomerCreateKilledBeforeItsRegistryWriteIsFoundNotRepeatedByTheOrderFlowOfAnotherProcess(
            boolean markAfterOrderRunStart, boolean batchCreate) throws Exception {
        av.put(EntityType.PRODUCT, "A1", Systems.product("1001", "Schraube"));
        av.put(EntityType.CUSTOMER, "C1", bert);
        av.put(EntityType.CUSTOMER, "C2", anna);
        av.put(EntityType.ORDER, "SO-1", Systems.salesOrder("SO-1", bert, Systems.line("1001", "1", "10.00")));
        av.put(EntityType.ORDER, "SO-2", Systems.salesOrder("SO-2", anna, Systems.line("1001", "2", "10.00")));
        Instant ordersClock = markAfterOrderRunStart ? T0 : T0.plus(Duration.ofMinutes(1));
        Instant customersClock = markAfterOrderRunStart ? T0.plus(Duration.ofMinutes(1)) : T0;

        // process 1: the order flow, held after its first order (its debtor index is read by then)
        CountDownLatch ordersPaused = new CountDownLatch(1);
        CountDownLatch customersDead = new CountDownLatch(1);
        Connector ordersBb = afterWrites(bbStore, (type, values) -> {
            if (values.stream().anyMatch(v -> v instanceof Order o && o.reference().endsWith("SO-1"))) {
                ordersPaused.countDown();
                await(customersDead);
            }
        });
        ExecutorService processes = Executors.newFixedThreadPool(2);
        CompletableFuture<SyncReport> ordersRun = CompletableFuture.supplyAsync(() -> engine(state, ordersClock, 1)
                .run(SyncFlows.orders(av, ordersBb).name("orders").productCatalog(av).build()), processes);
        try {
            assertTrue(ordersPaused.await(30, TimeUnit.SECONDS), "the order flow wrote its first order");

            // process 2: the customer flow, killed right after Anna's debtor reached BuchhaltungsButler
            AtomicBoolean dead = new AtomicBoolean();
            Connector customersBb = afterWrites(bbStore, (type, values) -> {
                if (values.stream().anyMatch(v -> v instanceof Customer c && ANNA.equals(c.email()))) {
                    dead.set(true);
                    throw new Killed();
                }
            });
            SyncFlow customers = SyncFlows.customers(av, customersBb).name("customers").build();
            Throwable killed = CompletableFuture.supplyAsync(() -> engine(dying(state, dead), customersClock,
                    batchCreate ? 50 : 1).run(customers), processes).handle((r, e) -> e).get(30, TimeUnit.SECONDS);
            assertInstanceOf(Killed.class, killed.getCause(), String.valueOf(killed));
            assertEquals(1, debtors(ANNA), "Anna's debtor landed before the kill");
            state.releaseLock("customers"); // the dead process renews its flow lock no more: the lease ends
        } finally {
            customersDead.countDown();
        }
        FlowReport orders;
        try {
            orders = ordersRun.get(30, TimeUnit.SECONDS).flow("orders");
        } finally {
            processes.shutdownNow();
        }
        assertEquals(1, debtors(ANNA), "Anna has one debtor in BuchhaltungsButler, not two: " + bbStore.all(
                EntityType.CUSTOMER));
        assertEquals(2, orders.count(Action.CREATED), orders.toString());
        String annasDebtor = bbStore.all(EntityType.CUSTOMER).stream()
                .filter(d -> ANNA.equals(d.value().email())).findFirst().orElseThrow().id();
        assertTrue(bbStore.all(EntityType.ORDER).stream().anyMatch(o -> o.value().reference().endsWith("SO-2")
                && annasDebtor.equals(o.value().customerId())), "Anna's invoice goes to her one debtor");

        // the next runs of both flows: everything linked, nothing created twice, nothing lost
        SyncFlow customers = SyncFlows.customers(av, bbStore).name("customers").build();
        SyncFlow again = SyncFlows.orders(av, bbStore).name("orders").productCatalog(av).build();
        SyncReport next = engine(state, T0.plus(Duration.ofMinutes(2)), batchCreate ? 50 : 1).run(customers, again);
        assertEquals(0, next.count(Action.FAILED), next.toString());
        assertEquals(0, next.count(Action.CREATED), next.toString());
        assertEquals(2, bbStore.all(EntityType.CUSTOMER).size(), bbStore.all(EntityType.CUSTOMER).toString());
        assertEquals(2, bbStore.all(EntityType.ORDER).size());
    }

    private long debtors(String email) {
        return bbStore.all(EntityType.CUSTOMER).stream().filter(d -> email.equals(d.value().email())).count();
    }

    private static SyncEngine engine(StateStore store, Instant clock, int batchSize) {
        return SyncEngine.builder().settings(Settings.builder().timeSource(new ManualTimeSource(clock))
                .batchSize(batchSize).keyLockTimeout(Duration.ofSeconds(10)).build()).stateStore(store).build();
    }

    private static void await(CountDownLatch latch) {
        try {
            assertTrue(latch.await(30, TimeUnit.SECONDS));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The state as one process sees it: once it is dead, every call fails and nothing more is written. */
    private static StateStore dying(StateStore delegate, AtomicBoolean dead) {
        return (StateStore) Proxy.newProxyInstance(StateStore.class.getClassLoader(),
                new Class<?>[] {StateStore.class}, (proxy, method, args) -> {
                    if (dead.get()) {
                        throw new Killed();
                    }
                    return invoke(delegate, method, args);
                });
    }

    /** A connector whose creates (single or batch) call {@code after} once they have reached the system. */
    private static Connector afterWrites(Connector delegate, BiConsumer<EntityType<?>, List<?>> after) {
        return (Connector) Proxy.newProxyInstance(Connector.class.getClassLoader(), new Class<?>[] {Connector.class},
                (proxy, method, args) -> {
                    Object result = invoke(delegate, method, args);
                    if (!method.getName().equals("entities")) {
                        return result;
                    }
                    Entities entities = (Entities) result;
                    Entities.Builder watched = entities.toBuilder();
                    entities.writable().forEach(type -> watchWriter(watched, entities, type, after));
                    return watched.build();
                });
    }

    private static <T> void watchWriter(Entities.Builder watched, Entities entities, EntityType<T> type,
            BiConsumer<EntityType<?>, List<?>> after) {
        EntityWriter<T> writer = entities.writer(type).orElseThrow();
        @SuppressWarnings("unchecked") // a proxy of the interface it implements
        EntityWriter<T> watching = (EntityWriter<T>) Proxy.newProxyInstance(EntityWriter.class.getClassLoader(),
                new Class<?>[] {EntityWriter.class}, (p, m, a) -> {
                    Object written = invoke(writer, m, a);
                    if (m.getName().equals("create")) {
                        after.accept(type, List.of(a[0]));
                    } else if (m.getName().equals("createAll")) {
                        after.accept(type, (List<?>) a[0]);
                    }
                    return written;
                });
        watched.writer(type, watching);
    }

    private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}

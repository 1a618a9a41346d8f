package dev.ledgerbridge.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ledgerbridge.sync.connector.InMemoryConnector;
import dev.ledgerbridge.sync.flow.SyncFlows;
import dev.ledgerbridge.sync.model.Customer;
import dev.ledgerbridge.sync.model.OrderLine;
import dev.ledgerbridge.sync.report.Action;
import dev.ledgerbridge.sync.report.FlowReport;
import dev.ledgerbridge.sync.spi.EntityType;
import dev.ledgerbridge.sync.state.InMemoryActivityLog;
import dev.ledgerbridge.sync.state.InMemoryStateStore;
import java.math.BigDecimal;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * Input built to hurt: numbers whose plain form has a billion digits, names of megabytes. Each such record fails
 * alone, with a reason naming field, value and rule of bounded length; the others sync, and nothing hangs (the
 * timeouts below only guard against a hang, they measure nothing).
 */
class HostileInputTest {
    private final InMemoryConnector av = Systems.accountView();
    private final InMemoryConnector bb = Systems.buchhaltungsButler();
    private final InMemoryActivityLog log = new InMemoryActivityLog();

    private SyncEngine engine() {
        return SyncEngine.builder().stateStore(new InMemoryStateStore()).activityLog(log).build();
    }

    @Test
    void aPriceWithAHugeExponentFailsItsOrderAloneInsteadOfExhaustingMemory() {
        av.put(EntityType.PRODUCT, "A1", Systems.product("1001", "Schraube"));
        av.put(EntityType.ORDER, "SO-1", Systems.salesOrder("SO-1", Systems.person("Jan", "jan@devries.nl"),
                OrderLine.builder().sku("1001").quantity(BigDecimal.ONE)
                        .unitPrice(new BigDecimal("1E+999999999")).build()));
        av.put(EntityType.ORDER, "SO-2", Systems.salesOrder("SO-2", Systems.person("Eva", "eva@example.de"),
                Systems.line("1001", "1", "10.00")));

        FlowReport report = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> engine()
                .run(SyncFlows.orders(av, bb).name("orders").productCatalog(av).build()).flow("orders"));

        assertEquals(Action.CREATED, report.findResult("SO-2").orElseThrow().action(), report.toString());
        String reason = report.findResult("SO-1").orElseThrow().reason().orElseThrow();
        assertEquals(Action.FAILED, report.findResult("SO-1").orElseThrow().action());
        assertTrue(reason.contains("unitPrice") && reason.contains("digits"),
                reason);
        assertEquals(1, bb.all(EntityType.ORDER).size());
    }

    @Test
    void aMegabyteNameFailsItsCustomerAloneWithABoundedReasonAndRedactionTakesNoTime() {
        String huge = "A".repeat(10_000_000);
        av.put(EntityType.CUSTOMER, "1", Customer.builder().companyName(huge).email("big@example.de").build());
        av.put(EntityType.CUSTOMER, "2", Systems.person("Eva", "eva@example.de"));

        FlowReport report = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> engine()
                .run(SyncFlows.customers(av, bb).name("customers").build()).flow("customers"));

        assertEquals(Action.CREATED, report.findResult("2").orElseThrow().action(), report.toString());
        String reason = report.findResult("1").orElseThrow().reason().orElseThrow();
        assertTrue(reason.contains("companyName") && reason.length() < 5_000, () -> reason.substring(0, 300));
        String logged = log.events("customers").stream().filter(e -> e.action() == Action.FAILED).findFirst()
                .orElseThrow().reason();
        assertTrue(logged.length() < 5_000, "activity log reason of " + logged.length() + " characters");
    }
}

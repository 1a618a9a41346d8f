package dev.ledgerbridge.sync.buchhaltungsbutler;

import dev.ledgerbridge.sync.Settings;
import dev.ledgerbridge.sync.SyncEngine;
import dev.ledgerbridge.sync.connector.InMemoryConnector;
import dev.ledgerbridge.sync.flow.SyncFlow;
import dev.ledgerbridge.sync.flow.SyncFlows;
import dev.ledgerbridge.sync.model.Address;
import dev.ledgerbridge.sync.report.Action;
import dev.ledgerbridge.sync.report.FlowReport;
import dev.ledgerbridge.sync.report.RecordResult;
import dev.ledgerbridge.sync.spi.EntityType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Customers from an AccountView-like source into the BB emulator through the real engine and client. */
class CustomersIntoBuchhaltungsButlerTest {
    private static final String LIST = "/settings/get/debtors";
    private static final String ADD = "/settings/add/debtor";
    private static final String UPDATE = "/settings/update/debtor";
    private static final String BATCH = "/settings/add-batch/debtors";

    private final BbFixture bb = new BbFixture();
    private final InMemoryConnector av = BbFixture.accountView();

    @AfterEach
    void close() {
        bb.close();
    }

    private Map<String, Object> debtor(String number) {
        return bb.emulator.tenant().debtors().stream().filter(d -> number.equals(d.get("postingaccount_number")))
                .findFirst().orElseThrow(() -> new AssertionError("no debtor " + number));
    }

    @Test
    void firstRunCreatesCompanyAndPersonDebtorsInvalidEmailFailsAloneRerunWritesNothingEditsUpdateOnly() {
        av.put(EntityType.CUSTOMER, "C1", BbFixture.company("Muster GmbH", "Erika Muster", "erika@muster.de"));
        av.put(EntityType.CUSTOMER, "C2", BbFixture.person("Jan de Vries", "Jan@Example.NL"));
        av.put(EntityType.CUSTOMER, "C3", BbFixture.person("Broken Mail", "not-an-email"));
        SyncFlow flow = SyncFlows.customers(av, bb.connector()).name("customers").build();
        SyncEngine engine = bb.engine();

        FlowReport first = engine.run(flow).flow("customers");

        assertEquals(2, first.count(Action.CREATED), first.toString());
        RecordResult failed = first.failures().get(0);
        assertEquals("C3", failed.sourceId());
        assertTrue(failed.reason().orElseThrow().contains("must be a well-formed e-mail address"), failed.toString());
        assertEquals(1, bb.calls(LIST), "one debtor list for the prefetched index");
        assertEquals(2, bb.calls(ADD));
        assertEquals(3, bb.totalCalls(), "minimum: 1 list + 2 creates");

        Map<String, Object> company = debtor(first.findResult("C1").orElseThrow().targetId().orElseThrow());
        assertEquals("Muster GmbH", company.get("name"));
        assertEquals("Erika Muster", company.get("contact_person_name"));
        assertEquals("Hauptstraße 1", company.get("street"));
        assertEquals("10115", company.get("zip"));
        assertEquals("Berlin", company.get("city"));
        assertEquals("DE", company.get("country"));
        assertEquals("DE123456789", company.get("sales_tax_id_eu"));
        assertEquals("erika@muster.de", company.get("email"));
        Map<String, Object> person = debtor(first.findResult("C2").orElseThrow().targetId().orElseThrow());
        assertEquals("Jan de Vries", person.get("name"));
        assertTrue(person.get("contact_person_name") == null || "".equals(person.get("contact_person_name")),
                String.valueOf(person));
        assertEquals("jan@example.nl", person.get("email"), "the default mapper lower-cases e-mails");
        assertEquals("Keizersgracht 12a", person.get("street"));

        bb.resetCalls();
        FlowReport rerun = engine.run(flow).flow("customers");

        assertEquals(2, rerun.count(Action.UNCHANGED), rerun.toString());
        assertEquals(1, rerun.failures().size());
        assertTrue(bb.totalCalls() <= 1, "rerun: at most the one list call, got " + bb.emulator.stats());
        assertEquals(0, bb.calls(ADD) + bb.calls(UPDATE) + bb.calls(BATCH));

        av.put(EntityType.CUSTOMER, "C1", BbFixture.company("Muster GmbH", "Erika Muster", "erika@muster.de")
                .toBuilder().billingAddress(Address.builder().street("Lindenallee").houseNumber("7").postcode("20095")
                        .city("Hamburg").country("DE").build()).build());
        bb.resetCalls();
        FlowReport edited = engine.run(flow).flow("customers");

        assertEquals(1, edited.count(Action.UPDATED), edited.toString());
        assertEquals(1, edited.count(Action.UNCHANGED));
        assertEquals(0, bb.calls(ADD));
        assertEquals(1, bb.calls(UPDATE));
        assertEquals(0, bb.calls(LIST), "the update's full record is the one this connector created moments ago");
        company = debtor(first.findResult("C1").orElseThrow().targetId().orElseThrow());
        assertEquals("Lindenallee 7", company.get("street"));
        assertEquals("Hamburg", company.get("city"));
        assertEquals("Erika Muster", company.get("contact_person_name"));
    }

    @Test
    void existingDebtorIsMatchedByEmailAndUpdatedWithEveryFieldKeepingIbanAndCreateOnlyFields() {
        String number = bb.emulator.tenant().addDebtor(Map.of("name", "Muster GmbH (alt)", "email", "erika@muster.de",
                "iban", "DE89370400440532013000", "bic", "COBADEFFXXX", "customer_number", "BB-77",
                "additional_address_line", "Hinterhaus"));
        av.put(EntityType.CUSTOMER, "C1", BbFixture.company("Muster GmbH", "Erika Muster", "ERIKA@muster.de"));
        SyncEngine engine = bb.engine(Settings.builder().timeSource(bb.time)
                .createOnlyFields(EntityType.CUSTOMER, "customerNumber").build());

        FlowReport report = engine.run(SyncFlows.customers(av, bb.connector()).name("customers").build())
                .flow("customers");

        assertEquals(List.of(number), report.sample().stream().filter(x -> x.action() == Action.UPDATED).toList().stream().map(r -> r.targetId().orElseThrow()).toList(),
                report.toString());
        assertEquals(1, bb.calls(LIST));
        assertEquals(1, bb.calls(UPDATE));
        assertEquals(0, bb.calls(ADD));
        Map<String, Object> d = debtor(number);
        assertEquals("Muster GmbH", d.get("name"));
        assertEquals("Erika Muster", d.get("contact_person_name"));
        assertEquals("DE89370400440532013000", d.get("iban"), "fields the canonical model lacks are sent back");
        assertEquals("COBADEFFXXX", d.get("bic"));
        assertEquals("Hinterhaus", d.get("additional_addressline"));
        assertEquals("BB-77", d.get("customer_number"), "create-only field kept");
        assertEquals(1, bb.emulator.tenant().debtors().size());
    }

    @Test
    void batchCreateIsOffByDefaultAndWhenOnCreatesInOneCallAndReadsBackOnceToConfirmEmails() {
        assertTrue(!bb.connector().capabilities().has(EntityType.CUSTOMER,
                dev.ledgerbridge.sync.spi.Capability.BATCH_CREATE));
        for (int i = 0; i < 5; i++) {
            av.put(EntityType.CUSTOMER, "C" + i, BbFixture.person("Person " + i, "p" + i + "@example.de"));
        }
        SyncFlow flow = SyncFlows.customers(av, bb.connector(b -> b.batchCreateCustomers(true))).name("c").build();

        FlowReport report = bb.engine().run(flow).flow("c");

        assertEquals(5, report.count(Action.CREATED), report.toString());
        assertEquals(1, bb.calls(BATCH));
        assertEquals(2, bb.calls(LIST), "prefetch + one read-back of the batch");
        assertEquals(0, bb.calls(ADD));
        for (int i = 0; i < 5; i++) {
            Map<String, Object> d = debtor(report.findResult("C" + i).orElseThrow().targetId().orElseThrow());
            assertEquals("Person " + i, d.get("name"));
            assertEquals("p" + i + "@example.de", d.get("email"));
        }
        bb.resetCalls();
        assertEquals(5, bb.engine().run(flow).flow("c").count(Action.UNCHANGED));
        assertEquals(0, bb.totalCalls());
    }

    @Test
    void anItemRefusedInsideABatchFailsAloneWithBbsReason() {
        av.put(EntityType.CUSTOMER, "C1", BbFixture.person("Eins", "eins@example.de"));
        // accepted by Bean Validation (canonical model and client), refused by BB's e-mail rule (error 20)
        av.put(EntityType.CUSTOMER, "C2", BbFixture.person("Zwei", "zwei@localhost"));
        av.put(EntityType.CUSTOMER, "C3", BbFixture.person("Drei", "drei@example.de"));
        SyncFlow flow = SyncFlows.customers(av, bb.connector(b -> b.batchCreateCustomers(true))).name("c").build();

        FlowReport report = bb.engine().run(flow).flow("c");

        assertEquals(2, report.count(Action.CREATED), report.toString());
        String reason = report.findResult("C2").orElseThrow().reason().orElseThrow();
        assertTrue(reason.contains("error 20") && reason.contains("email"), reason);
        assertEquals(1, bb.calls(BATCH));
        assertEquals(2, bb.emulator.tenant().debtors().size());
        assertEquals("Drei", debtor(report.findResult("C3").orElseThrow().targetId().orElseThrow()).get("name"));
    }
}

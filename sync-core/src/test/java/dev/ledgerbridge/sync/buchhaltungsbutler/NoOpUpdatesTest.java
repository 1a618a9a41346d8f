package dev.ledgerbridge.sync.buchhaltungsbutler;

import dev.ledgerbridge.sync.connector.InMemoryConnector;
import dev.ledgerbridge.sync.flow.SyncFlow;
import dev.ledgerbridge.sync.flow.SyncFlows;
import dev.ledgerbridge.sync.model.Address;
import dev.ledgerbridge.sync.model.Customer;
import dev.ledgerbridge.sync.report.Action;
import dev.ledgerbridge.sync.report.FlowReport;
import dev.ledgerbridge.sync.spi.EntityType;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Debtors that already hold everything BB can hold of a customer are not updated (BB allows 100 calls/min). */
class NoOpUpdatesTest {
    private static final String UPDATE = "/settings/update/debtor";
    private static final String LIST = "/settings/get/debtors";

    private final BbFixture bb = new BbFixture();
    private final InMemoryConnector av = BbFixture.accountView();

    @AfterEach
    void close() {
        bb.close();
    }

    private FlowReport run() {
        SyncFlow flow = SyncFlows.customers(av, bb.connector()).name("customers").build();
        return bb.engine().run(flow).flow("customers");
    }

    @Test
    void declaresWhatADebtorHolds() {
        assertEquals(Set.of("customerNumber", "companyName", "contactPerson", "email", "vatId", "billingAddress"),
                bb.connector().capabilities().fields(EntityType.CUSTOMER));
    }

    @Test
    void debtorMatchedByEmailDifferingOnlyInPhoneAndDeliveryAddressIsNotUpdated() {
        String number = bb.emulator.tenant().addDebtor(Map.of("name", "Muster GmbH",
                "contact_person_name", "Erika Muster", "email", "Erika@Muster.de", "street", "Hauptstraße 1",
                "zip", "10115", "city", "Berlin", "country", "DE", "customer_number", "K-12",
                "sales_tax_id", "DE123456789", "iban", "DE89370400440532013000"));
        av.put(EntityType.CUSTOMER, "C1", BbFixture.company("Muster GmbH", "Erika Muster", "erika@muster.de")
                .toBuilder().phone("+49 30 1234567").deliveryAddress(Address.builder().street("Lagerweg")
                        .houseNumber("3").postcode("10117").city("Berlin").country("DE").build()).build());

        FlowReport report = run();

        assertEquals(Action.UNCHANGED, report.findResult("C1").orElseThrow().action(), report.toString());
        assertEquals(number, report.findResult("C1").orElseThrow().targetId().orElseThrow());
        assertEquals(0, bb.calls(UPDATE));
        assertEquals(1, bb.calls(LIST));
        assertEquals(1, bb.totalCalls(), "the one list call is all");
    }

    @Test
    void companyWithoutContactPersonReadBackAsPersonIsNotUpdated() {
        bb.emulator.tenant().addDebtor(Map.of("name", "Schmidt AG", "email", "info@schmidt.de",
                "street", "Hauptstraße 1", "zip", "10115", "city", "Berlin", "country", "DE",
                "customer_number", "K-12", "sales_tax_id", "DE123456789"));
        Customer company = BbFixture.company("Schmidt AG", "Erika Muster", "info@schmidt.de").toBuilder()
                .contactPerson(null).build();
        av.put(EntityType.CUSTOMER, "C1", company);

        FlowReport report = run();

        assertEquals(Action.UNCHANGED, report.findResult("C1").orElseThrow().action(), report.toString());
        assertEquals(0, bb.calls(UPDATE), "the connector found that the debtor's fields would not change");
    }

    @Test
    void aFieldTheDebtorHoldsStillCausesOneUpdate() {
        String number = bb.emulator.tenant().addDebtor(Map.of("name", "Muster GmbH",
                "contact_person_name", "Erika Muster", "email", "erika@muster.de", "street", "Hauptstraße 1",
                "zip", "10115", "city", "Berlin", "country", "DE", "customer_number", "K-12",
                "sales_tax_id", "DE999999999"));
        av.put(EntityType.CUSTOMER, "C1", BbFixture.company("Muster GmbH", "Erika Muster", "erika@muster.de")
                .toBuilder().phone("+49 30 1234567").build());

        FlowReport report = run();

        assertEquals(Action.UPDATED, report.findResult("C1").orElseThrow().action(), report.toString());
        assertEquals(1, bb.calls(UPDATE));
        assertEquals("DE123456789", bb.emulator.tenant().debtors().stream()
                .filter(d -> number.equals(d.get("postingaccount_number"))).findFirst().orElseThrow()
                .get("sales_tax_id_eu"));
    }
}

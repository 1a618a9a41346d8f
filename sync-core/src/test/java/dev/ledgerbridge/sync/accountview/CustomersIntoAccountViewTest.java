package dev.ledgerbridge.sync.accountview;

import dev.ledgerbridge.sync.connector.InMemoryConnector;
import dev.ledgerbridge.sync.flow.SyncFlow;
import dev.ledgerbridge.sync.flow.SyncFlows;
import dev.ledgerbridge.sync.report.Action;
import dev.ledgerbridge.sync.report.FlowReport;
import dev.ledgerbridge.sync.spi.EntityType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Customers from a shop into AccountView debtors, end to end against the emulator. */
class CustomersIntoAccountViewTest {
    private final AvHarness h = new AvHarness();
    private final InMemoryConnector shop = Shop.create();

    @AfterEach
    void close() {
        h.close();
    }

    private SyncFlow flow() {
        return SyncFlows.customers(shop, h.connector).name("customers").build();
    }

    private Map<String, Object> debtor(String email) {
        return h.av.company().rows("CONTACT").stream().filter(r -> email.equals(r.get("MAIL_BUS"))).findFirst()
                .orElseThrow(() -> new AssertionError("no debtor " + email));
    }

    @Test
    void companyAndPersonAreCreatedThenRerunWritesNothingAndEditsUpdateOnlyChangedFields() {
        shop.put(EntityType.CUSTOMER, "c1", Shop.company("Müller Bouw B.V.", "Anna Müller", "anna@mueller.nl")
                .toBuilder().deliveryAddress(Shop.address("Havenweg", "7", "3011 AA", "Rotterdam", "NL")).build());
        shop.put(EntityType.CUSTOMER, "c2", Shop.person("Jan de Vries", "jan@devries.nl"));

        FlowReport first = h.engine().run(flow()).flow("customers");

        assertEquals(2, first.count(Action.CREATED), first.toString());
        Map<String, Object> company = debtor("anna@mueller.nl");
        assertEquals("Müller Bouw B.V.", company.get("ACCT_NAME"));
        assertEquals("Anna Müller", company.get("MAIN_CONT"));
        assertEquals("Keizersgracht 12a", company.get("ADDRESS1"));
        assertEquals("Keizersgracht", company.get("ST_STREET"));
        assertEquals("12a", company.get("ST_NR"));
        assertEquals("1015 CS", company.get("POST_CODE"));
        assertEquals("NL", company.get("CNT_CODE"));
        assertEquals("NL123456789B01", company.get("VAT_NR"));
        assertEquals("MLLERBOUWB", company.get("SRC_CODE"));
        String number = (String) company.get("SUB_NR");
        assertEquals(number, first.findResult("c1").orElseThrow().targetId().orElseThrow(), "server-assigned SUB_NR");
        Map<String, Object> person = debtor("jan@devries.nl");
        assertEquals("Jan de Vries", person.get("ACCT_NAME"));
        assertEquals("", person.get("MAIN_CONT"));
        List<Map<String, Object>> addresses = h.av.company().rows("DEL_ADDR");
        assertEquals(1, addresses.size(), "only the customer whose delivery address differs gets one");
        assertEquals(number, addresses.get(0).get("SUB_NR"));
        assertEquals("Havenweg 7", addresses.get(0).get("ADDRESS1"));
        // per new customer: one search by e-mail, one insert; one ADDR insert for the differing delivery address
        assertEquals(Map.of("GET AR1", 2L, "POST AR1", 2L, "POST ADDR", 1L), h.takeCalls());

        FlowReport rerun = h.engine().run(flow()).flow("customers");
        assertEquals(2, rerun.count(Action.UNCHANGED), rerun.toString());
        assertEquals(Map.of(), h.takeCalls(), "a rerun costs no AccountView call");

        shop.put(EntityType.CUSTOMER, "c2", Shop.person("Jan de Vries", "jan@devries.nl").toBuilder()
                .phone("+49 30 999").build());
        FlowReport edit = h.engine().run(flow()).flow("customers");
        assertEquals(1, edit.count(Action.UPDATED), edit.toString());
        assertEquals("+49 30 999", debtor("jan@devries.nl").get("TEL_BUS"));
        assertEquals(Map.of("PUT AR1", 1L), h.takeCalls());
    }

    @Test
    void existingDebtorIsFoundByEmailAndOnlyChangedFieldsAreSent() {
        h.av.company().insert("AR1", Map.of("SUB_NR", "20001", "ACCT_NAME", "Jan de Vries", "SRC_CODE", "JAN",
                "MAIL_BUS", "jan@devries.nl", "ADDRESS1", "Hauptstraße 5", "POST_CODE", "10115", "CITY", "Berlin",
                "CNT_CODE", "DE", "COMMENT1", "kept"));
        h.takeCalls();
        shop.put(EntityType.CUSTOMER, "c2", Shop.person("Jan de Vries", "jan@devries.nl").toBuilder()
                .phone("+49 30 1").build());

        FlowReport report = h.engine().run(flow()).flow("customers");

        assertEquals(1, report.count(Action.UPDATED), report.toString());
        Map<String, Object> d = debtor("jan@devries.nl");
        assertEquals("+49 30 1", d.get("TEL_BUS"));
        assertEquals("kept", d.get("COMMENT1"));
        assertEquals("JAN", d.get("SRC_CODE"), "search code is written on insert only");
        assertEquals(Map.of("GET AR1", 1L, "GET ADDR", 1L, "PUT AR1", 1L), h.takeCalls());
    }

    @Test
    void createOnlyFieldsAreLeftUntouched() {
        h.av.company().insert("AR1", Map.of("SUB_NR", "20001", "ACCT_NAME", "Old Name", "SRC_CODE", "OLD",
                "MAIL_BUS", "jan@devries.nl"));
        shop.put(EntityType.CUSTOMER, "c2", Shop.person("Jan de Vries", "jan@devries.nl"));

        FlowReport report = h.engine(dev.ledgerbridge.sync.Settings.builder()
                .createOnlyFields(EntityType.CUSTOMER, "contactPerson", "companyName")).run(flow()).flow("customers");

        assertEquals(1, report.count(Action.UPDATED), report.toString());
        assertEquals("Old Name", debtor("jan@devries.nl").get("ACCT_NAME"));
        assertEquals("Berlin", debtor("jan@devries.nl").get("CITY"));
    }

    @Test
    void invalidEmailAndTooLongNameFailAloneBeforeSending() {
        shop.put(EntityType.CUSTOMER, "bad-mail", Shop.person("Eva", "not-an-email"));
        shop.put(EntityType.CUSTOMER, "long-name", Shop.company("X".repeat(41), "Eva", "eva@long.nl"));
        shop.put(EntityType.CUSTOMER, "good", Shop.person("Piet", "piet@good.nl"));

        FlowReport report = h.engine().run(flow()).flow("customers");

        assertEquals(1, report.count(Action.CREATED), report.toString());
        assertEquals(2, report.failures().size());
        String mail = report.findResult("bad-mail").orElseThrow().reason().orElseThrow();
        assertTrue(mail.contains("email"), mail);
        String name = report.findResult("long-name").orElseThrow().reason().orElseThrow();
        assertTrue(name.contains("companyName") && name.contains("AccountView holds at most 40"), name);
        // the long name is refused by the connector's declared limit: not even searched for, never posted
        assertEquals(Map.of("GET AR1", 1L, "POST AR1", 1L), h.takeCalls());
        assertEquals(1, h.av.company().rows("CONTACT").size());
    }

    @Test
    void expiredAccessTokenMidRunIsRefreshedAndTheRunCompletes() {
        for (int i = 0; i < 4; i++) {
            shop.put(EntityType.CUSTOMER, "c" + i, Shop.person("Person " + i, "p" + i + "@example.nl"));
        }
        var engine = dev.ledgerbridge.sync.SyncEngine.builder()
                .settings(dev.ledgerbridge.sync.Settings.builder().build())
                .stateStore(h.state).activityLog(new dev.ledgerbridge.sync.state.InMemoryActivityLog())
                .listener(new dev.ledgerbridge.sync.SyncListener() {
                    private int done;

                    @Override
                    public void recordDone(dev.ledgerbridge.sync.report.RecordResult result) {
                        if (++done == 2) {
                            h.av.expireAccessTokens();
                        }
                    }
                }).build();

        FlowReport report = engine.run(flow()).flow("customers");

        assertEquals(4, report.count(Action.CREATED), report.toString());
        assertEquals(1L, h.takeCalls().get("POST /token"), "one refresh");
    }
}

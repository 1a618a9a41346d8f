package dev.ledgerbridge.sync.buchhaltungsbutler;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.ledgerbridge.buchhaltungsbutler.model.DebtorFields;
import dev.ledgerbridge.sync.connector.InMemoryConnector;
import dev.ledgerbridge.sync.model.Address;
import dev.ledgerbridge.sync.report.Action;
import dev.ledgerbridge.sync.report.FlowReport;
import dev.ledgerbridge.sync.spi.EntityType;
import dev.ledgerbridge.testkit.buchhaltungsbutler.InvoiceItem;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.OptionalLong;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * What a scheduled run costs in BuchhaltungsButler when little changed, on both readings of the API's undocumented
 * semantics (an update keeps or clears omitted fields; a batch item keeps or drops its e-mail).
 */
class SteadyStateCostTest {
    private static final String LIST = "/settings/get/debtors";
    private static final String UPDATE = "/settings/update/debtor";
    private static final String BATCH = "/settings/add-batch/debtors";
    private static final String IBAN = "DE89370400440532013000";
    private static final int N = 300;
    private final BbFixture bb = new BbFixture();
    private final InMemoryConnector av = BbFixture.accountView();

    @AfterEach
    void close() {
        bb.close();
    }

    /** The BB number of the debtor with this e-mail (the report keeps only a sample of its results). */
    private String numberOf(String email) {
        return bb.emulator.tenant().debtors().stream().filter(d -> email.equals(d.get("email")))
                .map(d -> String.valueOf(d.get("postingaccount_number"))).findFirst()
                .orElseThrow(() -> new AssertionError("no debtor with " + email));
    }

    private Map<String, Object> debtor(String number) {
        return bb.emulator.tenant().debtors().stream().filter(d -> number.equals(d.get("postingaccount_number")))
                .findFirst().orElseThrow(() -> new AssertionError("no debtor " + number));
    }

    /**
     * N linked customers, one of which (with an IBAN set in BB) moves; the rerun is a new process: a fresh
     * connector that has read nothing.
     */
    private Map<String, Object> oneChangedCustomer(boolean serverClearsOmitted,
                                                   UnaryOperator<BuchhaltungsButlerConnector.Builder> options) {
        for (int i = 0; i < N; i++) {
            av.put(EntityType.CUSTOMER, "C" + i, BbFixture.person("Person " + i, "p" + i + "@example.de"));
        }
        FlowReport first = bb.engine().run(dev.ledgerbridge.sync.flow.SyncFlows.customers(av, bb.connector())
                .name("c").build()).flow("c");
        assertEquals(N, first.count(Action.CREATED), first.toString());
        String number = numberOf("p150@example.de");
        bb.client.debtors().update(Long.parseLong(number), DebtorFields.from(bb.client.debtors().list().stream()
                .filter(d -> d.postingaccountNumber() == Long.parseLong(number)).findFirst().orElseThrow())
                .toBuilder().postingaccountNumber(null).iban(IBAN).build());
        bb.emulator.tenant().setDebtorUpdateClearsOmittedFields(serverClearsOmitted);
        av.put(EntityType.CUSTOMER, "C150", BbFixture.person("Person 150", "p150@example.de").toBuilder()
                .billingAddress(Address.builder().street("Lindenallee").houseNumber("7").postcode("20095")
                        .city("Hamburg").country("DE").build()).build());
        bb.resetCalls();

        FlowReport rerun = bb.engine().run(dev.ledgerbridge.sync.flow.SyncFlows.customers(av, bb.connector(options))
                .name("c").build()).flow("c");

        assertEquals(1, rerun.count(Action.UPDATED), rerun.toString());
        assertEquals(N - 1, rerun.count(Action.UNCHANGED));
        Map<String, Object> d = debtor(number);
        assertEquals("Lindenallee 7", d.get("street"));
        assertEquals("Hamburg", d.get("city"));
        assertEquals("Person 150", d.get("name"));
        return d;
    }

    @Test
    void safeDefaultUpdatesOneChangedCustomerWithOnePageReadNotASweep() {
        Map<String, Object> d = oneChangedCustomer(false, b -> b);

        assertEquals(1, bb.calls(LIST), "one page where the debtor is expected, not all " + (N / 100 + 1));
        assertEquals(1, bb.calls(UPDATE));
        assertEquals(2, bb.totalCalls());
        assertEquals(IBAN, d.get("iban"));
    }

    @Test
    void safeDefaultKeepsTheIbanOnAServerThatClearsOmittedFields() {
        Map<String, Object> d = oneChangedCustomer(true, b -> b);

        assertEquals(2, bb.totalCalls());
        assertEquals(IBAN, d.get("iban"), "every field sent, the IBAN included");
    }

    @Test
    void keepsOmittedFieldsSwitchUpdatesWithOneCallAndNoRead() {
        Map<String, Object> d = oneChangedCustomer(false, b -> b.debtorUpdateKeepsOmittedFields(true));

        assertEquals(0, bb.calls(LIST));
        assertEquals(1, bb.totalCalls(), "the update alone");
        assertEquals(IBAN, d.get("iban"), "left out, kept by the server");
    }

    @Test
    void keepsOmittedFieldsSwitchOnAServerThatClearsThemLosesTheIbanHenceOffByDefault() {
        Map<String, Object> d = oneChangedCustomer(true, b -> b.debtorUpdateKeepsOmittedFields(true));

        assertEquals(1, bb.totalCalls());
        assertEquals("", d.get("iban"), "what the switch risks when the tenant's server clears omitted fields");
    }

    /** Five batches: each read back as the list's new tail (one page), not the whole list (1, 2, 2, 3, 3 pages). */
    private void fiveBatches(boolean serverDropsEmail) {
        bb.emulator.tenant().setDebtorBatchDropsEmail(serverDropsEmail);
        for (int i = 0; i < 250; i++) {
            av.put(EntityType.CUSTOMER, "C" + i, BbFixture.person("Person " + i, "p" + i + "@example.de"));
        }
        FlowReport report = bb.engine().run(dev.ledgerbridge.sync.flow.SyncFlows.customers(av,
                bb.connector(b -> b.batchCreateCustomers(true))).name("c").build()).flow("c");

        assertEquals(250, report.count(Action.CREATED), report.toString());
        assertEquals(5, bb.calls(BATCH));
        assertEquals(1 + 5, bb.calls(LIST), "the prefetch of the empty ledger, then one page per batch");
        for (int i = 0; i < 250; i += 49) {
            Map<String, Object> d = debtor(numberOf("p" + i + "@example.de"));
            assertEquals("Person " + i, d.get("name"));
            assertEquals("p" + i + "@example.de", d.get("email"));
        }
    }

    @Test
    void batchesAreReadBackByTheirTailOnAServerThatKeepsBatchEmails() {
        fiveBatches(false);

        assertEquals(0, bb.calls(UPDATE), "the read-back shows the e-mails were kept");
        assertEquals(5 + 6, bb.totalCalls());
    }

    @Test
    void batchesAreReadBackByTheirTailAndEmailsSetOnAServerThatDropsThem() {
        fiveBatches(true);

        assertEquals(250, bb.calls(UPDATE), "one update per created debtor whose e-mail the batch dropped");
    }

    @Test
    void receiptCountEstimateCostsOneCall() {
        var reader = bb.connector().entities().reader(EntityType.ORDER).orElseThrow();
        assertEquals(OptionalLong.of(1), reader.estimateFullReadCalls(), "empty: one call reads everything");
        assertEquals(1, bb.calls("/receipts/get"));
        LocalDate day = LocalDate.of(2026, 1, 1);
        for (int i = 0; i < 1200; i++) {
            bb.emulator.tenant().addInvoice("RE-" + i, "Kunde " + i, day.plusDays(i % 300),
                    new InvoiceItem("Artikel", BigDecimal.ONE, "Stk.", new BigDecimal("11.90"), new BigDecimal("19")));
        }
        bb.resetCalls();

        var second = bb.connector().entities().reader(EntityType.ORDER).orElseThrow();
        OptionalLong estimate = second.estimateFullReadCalls();

        assertEquals(OptionalLong.of(3), estimate, "1,200 receipts at 500 per call");
        assertEquals(1, bb.calls("/receipts/get"));
        long fullRead = 0;
        bb.resetCalls();
        for (var ignored : second.read(null).records()) {
            fullRead++;
        }
        assertEquals(1200, fullRead);
        assertEquals(3, bb.calls("/receipts/get"), "the estimate is the full read's cost");
    }

    @Test
    void theEstimatesWholeListServesOneReadRightAfterItAndNeverAStaleOne() {
        LocalDate day = LocalDate.of(2026, 1, 1);
        InvoiceItem item = new InvoiceItem("Artikel", BigDecimal.ONE, "Stk.", new BigDecimal("11.90"),
                new BigDecimal("19"));
        bb.emulator.tenant().addInvoice("RE-1", "Kunde 1", day, item);
        MutableClock clock = new MutableClock();
        var reader = bb.connector(b -> b.clock(clock)).entities().reader(EntityType.ORDER).orElseThrow();

        assertEquals(OptionalLong.of(1), reader.estimateFullReadCalls());
        assertEquals(1, count(reader.read(null).records()), "served from the estimate's page");
        assertEquals(1, bb.calls("/receipts/get"), "the estimate was the read");
        assertEquals(1, count(reader.read(null).records()));
        assertEquals(2, bb.calls("/receipts/get"), "the page serves one read only");

        reader.estimateFullReadCalls();
        bb.emulator.tenant().addInvoice("RE-2", "Kunde 2", day, item);
        clock.advance(java.time.Duration.ofSeconds(6));
        assertEquals(2, count(reader.read(null).records()), "an estimate older than 5 seconds is not a read");
        assertEquals(4, bb.calls("/receipts/get"));
    }

    private static long count(Iterable<?> records) {
        long n = 0;
        for (Object ignored : records) {
            n++;
        }
        return n;
    }

    /** A clock the test moves. */
    private static final class MutableClock extends java.time.Clock {
        private java.time.Instant now = java.time.Instant.parse("2026-12-02T10:00:00Z");

        void advance(java.time.Duration by) {
            now = now.plus(by);
        }

        @Override
        public java.time.ZoneId getZone() {
            return java.time.ZoneOffset.UTC;
        }

        @Override
        public java.time.Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public java.time.Instant instant() {
            return now;
        }
    }

    @Test
    void oneNewOrderAmongManyIsLookedUpNotListed() {
        var lookup = bb.connector().entities().lookup(EntityType.ORDER).orElseThrow();
        bb.emulator.tenant().addInvoice("AV-SO-7", "Kunde", LocalDate.of(2026, 3, 1),
                new InvoiceItem("Artikel", BigDecimal.ONE, "Stk.", new BigDecimal("11.90"), new BigDecimal("19")));
        bb.resetCalls();

        var found = lookup.find(new dev.ledgerbridge.sync.spi.MatchKey("reference", "AV-SO-7"));

        assertEquals(1, found.size());
        assertEquals("AV-SO-7", found.get(0).value().reference());
        assertEquals(1, bb.totalCalls());
    }
}

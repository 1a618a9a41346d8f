package dev.ledgerbridge.examples.typedclient;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ledgerbridge.testkit.accountview.AccountViewEmulator;
import dev.ledgerbridge.testkit.buchhaltungsbutler.BuchhaltungsButlerEmulator;
import java.math.BigDecimal;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class TypedClientExampleTest {

    @Test
    void createsAndReadsThroughTheWireOfBothEmulators() {
        try (BuchhaltungsButlerEmulator bb = BuchhaltungsButlerEmulator.builder().requestsPerMinute(0)
                .batchInterval(Duration.ZERO).start();
             AccountViewEmulator av = AccountViewEmulator.start()) {
            TypedClientExample.Result r = TypedClientExample.run(bb, av);
            assertTrue(r.debtorNumber() > 10000, "a debtor account number: " + r.debtorNumber());
            assertEquals(1, r.debtors().size());
            assertEquals("Schreinerei Koch", r.debtors().get(0).name());
            assertEquals("info@schreinerei-koch.example", bb.tenant().debtors().get(0).get("email"));
            assertEquals(1, bb.requestCount("POST /settings/add/debtor"));
            assertEquals("LED-4000", r.article().code());
            assertEquals(0, new BigDecimal("49.95").compareTo(r.article().salesPrice()));
            assertEquals("LED-paneel 60x60 4000K", av.company().rows("ARTICLE").get(0).get("ART_DESC1"));
            assertEquals(1, av.requestCount("POST /token"));
        }
    }
}

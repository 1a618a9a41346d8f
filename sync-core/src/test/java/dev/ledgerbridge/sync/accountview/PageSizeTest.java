package dev.ledgerbridge.sync.accountview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ledgerbridge.sync.spi.EntityType;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;

/** The connector reads AccountView 1000 rows per page unless told otherwise, against the emulator. */
class PageSizeTest {
    private static final int DEBTORS = 2_345;

    private static long readAllCustomers(AvHarness h) {
        for (int d = 0; d < DEBTORS; d++) {
            h.av.company().insert("AR1", Shop.row("ACCT_NAME", "Debtor " + d, "SRC_CODE", "D" + d,
                    "MAIL_BUS", "d" + d + "@example.nl"));
        }
        h.takeCalls();
        var reader = h.connector.entities().reader(EntityType.CUSTOMER).orElseThrow();
        return StreamSupport.stream(reader.read(null).records().spliterator(), false).count();
    }

    @Test
    void aFullReadTakesAThousandRowsPerCallByDefault() {
        try (AvHarness h = new AvHarness()) {
            assertEquals(DEBTORS, readAllCustomers(h));
            assertEquals(3L, h.takeCalls().get("GET AR1"), "pages of 1000, 1000 and 345 (was 24 pages of 100)");
        }
    }

    @Test
    void thePageSizeIsConfigurableOnTheConnector() {
        try (AvHarness h = new AvHarness(b -> b, c -> c.pageSize(500))) {
            assertEquals(DEBTORS, readAllCustomers(h));
            assertEquals(5L, h.takeCalls().get("GET AR1"));
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> AccountViewConnector.builder(h.company).pageSize(0));
            assertTrue(e.getMessage().contains("pageSize") && e.getMessage().contains("0"), e.getMessage());
        }
    }
}

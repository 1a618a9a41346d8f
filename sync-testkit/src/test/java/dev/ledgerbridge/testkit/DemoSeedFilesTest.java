package dev.ledgerbridge.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.ledgerbridge.testkit.accountview.AccountViewEmulator;
import dev.ledgerbridge.testkit.buchhaltungsbutler.BuchhaltungsButlerEmulator;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The seed files shipped for the README demo and the standalone mains load without errors. */
class DemoSeedFilesTest {

    @Test
    void buchhaltungsButlerDemoSeedLoads() {
        try (BuchhaltungsButlerEmulator bb = BuchhaltungsButlerEmulator.start()) {
            bb.seed(Path.of("seed/buchhaltungsbutler-demo.json"));
            assertEquals(2, bb.tenant().debtors().size());
            assertEquals(2, bb.tenant().receipts().size());
            assertEquals("RE-1001", bb.tenant().invoices().get(0).get("invoicenumber"));
        }
    }

    @Test
    void accountViewDemoSeedLoads() {
        try (AccountViewEmulator av = AccountViewEmulator.start()) {
            av.seed(Path.of("seed/accountview-demo.json"));
            assertEquals(3, av.company().rows("ARTICLE").size());
            assertEquals(2, av.company().rows("SO_LINE").size());
            assertEquals(2, av.company().rows("HST_AL").size());
        }
    }
}

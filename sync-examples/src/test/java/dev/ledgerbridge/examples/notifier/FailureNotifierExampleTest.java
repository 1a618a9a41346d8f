package dev.ledgerbridge.examples.notifier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ledgerbridge.sync.report.Action;
import dev.ledgerbridge.sync.report.FlowReport;
import dev.ledgerbridge.sync.report.RecordResult;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FailureNotifierExampleTest {

    @Test
    void theDigestListsEachInvalidRecordWithItsReason() {
        DigestNotifier notifier = FailureNotifierExample.run();
        List<String> failures = notifier.failures();
        assertEquals(2, failures.size(), failures.toString());
        assertTrue(failures.get(0).startsWith("- customers:Webshop->Ledger, record web-2: invalid customer: field "
                + "'email' = 'bram.smit(at)mail.example'"), failures.get(0));
        assertTrue(failures.get(1).startsWith("- customers:Webshop->Ledger, record web-3: invalid customer: field "
                + "'vatId'"), failures.get(1));
        assertTrue(notifier.digest().startsWith("LedgerBridge: 2 problem(s) need a look\n- "), notifier.digest());
    }

    @Test
    void aStoppedFlowIsInTheDigestAndNothingMeansAnEmptyDigest() {
        DigestNotifier notifier = new DigestNotifier();
        assertEquals("", notifier.digest());
        notifier.flowFailed(FlowReport.builder().flow("stock").direction("A -> B").flowError("A is down").build());
        notifier.recordFailed(new RecordResult("stock", "S-1", Optional.empty(), Action.FAILED,
                Optional.of("SKU rule"), List.of()));
        assertEquals("LedgerBridge: 2 problem(s) need a look\n- flow stock stopped: A is down\n"
                + "- stock, record S-1: SKU rule", notifier.digest());
    }
}

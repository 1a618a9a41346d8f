package dev.ledgerbridge.buchhaltungsbutler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ledgerbridge.buchhaltungsbutler.model.BatchResult;
import dev.ledgerbridge.buchhaltungsbutler.model.FreePosting;
import dev.ledgerbridge.buchhaltungsbutler.model.Posting;
import dev.ledgerbridge.buchhaltungsbutler.model.PostingLine;
import dev.ledgerbridge.buchhaltungsbutler.model.PostingOrder;
import dev.ledgerbridge.buchhaltungsbutler.model.PostingQuery;
import dev.ledgerbridge.buchhaltungsbutler.model.PostingStatus;
import dev.ledgerbridge.buchhaltungsbutler.model.ReceiptPosting;
import dev.ledgerbridge.buchhaltungsbutler.model.TransactionPosting;
import dev.ledgerbridge.buchhaltungsbutler.model.VatCode;
import dev.ledgerbridge.transport.error.RequestValidationException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class PostingServiceTest extends WireTest {

    static PostingLine line(long account, String amount) {
        return PostingLine.builder().postingAccount(account).text("Wareneingang").vat(VatCode.VAT_19_PRE)
                .amount(new BigDecimal(amount)).build();
    }

    static FreePosting free() {
        return FreePosting.builder().date(LocalDate.of(2026, 1, 31)).text("Abschreibung").amount(new BigDecimal("250.00"))
                .debitAccount(4830L).creditAccount(410L).vat(VatCode.VAT_0_NONE).build();
    }

    @Test
    void listRequiresDatesAndSendsStringOrder() {
        stub("/postings/get", "{\"success\":true,\"message\":\"\",\"rows\":1,\"data\":[{\"id_by_customer\":\"55\","
                + "\"date\":\"2026-01-05 00:00:00\",\"postingtext\":\"RE-1\",\"amount\":\"119.00\",\"vat\":\"19_vat\","
                + "\"debit_postingaccount_number\":\"10001\",\"credit_postingaccount_number\":\"8400\",\"fixed\":\"0\","
                + "\"receipts_assigned_ids_by_customer\":[\"7\"],\"comment\":null,\"receipt_id_by_customer\":\"7\","
                + "\"transaction_id_by_customer\":null}]}");
        List<Posting> list = client.postings().list(PostingQuery.builder().dateFrom(LocalDate.of(2026, 1, 1))
                .dateTo(LocalDate.of(2026, 12, 31)).status(PostingStatus.UNFIXED).order(PostingOrder.ID_ASC)
                .postingAccount("all debtors").build()).stream().toList();
        verifyPost("/postings/get", "{\"date_from\":\"2026-01-01\",\"date_to\":\"2026-12-31\",\"posting_status\":\"unfixed\","
                + "\"order\":\"id_by_customer ASC\",\"postingaccount\":\"all debtors\",\"limit\":1000,\"offset\":0}");
        Posting p = list.get(0);
        assertEquals(55L, p.id());
        assertEquals(LocalDate.of(2026, 1, 5), p.date());
        assertEquals(Boolean.FALSE, p.fixed());
        assertEquals(10001L, p.debitPostingaccountNumber());
        assertEquals(List.of("7"), p.extra().get("receipts_assigned_ids_by_customer"));
        assertThrows(RequestValidationException.class, () -> client.postings().list(PostingQuery.builder().build()));
    }

    @Test
    void addForReceiptSendsParallelArrays() {
        stub("/postings/add/receipt", "{\"success\":true,\"message\":\"\"}");
        client.postings().addForReceipt(ReceiptPosting.builder().receiptId(7L).creditor(70001L)
                .addLine(line(3400, "100.00")).addLine(line(3400, "19.00")).build());
        verifyPost("/postings/add/receipt", "{\"receipt_id_by_customer\":7,\"postingaccounts\":[3400,3400],"
                + "\"postingtexts\":[\"Wareneingang\",\"Wareneingang\"],\"vats\":[\"19_pre\",\"19_pre\"],"
                + "\"amounts\":[100.00,19.00],\"creditor\":70001,\"debtor\":0}");
    }

    @Test
    void addForReceiptsBatchSendsBothTextSpellings() {
        stub("/postings/add-batch/receipts", "{\"success\":true,\"receipts\":[{\"success\":true,\"message\":\"\"}],\"errors\":[]}");
        BatchResult r = client.postings().addForReceipts(List.of(ReceiptPosting.builder().receiptId(7L)
                .addLine(line(3400, "119.00")).build()));
        verifyPost("/postings/add-batch/receipts", "{\"receipts\":[{\"receipt_id_by_customer\":7,\"postingaccounts\":[3400],"
                + "\"postingtexts\":[\"Wareneingang\"],\"postingstexts\":[\"Wareneingang\"],\"vats\":[\"19_pre\"],"
                + "\"amounts\":[119.00],\"creditor\":0,\"debtor\":0}]}");
        assertTrue(r.allSucceeded());
    }

    @Test
    void addForTransactionSendsOpenItemIdsWithNulls() {
        stub("/postings/add/transaction", "{\"success\":true,\"message\":\"\"}");
        client.postings().addForTransaction(TransactionPosting.builder().transactionId(1590L).debtor(10001L)
                .addLine(PostingLine.builder().postingAccount(10001L).text("Zahlung RE-1").vat(VatCode.VAT_0_NONE)
                        .amount(new BigDecimal("100.00")).openItemReceiptId(7L).costLocation("K1").build())
                .addLine(PostingLine.builder().postingAccount(4970L).text("Gebühr").vat(VatCode.VAT_0_NONE)
                        .amount(new BigDecimal("-1.50")).build())
                .build());
        verifyPost("/postings/add/transaction", "{\"transaction_id_by_customer\":1590,\"postingaccounts\":[10001,4970],"
                + "\"postingtexts\":[\"Zahlung RE-1\",\"Gebühr\"],\"vats\":[\"0_none\",\"0_none\"],\"amounts\":[100.00,-1.50],"
                + "\"cost_locations\":[\"K1\",\"\"],\"oi_receipts_ids_by_customer\":[7,null],\"creditor\":0,\"debtor\":10001}");
    }

    @Test
    void addForTransactionsBatch() {
        stub("/postings/add-batch/transactions", "{\"success\":true,\"transactions\":[],\"errors\":[]}");
        client.postings().addForTransactions(List.of(TransactionPosting.builder().transactionId(1L)
                .addLine(line(1200, "5.00")).build()));
        verifyPost("/postings/add-batch/transactions", "{\"transactions\":[{\"transaction_id_by_customer\":1,"
                + "\"postingaccounts\":[1200],\"postingtexts\":[\"Wareneingang\"],\"vats\":[\"19_pre\"],\"amounts\":[5.00],"
                + "\"oi_receipts_ids_by_customer\":[null],\"creditor\":0,\"debtor\":0}]}");
    }

    @Test
    void addFreeSendsAmountAsString() {
        stub("/postings/add/free", "{\"success\":true,\"message\":\"\"}");
        client.postings().addFree(free());
        verifyPost("/postings/add/free", "{\"date\":\"2026-01-31\",\"postingtext\":\"Abschreibung\",\"amount\":\"250.00\","
                + "\"postingaccount_debit\":4830,\"postingaccount_credit\":410,\"vat\":\"0_none\"}");
    }

    @Test
    void addFreeValidatesAccountsAndSign() {
        RequestValidationException e = assertThrows(RequestValidationException.class, () -> client.postings()
                .addFree(free().toBuilder().creditAccount(4830L).amount(new BigDecimal("-1")).build()));
        assertTrue(e.getMessage().contains("must differ") && e.getMessage().contains("amount"), e.getMessage());
    }

    @Test
    void vatCodesRejectPlainPercentages() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> VatCode.of("19"));
        assertTrue(e.getMessage().contains("19_vat"));
    }

    @Test
    void addFreeBatch() {
        stub("/postings/add-batch/free", "{\"success\":true,\"free_postings\":[],\"errors\":[]}");
        client.postings().addFreeBatch(List.of(free()));
        verifyPost("/postings/add-batch/free", "{\"free_postings\":[{\"date\":\"2026-01-31\",\"postingtext\":\"Abschreibung\","
                + "\"amount\":\"250.00\",\"postingaccount_debit\":4830,\"postingaccount_credit\":410,\"vat\":\"0_none\"}]}");
    }

    @Test
    void assignUnconfirmAndCancel() {
        for (String p : List.of("/postings/assign/receipt-to-free-posting", "/postings/unconfirm/receipt",
                "/postings/unconfirm/transaction", "/postings/unconfirm/free", "/postings/cancel")) {
            stub(p, "{\"success\":true,\"message\":\"\"}");
        }
        client.postings().assignReceiptToFreePosting(7, 55);
        client.postings().unconfirmReceipt(7);
        client.postings().unconfirmTransaction(1590);
        client.postings().unconfirmFree(56);
        client.postings().cancel(57);
        verifyPost("/postings/assign/receipt-to-free-posting", "{\"receipt_id_by_customer\":7,\"posting_id_by_customer\":55}");
        verifyPost("/postings/unconfirm/receipt", "{\"receipt_id_by_customer\":7}");
        verifyPost("/postings/unconfirm/transaction", "{\"transaction_id_by_customer\":1590}");
        verifyPost("/postings/unconfirm/free", "{\"posting_id_by_customer\":56}");
        verifyPost("/postings/cancel", "{\"posting_id_by_customer\":57}");
    }
}

package dev.ledgerbridge.buchhaltungsbutler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.ledgerbridge.buchhaltungsbutler.model.PaymentAccount;
import dev.ledgerbridge.buchhaltungsbutler.model.PaymentAccountCreate;
import dev.ledgerbridge.buchhaltungsbutler.model.PaymentAccountType;
import dev.ledgerbridge.buchhaltungsbutler.model.PostingAccount;
import dev.ledgerbridge.buchhaltungsbutler.model.PostingAccountQuery;
import dev.ledgerbridge.transport.error.RequestValidationException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Chart of accounts and payment accounts. */
class AccountServicesTest extends WireTest {

    @Test
    void postingAccountsListWithFiltersAndDefaultPageOf1000() {
        stub("/settings/get/postingaccounts", "{\"success\":true,\"message\":\"\",\"rows\":2,\"data\":["
                + "{\"postingaccount_number\":\"1200\",\"name\":\"Bank\",\"type\":\"account\",\"subtype\":"
                + "\"bank/institution\",\"parent_postingaccount_number\":null,\"parent_name\":null},"
                + "{\"postingaccount_number\":\"27\",\"name\":\"EDV-Software\",\"type\":\"postingaccount\","
                + "\"subtype\":\"default chart\",\"parent_postingaccount_number\":\"27\",\"parent_name\":\"EDV\"}]}");

        List<PostingAccount> accounts = client.postingAccounts().list(PostingAccountQuery.builder()
                .order("postingaccount_number ASC").excludeDebtors(true).excludeCreditors(true).build())
                .stream().toList();

        verifyPost("/settings/get/postingaccounts", "{\"order\":\"postingaccount_number ASC\",\"exclude_debtors\":true,"
                + "\"exclude_creditors\":true,\"limit\":1000,\"offset\":0}");
        assertEquals(1200L, accounts.get(0).postingaccountNumber());
        assertNull(accounts.get(0).parentPostingaccountNumber());
        assertEquals(27L, accounts.get(1).postingaccountNumber());
        assertEquals("default chart", accounts.get(1).subtype());
    }

    @Test
    void postingAccountOrderIsValidated() {
        assertThrows(RequestValidationException.class,
                () -> client.postingAccounts().list(PostingAccountQuery.builder().order("number asc").build()));
        assertEquals(0, requestCount());
    }

    @Test
    void postingAccountCreateSendsIntegers() {
        stub("/settings/add/postingaccount", "{\"success\":true,\"postingaccount_number\":\"4980\","
                + "\"parent_postingaccount_number\":\"4900\",\"message\":\"\"}");
        assertEquals(4980L, client.postingAccounts().create(4980, "Betriebsbedarf Lager", 4900));
        verifyPost("/settings/add/postingaccount",
                "{\"name\":\"Betriebsbedarf Lager\",\"postingaccount_number\":4980,\"parent_postingaccount_number\":4900}");
    }

    @Test
    void postingAccountRename() {
        stub("/settings/update/postingaccount", "{\"success\":true,\"data\":{\"name\":\"Neu\","
                + "\"postingaccount_number\":\"4980\"},\"message\":\"\"}");
        PostingAccount a = client.postingAccounts().rename(4980, "Neu");
        verifyPost("/settings/update/postingaccount", "{\"name\":\"Neu\",\"postingaccount_number\":4980}");
        assertEquals("Neu", a.name());
    }

    @Test
    void paymentAccountsListIsUnpaged() {
        stub("/accounts/get", "{\"success\":true,\"message\":\"\",\"rows\":1,\"data\":[{\"name\":\"Bank (47382934873)\","
                + "\"postingaccount_number\":\"1200\"}]}");
        List<PaymentAccount> list = client.paymentAccounts().list();
        verifyPost("/accounts/get", "{}");
        assertEquals(1200L, list.get(0).postingaccountNumber());
    }

    @Test
    void paymentAccountCreate() {
        stub("/accounts/add", "{\"success\":true,\"message\":\"\",\"postingaccount_number\":\"1000\"}");
        long n = client.paymentAccounts().create(PaymentAccountCreate.builder().type(PaymentAccountType.CASH)
                .name("Kasse").postingaccountNumber(1000L).revisionSafe(true).build());
        assertEquals(1000L, n);
        verifyPost("/accounts/add", "{\"type\":\"cash\",\"name\":\"Kasse\",\"postingaccount_number\":1000,"
                + "\"is_revision_safe\":true}");
    }

    @Test
    void revisionSafeOnlyForCash() {
        RequestValidationException e = assertThrows(RequestValidationException.class,
                () -> client.paymentAccounts().create(PaymentAccountCreate.builder().type(PaymentAccountType.BANK)
                        .name("Bank").postingaccountNumber(1200L).revisionSafe(true).build()));
        assertEquals("revisionSafeOnlyForCash", e.violations().get(0).field());
    }
}

package dev.ledgerbridge.examples.readme;

import dev.ledgerbridge.accountview.AccountViewClient;
import dev.ledgerbridge.accountview.CompanyClient;
import dev.ledgerbridge.accountview.data.DataQuery;
import dev.ledgerbridge.accountview.model.Article;
import dev.ledgerbridge.accountview.model.Debtor;
import dev.ledgerbridge.accountview.model.SalesOrder;
import dev.ledgerbridge.accountview.model.SalesOrderLine;
import dev.ledgerbridge.accountview.oauth.FileTokenStore;
import dev.ledgerbridge.accountview.oauth.OAuthCredentials;
import dev.ledgerbridge.accountview.oauth.Scope;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/** README: "AccountView client". Compiled only: it needs a real client id and the user's consent. */
final class AccountViewClientSnippets {

    private AccountViewClientSnippets() {
    }

    static List<Debtor> tour(String clientId, String clientSecret, URI redirectUri, String state,
            String codeFromRedirect, LocalDateTime watermark) {
        // readme:start client
        AccountViewClient av = AccountViewClient.builder()
                .credentials(OAuthCredentials.of(clientId, clientSecret))
                .tokenStore(FileTokenStore.at(Path.of("/var/lib/myapp/accountview-tokens.json")))
                .build();                                   // baseUrl(AccountViewClient.TEST) for the test host

        // once: send the user to the consent page, then exchange the code from the redirect
        URI consent = av.authorizationUri(redirectUri, state, Scope.READ, Scope.UPDATE);
        av.exchangeCode(codeFromRedirect, redirectUri);

        CompanyClient demo = av.forCompany("DEMO");         // X-Company on every call
        List<Debtor> matches = demo.debtors().byEmail("info@jansen.example");
        demo.salesOrders().insert(SalesOrder.builder()
                .invoiceDebtor("10023").orderDate(LocalDate.now()).description("Web order 100045")
                .addLine(SalesOrderLine.builder().articleCode("ART-1001").quantity(new BigDecimal("2"))
                        .unitPrice(new BigDecimal("19.95")).build())
                .build());
        for (Article a : demo.articles().changedSince(watermark)) { /* pages lazily */ }
        // anything else, generically: no Definition/Values arrays by hand
        demo.data().list(DataQuery.builder("CC1").fields("COST_CODE", "COST_DESC").pageSize(500).build(), "COST");
        // readme:end client
        System.out.println(consent);
        return matches;
    }
}

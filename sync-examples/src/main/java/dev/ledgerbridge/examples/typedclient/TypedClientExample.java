package dev.ledgerbridge.examples.typedclient;

import dev.ledgerbridge.accountview.AccountViewClient;
import dev.ledgerbridge.accountview.CompanyClient;
import dev.ledgerbridge.accountview.model.Article;
import dev.ledgerbridge.accountview.oauth.InMemoryTokenStore;
import dev.ledgerbridge.accountview.oauth.OAuthCredentials;
import dev.ledgerbridge.buchhaltungsbutler.BuchhaltungsButlerClient;
import dev.ledgerbridge.buchhaltungsbutler.RateLimitSettings;
import dev.ledgerbridge.buchhaltungsbutler.model.Debtor;
import dev.ledgerbridge.buchhaltungsbutler.model.DebtorFields;
import dev.ledgerbridge.testkit.accountview.AccountViewEmulator;
import dev.ledgerbridge.testkit.buchhaltungsbutler.BuchhaltungsButlerEmulator;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Duration;
import java.util.List;

/**
 * Example: the typed clients without the sync engine, against the emulators (swap the base URLs and credentials
 * for real ones). BuchhaltungsButler: create a debtor and list all debtors (paging is hidden). AccountView: the
 * OAuth2 code exchange, then insert an article and read it back by its code.
 */
public final class TypedClientExample {

    private TypedClientExample() {
    }

    /**
     * What the example did.
     *
     * @param debtorNumber the posting account number BuchhaltungsButler gave the new debtor
     * @param debtors      all debtors listed afterwards
     * @param article      the article read back from AccountView
     */
    public record Result(long debtorNumber, List<Debtor> debtors, Article article) {
    }

    /**
     * Runs both clients against the given emulators.
     *
     * @param bbEmulator a BuchhaltungsButler emulator
     * @param avEmulator an AccountView emulator
     * @return what was created and read
     */
    public static Result run(BuchhaltungsButlerEmulator bbEmulator, AccountViewEmulator avEmulator) {
        BuchhaltungsButlerClient bb = BuchhaltungsButlerClient.builder()
                .baseUrl(bbEmulator.baseUrl())
                .apiClient(bbEmulator.apiClient())
                .apiSecret(bbEmulator.apiSecret())
                .apiKey(bbEmulator.apiKey())
                .rateLimits(RateLimitSettings.disabled()) // the emulator is started without the 100/min limit
                .build();
        long number = bb.debtors().create(DebtorFields.builder()
                .name("Schreinerei Koch").contactPersonName("Katrin Koch")
                .street("Kirchweg 7").zip("28195").city("Bremen").country("DE")
                .email("info@schreinerei-koch.example").build());
        List<Debtor> debtors = bb.debtors().list().stream().toList();

        AccountViewClient av = AccountViewClient.builder()
                .baseUrl(avEmulator.baseUrl())
                .credentials(OAuthCredentials.of(avEmulator.clientId(), avEmulator.clientSecret()))
                .tokenStore(new InMemoryTokenStore())
                .build();
        // with a real account: print av.authorizationUri(...), let the user consent, take the code from the redirect
        av.exchangeCode(avEmulator.issueAuthorizationCode(), URI.create(avEmulator.redirectUri()));
        CompanyClient company = av.forCompany(AccountViewEmulator.DEFAULT_COMPANY_CODE);
        company.articles().insert(Article.builder().code("LED-4000").description("LED-paneel 60x60 4000K")
                .salesPrice(new BigDecimal("49.95")).unit("st").build());
        Article article = company.articles().byCode("LED-4000").orElseThrow();
        return new Result(number, debtors, article);
    }

    /**
     * Starts both emulators, runs the example and prints what came back.
     *
     * @param args unused
     */
    public static void main(String[] args) {
        try (BuchhaltungsButlerEmulator bb = BuchhaltungsButlerEmulator.builder().requestsPerMinute(0)
                .batchInterval(Duration.ZERO).start();
             AccountViewEmulator av = AccountViewEmulator.start()) {
            Result r = run(bb, av);
            System.out.println("BuchhaltungsButler debtor created: " + r.debtorNumber() + "; debtors now: "
                    + r.debtors().size());
            System.out.println("AccountView article: " + r.article().code() + " " + r.article().description() + " "
                    + r.article().salesPrice());
            System.out.println("Requests: BuchhaltungsButler " + bb.stats().snapshot() + ", AccountView "
                    + av.stats().snapshot());
        }
    }
}

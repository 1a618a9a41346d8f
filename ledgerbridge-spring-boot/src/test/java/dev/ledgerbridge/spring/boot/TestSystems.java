package dev.ledgerbridge.spring.boot;

import dev.ledgerbridge.accountview.oauth.JdbcTokenStore;
import dev.ledgerbridge.accountview.oauth.TokenSet;
import dev.ledgerbridge.testkit.accountview.AccountViewEmulator;
import dev.ledgerbridge.testkit.accountview.AccountViewTokens;
import dev.ledgerbridge.testkit.buchhaltungsbutler.BuchhaltungsButlerEmulator;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;

/** Both emulators, an H2 database of its own, and the properties that connect an application to them. */
final class TestSystems implements AutoCloseable {
    final BuchhaltungsButlerEmulator bb =
            BuchhaltungsButlerEmulator.builder().requestsPerMinute(0).batchInterval(Duration.ZERO).start();
    final AccountViewEmulator av = AccountViewEmulator.start();
    final JdbcDataSource dataSource = new JdbcDataSource();

    TestSystems() {
        dataSource.setURL("jdbc:h2:mem:lb-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        dataSource.setUser("sa");
    }

    /** AccountView's tokens where the auto-configuration looks for them, as after the one-time consent. */
    TestSystems authorizeAccountView() {
        AccountViewTokens issued = av.issueTokens();
        JdbcTokenStore.of(dataSource, "ledgerbridge/accountview").save(TokenSet.builder().accessToken(issued.accessToken())
                .refreshToken(issued.refreshToken()).tokenType("Bearer").scope(issued.scope()).build());
        return this;
    }

    DataSource dataSource() {
        return dataSource;
    }

    /** Connection properties of both systems and two customer flows; no schedule unless asked for. */
    String[] properties(String... more) {
        List<String> p = new ArrayList<>(List.of(
                "ledgerbridge.buchhaltungsbutler.base-url=" + bb.baseUrl(),
                "ledgerbridge.buchhaltungsbutler.api-client=" + bb.apiClient(),
                "ledgerbridge.buchhaltungsbutler.api-secret=" + bb.apiSecret(),
                "ledgerbridge.buchhaltungsbutler.api-key=" + bb.apiKey(),
                "ledgerbridge.buchhaltungsbutler.rate-limits.enabled=false",
                "ledgerbridge.accountview.base-url=" + av.baseUrl(),
                "ledgerbridge.accountview.client-id=" + av.clientId(),
                "ledgerbridge.accountview.client-secret=" + av.clientSecret(),
                "ledgerbridge.accountview.redirect-uri=" + av.redirectUri(),
                "ledgerbridge.accountview.company=" + AccountViewEmulator.DEFAULT_COMPANY_CODE,
                "ledgerbridge.flows[0].name=customers-av-bb",
                "ledgerbridge.flows[0].entity=customers",
                "ledgerbridge.flows[0].from=accountview",
                "ledgerbridge.flows[0].to=buchhaltungsbutler",
                "ledgerbridge.flows[1].name=customers-bb-av",
                "ledgerbridge.flows[1].entity=customers",
                "ledgerbridge.flows[1].from=buchhaltungsbutler",
                "ledgerbridge.flows[1].to=accountview",
                "ledgerbridge.schedule.enabled=false"));
        p.addAll(List.of(more));
        return p.toArray(String[]::new);
    }

    @Override
    public void close() {
        bb.close();
        av.close();
    }
}

package dev.ledgerbridge.reliability;

import dev.ledgerbridge.accountview.AccountViewClient;
import dev.ledgerbridge.accountview.CompanyClient;
import dev.ledgerbridge.accountview.oauth.InMemoryTokenStore;
import dev.ledgerbridge.accountview.oauth.OAuthCredentials;
import dev.ledgerbridge.accountview.oauth.TokenSet;
import dev.ledgerbridge.buchhaltungsbutler.BuchhaltungsButlerClient;
import dev.ledgerbridge.testkit.accountview.AccountViewEmulator;
import dev.ledgerbridge.testkit.accountview.AccountViewTokens;
import dev.ledgerbridge.testkit.buchhaltungsbutler.BuchhaltungsButlerEmulator;
import dev.ledgerbridge.transport.LoggingPolicy;
import dev.ledgerbridge.transport.ManualTimeSource;
import dev.ledgerbridge.transport.RetryPolicy;
import dev.ledgerbridge.transport.Timeouts;

import java.time.Duration;

/**
 * Clients wired to the emulators the way a production setup would be, except that time is manual (backoff and
 * rate-limit waits advance a {@link ManualTimeSource} instead of sleeping) and timeouts are short but generous enough for a loaded CI machine (an injected
 * {@code TIMEOUT} fault holds the answer back longer than the client waits).
 */
final class Clients {
    /** Client-side request timeout; the emulators' TIMEOUT fault holds answers back for {@link #HOLD}. */
    static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(1);
    static final Duration HOLD = Duration.ofMillis(1_500);

    private Clients() {
    }

    /** Personal fields of the APIs' bodies that the log redacts (besides the secrets the transport always masks). */
    static LoggingPolicy redactingPersonalFields() {
        LoggingPolicy.Builder b = LoggingPolicy.builder().logBodies(true);
        for (String field : new String[] {"name", "company_name", "contact_person_name", "email", "street", "phone",
                "MAIL_BUS", "ACCT_NAME", "MAIN_CONT", "ADDRESS1", "ADDRESS2", "TEL_BUS", "TEL_MOB", "DEL_NAME", "TO_EMAIL",
                "counterparty"}) {
            b.redactField(field);
        }
        return b.build();
    }

    static RetryPolicy retries() {
        return RetryPolicy.builder().maxAttempts(6).initialBackoff(Duration.ofMillis(200))
                .maxBackoff(Duration.ofSeconds(5)).build();
    }

    static BuchhaltungsButlerClient bb(BuchhaltungsButlerEmulator emulator, ManualTimeSource time,
                                       LoggingPolicy logging) {
        return BuchhaltungsButlerClient.builder().baseUrl(emulator.baseUrl()).apiClient(emulator.apiClient())
                .apiSecret(emulator.apiSecret()).apiKey(emulator.apiKey()).timeSource(time)
                .retryPolicy(retries()).loggingPolicy(logging).requestTimeout(REQUEST_TIMEOUT)
                .timeouts(Timeouts.of(Duration.ofSeconds(2), REQUEST_TIMEOUT)).build();
    }

    /** A token store holding a freshly issued token pair, as after the user's consent. */
    static InMemoryTokenStore issuedTokens(AccountViewEmulator emulator) {
        AccountViewTokens issued = emulator.issueTokens();
        return new InMemoryTokenStore(TokenSet.builder().accessToken(issued.accessToken())
                .refreshToken(issued.refreshToken()).tokenType("Bearer").build());
    }

    static AccountViewClient av(AccountViewEmulator emulator, ManualTimeSource time, LoggingPolicy logging) {
        return av(emulator, time, logging, issuedTokens(emulator));
    }

    static AccountViewClient av(AccountViewEmulator emulator, ManualTimeSource time, LoggingPolicy logging,
                                InMemoryTokenStore tokenStore) {
        return AccountViewClient.builder().baseUrl(emulator.baseUrl())
                .credentials(OAuthCredentials.of(emulator.clientId(), emulator.clientSecret()))
                .tokenStore(tokenStore).timeSource(time).retryPolicy(retries()).loggingPolicy(logging)
                .timeouts(Timeouts.of(Duration.ofSeconds(2), REQUEST_TIMEOUT))
                .build();
    }

    static CompanyClient avCompany(AccountViewEmulator emulator, ManualTimeSource time, LoggingPolicy logging) {
        return av(emulator, time, logging).forCompany(AccountViewEmulator.DEFAULT_COMPANY_CODE);
    }
}

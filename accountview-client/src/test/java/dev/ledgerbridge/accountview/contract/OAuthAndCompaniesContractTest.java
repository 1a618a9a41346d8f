package dev.ledgerbridge.accountview.contract;

import dev.ledgerbridge.accountview.AccountViewClient;
import dev.ledgerbridge.accountview.Company;
import dev.ledgerbridge.accountview.CompanyClient;
import dev.ledgerbridge.accountview.oauth.InMemoryTokenStore;
import dev.ledgerbridge.accountview.oauth.TokenSet;
import dev.ledgerbridge.testkit.accountview.AccountViewEmulator;
import dev.ledgerbridge.transport.error.AuthenticationException;
import dev.ledgerbridge.transport.error.NotFoundException;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The typed client against the AccountView emulator: OAuth code flow, refresh rotation, companies, X-Company. */
class OAuthAndCompaniesContractTest {
    private final EmulatorSession s = new EmulatorSession();

    @AfterEach
    void close() {
        s.close();
    }

    @Test
    void codeExchangeStoresTokensAndRefreshRotatesTheRefreshToken() {
        TokenSet first = s.tokens.load().orElseThrow();
        assertTrue(first.expiresAt().isPresent(), "expires_in is turned into an expiry");
        assertEquals(1L, s.av.requestCount("POST /token"));

        TokenSet second = s.client.refreshTokens();

        assertNotEquals(first.accessToken(), second.accessToken());
        assertNotEquals(first.refreshToken(), second.refreshToken(), "refresh tokens rotate");
        assertEquals(second, s.tokens.load().orElseThrow(), "the new tokens are saved");
        // a client still holding the old refresh token is refused: the user must authorise again
        AccountViewClient stale = s.client(new InMemoryTokenStore(first));
        AuthenticationException e = assertThrows(AuthenticationException.class, stale::refreshTokens);
        assertFalse(e.getMessage().contains(first.refreshToken().orElseThrow()), "no token in messages");
        assertFalse(e.toString().contains(s.av.clientSecret()));
        // the current one still works
        assertEquals(1, s.client.companies().size());
    }

    @Test
    void expiredAccessTokenIsRefreshedOnceOn401() {
        CompanyClient company = s.company();
        s.av.expireAccessTokens();
        s.av.stats().reset();

        assertTrue(company.debtors().all().stream().toList().isEmpty());

        assertEquals(1L, s.av.requestCount("POST /token"));
        assertEquals(2L, s.av.requestCount("GET /accountviewdata AR1"), "the 401 and the retry");
    }

    @Test
    void revokedRefreshTokenEndsInAuthenticationException() {
        CompanyClient company = s.company();
        s.av.expireAccessTokens();
        s.av.revokeRefreshTokens();
        assertThrows(AuthenticationException.class, () -> company.debtors().all().stream().toList());
    }

    @Test
    void companiesAndXCompanySelectTheAdministration() {
        s.av.addCompany("SHOP2", "Second shop");
        List<Company> companies = s.client.companies();
        assertEquals(List.of("DEMO", "SHOP2"), companies.stream().map(Company::code).sorted().toList());

        CompanyClient demo = s.client.forCompany("demo ");
        CompanyClient second = s.client.forCompany("SHOP2");
        s.av.company("SHOP2").insert("AG1", java.util.Map.of("AG_CODE", "X", "AG_DESC", "only in SHOP2"));

        assertTrue(demo.articleGroups().byCode("X").isEmpty());
        assertEquals("only in SHOP2", second.articleGroups().byCode("X").orElseThrow().description());
        assertEquals(s.av.company("SHOP2").id(), second.companyId());
        NotFoundException e = assertThrows(NotFoundException.class, () -> s.client.forCompany("NOPE"));
        assertTrue(e.getMessage().contains("DEMO") && e.getMessage().contains("NOPE"), e.getMessage());
        assertEquals(AccountViewEmulator.DEFAULT_COMPANY_CODE, demo.toString().replaceAll(".*code=(\\w+).*", "$1"));
    }
}

package dev.ledgerbridge.config.internal;

import dev.ledgerbridge.accountview.AccountViewClient;
import dev.ledgerbridge.accountview.Company;
import dev.ledgerbridge.accountview.oauth.TokenStore;
import dev.ledgerbridge.buchhaltungsbutler.BuchhaltungsButlerClient;
import dev.ledgerbridge.config.AccountViewConfig;
import dev.ledgerbridge.config.ConnectionCheck;
import dev.ledgerbridge.config.ConnectionCheck.Status;
import dev.ledgerbridge.config.SystemName;
import dev.ledgerbridge.transport.error.NotFoundException;
import java.net.URI;
import java.util.List;
import java.util.Optional;

/**
 * Checks each system with one cheap call and turns every failure into a {@link ConnectionCheck} naming the
 * settings to check; never throws for a system's failure.
 */
public final class ConnectionChecker {
    private static final int MAX_MESSAGE = 300;
    private static final String BB_CREDENTIALS =
            "buchhaltungsbutler.api-client, buchhaltungsbutler.api-secret and buchhaltungsbutler.api-key";
    private static final String AV_CREDENTIALS = "accountview.client-id and accountview.client-secret";

    private ConnectionChecker() {
    }

    /**
     * Lists BuchhaltungsButler's payment accounts (one call).
     *
     * @param client the client
     * @return the result
     */
    public static ConnectionCheck buchhaltungsButler(BuchhaltungsButlerClient client) {
        SystemName system = SystemName.BUCHHALTUNGSBUTLER;
        try {
            client.paymentAccounts().list();
            return ok(system, client.baseUrl(), "credentials accepted");
        } catch (RuntimeException e) {
            Status status = Failures.classify(e);
            String check = switch (status) {
                case TRY_LATER -> "buchhaltungsbutler.base-url (is the host reachable?), or try again later";
                default -> e instanceof NotFoundException ? "buchhaltungsbutler.base-url" : BB_CREDENTIALS;
            };
            return failed(system, client.baseUrl(), status, e, check);
        }
    }

    /**
     * Looks for stored tokens (no call) and lists the companies (one call, refreshing the token if due), then
     * finds the configured company among them.
     *
     * @param client the client
     * @param tokens the token store the client uses
     * @param config the AccountView part
     * @return the result and, when OK, the company
     */
    public static Result accountView(AccountViewClient client, TokenStore tokens, AccountViewConfig config) {
        SystemName system = SystemName.ACCOUNTVIEW;
        URI url = client.baseUrl();
        try {
            if (tokens.load().isEmpty()) {
                return new Result(new ConnectionCheck(system, host(url), Status.NOT_AUTHORIZED,
                        "AccountView at " + host(url) + ": no tokens yet in " + tokens + ", the user has to "
                                + "authorize this application once", "authorize AccountView once (accountview.redirect-uri, "
                                + AV_CREDENTIALS + ")"), null);
            }
            List<Company> companies = client.companies();
            Optional<Company> company = companies.stream().filter(c -> matches(c, config)).findFirst();
            if (company.isEmpty()) {
                return new Result(new ConnectionCheck(system, host(url), Status.CONFIGURATION,
                        "AccountView has no company " + wanted(config) + " for this user; available: "
                                + companies.stream().map(Company::code).toList(),
                        config.companyId().isPresent() ? "accountview.company-id" : "accountview.company"), null);
            }
            return new Result(ok(system, url, "credentials accepted, company " + company.get().code() + " found"),
                    company.get());
        } catch (RuntimeException e) {
            Status status = Failures.classify(e);
            String check = switch (status) {
                case TRY_LATER -> "accountview.base-url (is the host reachable?), or try again later";
                case RECONNECT_REQUIRED, NOT_AUTHORIZED -> "authorize AccountView again (the refresh token was "
                        + "refused or has expired)";
                default -> e instanceof NotFoundException ? "accountview.base-url" : AV_CREDENTIALS;
            };
            return new Result(failed(system, url, status, e, check), null);
        }
    }

    private static boolean matches(Company c, AccountViewConfig config) {
        return config.companyId().map(id -> id.equalsIgnoreCase(String.valueOf(c.id()).strip()))
                .orElseGet(() -> c.code() != null && config.company()
                        .map(code -> code.equalsIgnoreCase(c.code().strip())).orElse(false));
    }

    private static String wanted(AccountViewConfig config) {
        return config.companyId().map(id -> "with id '" + id + "'")
                .orElseGet(() -> "'" + config.company().orElse("") + "'");
    }

    private static ConnectionCheck ok(SystemName system, URI url, String message) {
        return new ConnectionCheck(system, host(url), Status.OK, system.displayName() + " at " + host(url) + ": "
                + message, "");
    }

    private static ConnectionCheck failed(SystemName system, URI url, Status status, RuntimeException e,
                                          String check) {
        String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        if (reason.length() > MAX_MESSAGE) {
            reason = reason.substring(0, MAX_MESSAGE) + "...";
        }
        return new ConnectionCheck(system, host(url), status, system.displayName() + " at " + host(url) + ": "
                + reason, check);
    }

    /**
     * The host (and port, when given) of a URL.
     *
     * @param url the URL
     * @return e.g. {@code www.accountview.net} or {@code localhost:8080}
     */
    public static String host(URI url) {
        return url.getPort() < 0 ? String.valueOf(url.getHost()) : url.getHost() + ":" + url.getPort();
    }

    /**
     * AccountView's check and, when it passed, the company found.
     *
     * @param check   the check
     * @param company the company, or null
     */
    public record Result(ConnectionCheck check, Company company) {
    }
}

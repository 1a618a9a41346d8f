package dev.ledgerbridge.examples.demo;

import dev.ledgerbridge.accountview.AccountViewClient;
import dev.ledgerbridge.accountview.CompanyClient;
import dev.ledgerbridge.accountview.oauth.FileTokenStore;
import dev.ledgerbridge.accountview.oauth.OAuthCredentials;
import dev.ledgerbridge.accountview.oauth.Scope;
import dev.ledgerbridge.buchhaltungsbutler.BuchhaltungsButlerClient;
import dev.ledgerbridge.transport.error.ApiException;
import dev.ledgerbridge.transport.error.AuthenticationException;
import dev.ledgerbridge.transport.error.NotFoundException;
import dev.ledgerbridge.transport.error.PermissionException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.Optional;
import java.util.UUID;

/**
 * Connects to real BuchhaltungsButler and AccountView accounts from a {@link RealAccountsConfig}: builds the typed
 * clients, runs AccountView's one-time authorization when the token store is empty (prints the consent URL and
 * reads the code from {@link RealAccountsConfig#AV_AUTH_CODE} or the console), and checks both systems with one
 * cheap call each, so that a wrong credential gives one message naming the system and the variables to check.
 */
public final class RealAccounts {

    private final BuchhaltungsButlerClient buchhaltungsButler;
    private final CompanyClient accountView;

    private RealAccounts(BuchhaltungsButlerClient buchhaltungsButler, CompanyClient accountView) {
        this.buchhaltungsButler = buchhaltungsButler;
        this.accountView = accountView;
    }

    /**
     * Builds the clients, authorizes AccountView if needed and checks both credentials.
     *
     * @param config the credentials
     * @param in     the console to read an authorization code from
     * @param out    where to print the authorization URL
     * @return the connected clients
     * @throws CredentialException when a system refuses a credential (one message, no secrets)
     */
    public static RealAccounts connect(RealAccountsConfig config, BufferedReader in, PrintStream out) {
        BuchhaltungsButlerClient bb = buchhaltungsButler(config);
        CompanyClient av = accountView(config, in, out);
        return new RealAccounts(bb, av);
    }

    private static BuchhaltungsButlerClient buchhaltungsButler(RealAccountsConfig config) {
        BuchhaltungsButlerClient.Builder b = BuchhaltungsButlerClient.builder()
                .apiClient(config.require(RealAccountsConfig.BB_API_CLIENT))
                .apiSecret(config.require(RealAccountsConfig.BB_API_SECRET))
                .apiKey(config.require(RealAccountsConfig.BB_API_KEY));
        config.get(RealAccountsConfig.BB_BASE_URL).ifPresent(b::baseUrl);
        BuchhaltungsButlerClient client = b.build();
        try {
            client.paymentAccounts().list();
        } catch (AuthenticationException | PermissionException e) {
            throw refused("BuchhaltungsButler", e, RealAccountsConfig.BB_API_CLIENT + ", "
                    + RealAccountsConfig.BB_API_SECRET + " and " + RealAccountsConfig.BB_API_KEY);
        }
        return client;
    }

    private static CompanyClient accountView(RealAccountsConfig config, BufferedReader in, PrintStream out) {
        Path tokenFile = Path.of(config.require(RealAccountsConfig.AV_TOKEN_STORE));
        FileTokenStore store = FileTokenStore.at(tokenFile);
        AccountViewClient.Builder b = AccountViewClient.builder()
                .credentials(OAuthCredentials.of(config.require(RealAccountsConfig.AV_CLIENT_ID),
                        config.require(RealAccountsConfig.AV_CLIENT_SECRET)))
                .tokenStore(store);
        config.get(RealAccountsConfig.AV_BASE_URL).ifPresent(b::baseUrl);
        AccountViewClient client = b.build();
        URI redirect = URI.create(config.require(RealAccountsConfig.AV_REDIRECT_URI));
        if (store.load().isEmpty()) {
            String code = config.get(RealAccountsConfig.AV_AUTH_CODE)
                    .orElseGet(() -> askForCode(client, redirect, in, out));
            try {
                client.exchangeCode(code, redirect);
            } catch (AuthenticationException | PermissionException e) {
                throw refused("AccountView", e, RealAccountsConfig.AV_CLIENT_ID + ", "
                        + RealAccountsConfig.AV_CLIENT_SECRET + ", " + RealAccountsConfig.AV_REDIRECT_URI
                        + " and the authorization code (codes are single-use and expire quickly)");
            }
            out.println("AccountView authorized; tokens saved in " + tokenFile.toAbsolutePath());
        }
        String company = config.require(RealAccountsConfig.AV_COMPANY);
        try {
            return client.forCompany(company);
        } catch (AuthenticationException | PermissionException e) {
            throw refused("AccountView", e, RealAccountsConfig.AV_CLIENT_ID + " and "
                    + RealAccountsConfig.AV_CLIENT_SECRET + " (or delete " + tokenFile
                    + " and authorize again: the refresh token may have expired)");
        } catch (NotFoundException e) {
            throw new CredentialException("AccountView has no company '" + company + "' for these credentials ("
                    + RealAccountsConfig.AV_COMPANY + "): " + e.getMessage());
        }
    }

    private static String askForCode(AccountViewClient client, URI redirect, BufferedReader in, PrintStream out) {
        URI url = client.authorizationUri(redirect, UUID.randomUUID().toString(), Scope.READ, Scope.UPDATE);
        out.println("AccountView needs your consent once. Open this URL, log in and allow access:");
        out.println("  " + url);
        out.println("Then paste the 'code' parameter of the page you are redirected to (or set "
                + RealAccountsConfig.AV_AUTH_CODE + "):");
        out.print("> ");
        out.flush();
        try {
            String line = in.readLine();
            return Optional.ofNullable(line).map(String::strip).filter(s -> !s.isEmpty())
                    .orElseThrow(() -> new CredentialException("No AccountView authorization code given (stdin was "
                            + "empty); set " + RealAccountsConfig.AV_AUTH_CODE + " or run interactively."));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the authorization code", e);
        }
    }

    private static CredentialException refused(String system, ApiException e, String check) {
        return new CredentialException(system + " refused the credentials (HTTP " + e.httpStatus()
                + e.endpoint().map(p -> " on " + p).orElse("") + "): check " + check + ".");
    }

    /**
     * The BuchhaltungsButler client.
     *
     * @return the client
     */
    public BuchhaltungsButlerClient buchhaltungsButler() {
        return buchhaltungsButler;
    }

    /**
     * The AccountView client bound to the configured company.
     *
     * @return the client
     */
    public CompanyClient accountView() {
        return accountView;
    }
}

package dev.ledgerbridge.cli;

import dev.ledgerbridge.accountview.AccountViewClient;
import dev.ledgerbridge.accountview.oauth.Scope;
import dev.ledgerbridge.config.ConfiguredSync;
import dev.ledgerbridge.config.ConnectionCheck;
import dev.ledgerbridge.config.SystemName;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.util.UUID;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code authorize accountview}: AccountView's one-time consent. Prints the consent URL, takes the code from the
 * redirect ({@code --code}, or pasted at the prompt), exchanges it and stores the tokens where every later run
 * finds them; the refresh token rotates from then on.
 */
@Command(name = "authorize", mixinStandardHelpOptions = true,
        description = "AccountView's one-time consent: print the consent URL, exchange the code from the redirect and "
                + "store the tokens (again after exit code 3).")
final class AuthorizeCommand implements Callable<Integer> {

    @ParentCommand
    RootCommand root;

    @Parameters(index = "0", paramLabel = "SYSTEM", description = "accountview (the only system with OAuth)")
    String system;

    @Option(names = "--code", paramLabel = "CODE",
            description = "the 'code' parameter of the redirect; without it, it is read from the console")
    String code;

    @Override
    public Integer call() throws IOException {
        if (!SystemName.ACCOUNTVIEW.key().equalsIgnoreCase(system.strip())) {
            throw new CliFailure(ExitCode.CONFIGURATION, "only 'accountview' can be authorized (was '" + system
                    + "'); BuchhaltungsButler uses api-client, api-secret and api-key");
        }
        PrintWriter out = root.session().out();
        try (Wiring w = root.open(false)) {
            ConfiguredSync sync = w.sync();
            URI redirect = sync.config().accountView().redirectUri().orElseThrow(() -> new CliFailure(
                    ExitCode.CONFIGURATION, "accountview.redirect-uri: required to authorize (the redirect URI "
                    + "registered for accountview.client-id)"));
            AccountViewClient client = sync.accountViewClient();
            String given = code != null ? code.strip() : ask(client, redirect, out);
            client.exchangeCode(given, redirect);
            out.println("AccountView authorized; tokens saved in " + w.sync().tokenStore());
            ConnectionCheck check = sync.checkConnections().stream()
                    .filter(c -> c.system() == SystemName.ACCOUNTVIEW).findFirst().orElseThrow();
            if (!check.ok()) {
                root.session().err().println("ledgerbridge: " + Failures.line(check));
                return Failures.exitCode(check.status());
            }
            out.println("  ok    " + check.message());
            return ExitCode.OK;
        }
    }

    private String ask(AccountViewClient client, URI redirect, PrintWriter out) throws IOException {
        URI url = client.authorizationUri(redirect, UUID.randomUUID().toString(), Scope.READ, Scope.UPDATE);
        out.println("Open this URL, log in to AccountView and allow access:");
        out.println("  " + url);
        out.print("Then paste the 'code' parameter of the page you are sent to: ");
        out.flush();
        String line = root.session().in().readLine();
        if (line == null || line.isBlank()) {
            throw new CliFailure(ExitCode.CONFIGURATION, "AccountView: no authorization code given (the console "
                    + "input was empty) -> pass it with --code CODE");
        }
        return line.strip();
    }
}

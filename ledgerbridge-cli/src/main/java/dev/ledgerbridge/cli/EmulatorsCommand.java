package dev.ledgerbridge.cli;

import dev.ledgerbridge.accountview.AccountViewClient;
import dev.ledgerbridge.accountview.oauth.FileTokenStore;
import dev.ledgerbridge.accountview.oauth.OAuthCredentials;
import dev.ledgerbridge.testkit.accountview.AccountViewEmulator;
import dev.ledgerbridge.testkit.buchhaltungsbutler.BuchhaltungsButlerEmulator;
import dev.ledgerbridge.testkit.demo.DemoData;
import dev.ledgerbridge.testkit.demo.DemoDataSet;
import dev.ledgerbridge.testkit.demo.DemoEmulators;
import dev.ledgerbridge.testkit.demo.EmulatorSeeder;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code emulators}: both emulators seeded with the demo data set, a ready-to-use configuration for them (secrets
 * in files next to it, AccountView already authorized), running until stopped: for trying the application out
 * without accounts.
 */
@Command(name = "emulators", mixinStandardHelpOptions = true,
        description = "Start both emulators seeded with the demo data, write a configuration for them and run until "
                + "Ctrl-C or SIGTERM: for trying the application without accounts.")
final class EmulatorsCommand implements Callable<Integer> {

    static final String CONFIG_FILE = "ledgerbridge.yml";

    @ParentCommand
    RootCommand root;

    @Option(names = "--dir", paramLabel = "DIR", defaultValue = "ledgerbridge-emulators",
            description = "where the configuration, its secret files, tokens and state go (default: ${DEFAULT-VALUE}); "
                    + "state and tokens of an earlier session there are deleted")
    Path dir;

    @Option(names = "--bb-port", defaultValue = "0", description = "BuchhaltungsButler emulator port (0: a free one)")
    int bbPort;

    @Option(names = "--av-port", defaultValue = "0", description = "AccountView emulator port (0: a free one)")
    int avPort;

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = root.session().out();
        DemoDataSet data = DemoData.generate();
        try (DemoEmulators emulators = DemoEmulators.start(bbPort, avPort)) {
            emulators.seed(data);
            Path config = writeConfiguration(emulators, dir);
            out.println("BuchhaltungsButler emulator: " + emulators.buchhaltungsButler().baseUrl());
            out.println("AccountView emulator:        " + emulators.accountView().baseUrl());
            out.println("Seeded with the demo data set:");
            data.summary().lines().forEach(l -> out.println("  " + l));
            out.println("Configuration: " + config.toAbsolutePath() + " (secrets in files next to it; AccountView "
                    + "already authorized)");
            out.println("Try it in another terminal:");
            out.println("  export LEDGERBRIDGE_CONFIG=" + config.toAbsolutePath());
            out.println("  bin/ledgerbridge check");
            out.println("  bin/ledgerbridge sync --once");
            out.println("  bin/ledgerbridge status");
            out.println("Running until Ctrl-C or SIGTERM.");
            out.flush();
            root.session().awaitStop();
            out.println("Emulators stopped.");
            out.flush();
            return ExitCode.OK;
        }
    }

    /** Writes the secret files and the configuration, clears an earlier session's state and authorizes. */
    static Path writeConfiguration(DemoEmulators emulators, Path dir) {
        BuchhaltungsButlerEmulator bb = emulators.buchhaltungsButler();
        AccountViewEmulator av = emulators.accountView();
        try {
            Path secrets = Files.createDirectories(dir.resolve("secrets"));
            Files.writeString(secrets.resolve("bb-api-client"), bb.apiClient());
            Files.writeString(secrets.resolve("bb-api-secret"), bb.apiSecret());
            Files.writeString(secrets.resolve("bb-api-key"), bb.apiKey());
            Files.writeString(secrets.resolve("av-client-secret"), av.clientSecret());
            Path state = dir.toAbsolutePath().resolve("ledgerbridge-state");
            Files.deleteIfExists(dir.resolve("ledgerbridge-state.mv.db"));
            Files.deleteIfExists(dir.resolve("ledgerbridge-state.trace.db"));
            Path tokens = dir.resolve("av-tokens.json");
            Files.deleteIfExists(tokens);
            Map<String, String> values = new LinkedHashMap<>();
            values.put("bb.base-url", bb.baseUrl());
            values.put("av.base-url", av.baseUrl());
            values.put("av.client-id", av.clientId());
            values.put("av.redirect-uri", av.redirectUri());
            values.put("av.company", AccountViewEmulator.DEFAULT_COMPANY_CODE);
            values.put("av.default-debtor", EmulatorSeeder.DEFAULT_DEBTOR);
            values.put("av.invoice-article", DemoData.HEADER_ONLY_SKU);
            values.put("state.file", state.toString().replace('\\', '/'));
            Path config = dir.resolve(CONFIG_FILE);
            Files.writeString(config, template(values));
            authorize(av, tokens);
            return config;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the emulators' configuration in " + dir.toAbsolutePath(), e);
        }
    }

    /** The consent a person gives once for a real account; the emulator issues the code itself. */
    private static void authorize(AccountViewEmulator av, Path tokens) {
        AccountViewClient client = AccountViewClient.builder().baseUrl(av.baseUrl())
                .credentials(OAuthCredentials.of(av.clientId(), av.clientSecret()))
                .tokenStore(FileTokenStore.at(tokens)).build();
        client.exchangeCode(av.issueAuthorizationCode(), URI.create(av.redirectUri()));
    }

    static String template(Map<String, String> values) throws IOException {
        try (InputStream in = EmulatorsCommand.class.getResourceAsStream("emulators.yml")) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            for (Map.Entry<String, String> e : values.entrySet()) {
                text = text.replace("${" + e.getKey() + "}", e.getValue());
            }
            return text;
        }
    }
}

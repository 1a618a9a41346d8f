package dev.ledgerbridge.examples.csvfeed;

import dev.ledgerbridge.accountview.AccountViewClient;
import dev.ledgerbridge.accountview.oauth.InMemoryTokenStore;
import dev.ledgerbridge.accountview.oauth.OAuthCredentials;
import dev.ledgerbridge.sync.SyncEngine;
import dev.ledgerbridge.sync.accountview.AccountViewConnector;
import dev.ledgerbridge.sync.flow.SyncFlows;
import dev.ledgerbridge.sync.report.SyncReport;
import dev.ledgerbridge.sync.spi.Connector;
import dev.ledgerbridge.sync.state.InMemoryStateStore;
import dev.ledgerbridge.sync.state.StateStore;
import dev.ledgerbridge.testkit.accountview.AccountViewEmulator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Example: a custom connector ({@link CsvProductFeed}) as the source of the categories and products flows into
 * AccountView. The engine only needs the connector to read; matching by SKU/code, skipping unchanged rows and
 * creating or updating articles is the engine's and the AccountView connector's job.
 */
public final class CsvFeedExample {

    /** A small feed: two groups, three articles (one of them a price change of the second run). */
    public static final String SAMPLE = String.join("\n",
            "sku;name;category_code;category_name;price;currency;ean;short_description;image_url",
            "LED-4000;LED-paneel 60x60 4000K;VERL;Verlichting;49,95;EUR;8712345678906;;",
            "LED-3000;LED-paneel 60x60 3000K;VERL;Verlichting;49,95;EUR;;;",
            "SMART-01;Slimme stekker;SMART;Slimme woning;19.95;EUR;;\"Zigbee; werkt met app\";",
            "");

    private CsvFeedExample() {
    }

    /**
     * Runs categories and products from a feed file into AccountView.
     *
     * @param feedFile    the CSV file
     * @param accountView the AccountView connector
     * @param state       the state store (keep it between runs)
     * @return the report (categories first, then products)
     */
    public static SyncReport run(Path feedFile, Connector accountView, StateStore state) {
        CsvProductFeed feed = new CsvProductFeed("Supplier-CSV", feedFile);
        return SyncEngine.builder().stateStore(state).build()
                .run(SyncFlows.productsWithCategories(feed, accountView));
    }

    /**
     * An AccountView connector on an emulator (replace with your client for a real company).
     *
     * @param emulator the emulator
     * @return the connector
     */
    public static AccountViewConnector accountView(AccountViewEmulator emulator) {
        AccountViewClient client = AccountViewClient.builder()
                .baseUrl(emulator.baseUrl())
                .credentials(OAuthCredentials.of(emulator.clientId(), emulator.clientSecret()))
                .tokenStore(new InMemoryTokenStore())
                .build();
        client.exchangeCode(emulator.issueAuthorizationCode(), URI.create(emulator.redirectUri()));
        return AccountViewConnector.builder(client.forCompany(AccountViewEmulator.DEFAULT_COMPANY_CODE)).build();
    }

    /**
     * Writes {@link #SAMPLE} to a temporary file, runs it into an AccountView emulator and prints the report and
     * the articles.
     *
     * @param args optional: a CSV file of your own
     */
    public static void main(String[] args) {
        Path file = args.length > 0 ? Path.of(args[0]) : sampleFile();
        try (AccountViewEmulator emulator = AccountViewEmulator.start()) {
            SyncReport report = run(file, accountView(emulator), new InMemoryStateStore());
            System.out.println(report);
            emulator.company().rows("ARTICLE").forEach(row -> System.out.println("  " + row.get("ART_CODE") + " "
                    + row.get("ART_DESC1") + " " + row.get("PX_SELL") + " group " + row.get("AG_CODE")));
        }
    }

    private static Path sampleFile() {
        try {
            Path file = Files.createTempFile("supplier-feed", ".csv");
            Files.writeString(file, SAMPLE, StandardCharsets.UTF_8);
            file.toFile().deleteOnExit();
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

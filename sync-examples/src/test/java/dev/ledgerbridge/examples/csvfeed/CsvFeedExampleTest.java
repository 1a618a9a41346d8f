package dev.ledgerbridge.examples.csvfeed;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.ledgerbridge.sync.accountview.AccountViewConnector;
import dev.ledgerbridge.sync.report.Action;
import dev.ledgerbridge.sync.report.SyncReport;
import dev.ledgerbridge.sync.state.InMemoryStateStore;
import dev.ledgerbridge.testkit.accountview.AccountViewEmulator;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvFeedExampleTest {

    @TempDir
    Path dir;

    @Test
    void feedCreatesGroupsAndArticlesThenSkipsUnchangedAndUpdatesAChangedPrice() throws IOException {
        Path file = dir.resolve("feed.csv");
        Files.writeString(file, CsvFeedExample.SAMPLE);
        try (AccountViewEmulator emulator = AccountViewEmulator.start()) {
            AccountViewConnector av = CsvFeedExample.accountView(emulator);
            InMemoryStateStore state = new InMemoryStateStore();

            SyncReport first = CsvFeedExample.run(file, av, state);
            assertEquals(2, first.flow("categories:Supplier-CSV->AccountView").count(Action.CREATED));
            assertEquals(3, first.flow("products:Supplier-CSV->AccountView").count(Action.CREATED));
            Map<String, Object> groups = emulator.company().rows("ART_GRP").stream()
                    .collect(Collectors.toMap(r -> (String) r.get("AG_CODE"), r -> r.get("AG_DESC")));
            assertEquals(Map.of("VERL", "Verlichting", "SMART", "Slimme woning"), groups);

            Files.writeString(file, CsvFeedExample.SAMPLE.replace("LED-3000;LED-paneel 60x60 3000K;VERL;Verlichting;"
                    + "49,95", "LED-3000;LED-paneel 60x60 3000K;VERL;Verlichting;44,95"));
            emulator.stats().reset();
            SyncReport second = CsvFeedExample.run(file, av, state);
            assertEquals(1, second.count(Action.UPDATED), second.toString());
            assertEquals(0, second.count(Action.CREATED));
            assertEquals(1, emulator.requestCount("PUT /accountviewdata AK1"), emulator.stats().toString());
            Object price = emulator.company().rows("ARTICLE").stream()
                    .filter(r -> "LED-3000".equals(r.get("ART_CODE"))).findFirst().orElseThrow().get("PX_SELL");
            assertEquals(0, new BigDecimal("44.95").compareTo(new BigDecimal(price.toString())));
        }
    }
}

package dev.ledgerbridge.examples.readme;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.ledgerbridge.accountview.AccountViewClient;
import dev.ledgerbridge.buchhaltungsbutler.BuchhaltungsButlerClient;
import dev.ledgerbridge.sync.SyncEngine;
import dev.ledgerbridge.sync.accountview.AccountViewConnector;
import dev.ledgerbridge.sync.accountview.OrderSource;
import dev.ledgerbridge.sync.buchhaltungsbutler.BuchhaltungsButlerConnector;
import dev.ledgerbridge.sync.flow.SyncFlows;
import dev.ledgerbridge.testkit.accountview.AccountViewEmulator;
import dev.ledgerbridge.testkit.clients.EmulatorClients;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** README: the BuchhaltungsButler and AccountView connector sections. */
class ConnectorSnippets {

    /** Compiled only: the client talks to the real BuchhaltungsButler host. */
    static void buchhaltungsButlerConnector(SyncEngine engine, AccountViewConnector av, String id, String secret,
            String key) {
        // readme:start bb-connector
        BuchhaltungsButlerConnector bb = BuchhaltungsButlerConnector.builder()
                .client(BuchhaltungsButlerClient.builder().apiClient(id).apiSecret(secret).apiKey(key).build())
                .defaultVatPercent(new BigDecimal("19"))     // AccountView order lines carry no VAT rate
                .build();
        engine.run(SyncFlows.customers(av, bb).build(), SyncFlows.orders(av, bb).productCatalog(av).build());
        // readme:end bb-connector
    }

    static AccountViewConnector accountViewConnector(AccountViewClient client) {
        // readme:start av-connector
        AccountViewConnector av = AccountViewConnector.builder(client.forCompany("DEMO"))
                .referenceField("A8_REF").eanField("A8_EAN").orderSource(OrderSource.SALES_ORDERS).build();
        // readme:end av-connector
        return av;
    }

    @Test
    void accountViewConnectorBuildsAgainstTheEmulatorsDemoCompany() {
        try (AccountViewEmulator emulator = AccountViewEmulator.start()) {
            AccountViewConnector av = accountViewConnector(EmulatorClients.accountView(emulator));
            assertEquals("AccountView", av.name());
        }
    }
}

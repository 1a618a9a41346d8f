package dev.ledgerbridge.sync.accountview;

import dev.ledgerbridge.accountview.CompanyClient;
import dev.ledgerbridge.sync.model.StockLevel;
import dev.ledgerbridge.sync.spi.EntityReader;
import dev.ledgerbridge.sync.spi.Identified;
import dev.ledgerbridge.sync.spi.ReadResult;

/**
 * Stock levels from the article stock fields, read with {@code Fields} so that only they travel:
 * available = {@code QTY_AVAIL}, free = {@code QTY_FREE2}, technical = {@code QTY_TECH}, on order =
 * {@code QTY_BESTEL}. AccountView has no reservation figure; the engine applies the configured calculation.
 */
final class Stock implements EntityReader<StockLevel> {
    private final CompanyClient client;

    Stock(CompanyClient client) {
        this.client = client;
    }

    @Override
    public ReadResult<StockLevel> read(String changeCursor) {
        var query = client.articles().query().fields("ART_CODE", "QTY_AVAIL", "QTY_FREE2", "QTY_TECH", "QTY_BESTEL")
                .build();
        return ReadResult.of(Lazy.map(client.articles().list(query), a -> new Identified<>(a.code(),
                new StockLevel(a.code(), null, a.quantityAvailable(), a.quantityFree(), a.quantityTechnical(), null,
                        a.quantityOnOrder()))));
    }
}

package dev.ledgerbridge.sync.internal;

import dev.ledgerbridge.sync.Settings;
import dev.ledgerbridge.sync.flow.Mappers;
import dev.ledgerbridge.sync.model.StockLevel;
import dev.ledgerbridge.sync.spi.Connector;
import dev.ledgerbridge.sync.spi.EntityType;
import dev.ledgerbridge.sync.spi.Mapper;
import dev.ledgerbridge.sync.spi.MatchStrategy;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * Stock: the quantity is computed with the configured calculation and only it is written (so only a changed
 * quantity causes a write); nothing is written when the target does not manage stock.
 */
public final class StockRules implements EntityRules<StockLevel> {
    /** The rules. */
    public static final StockRules INSTANCE = new StockRules();

    private StockRules() {
    }

    @Override
    public EntityType<StockLevel> type() {
        return EntityType.STOCK;
    }

    @Override
    public Mapper<StockLevel> defaultMapper() {
        return Mappers.stock();
    }

    @Override
    public MatchStrategy<StockLevel> defaultMatch() {
        return MatchStrategy.stockBySku();
    }

    @Override
    public Optional<String> skipFlow(Connector target, Settings settings) {
        return settings.manageStock() ? Optional.empty()
                : Optional.of("stock not written: " + target.name() + " does not manage stock "
                        + "(Settings.manageStock is false)");
    }

    @Override
    public List<Item<StockLevel>> expand(String sourceId, StockLevel mapped, Connector target, Settings settings) {
        BigDecimal quantity = settings.stockCalculation().apply(mapped);
        if (quantity == null) {
            return List.of(new Item<>(sourceId, mapped, List.of(), "the stock level of SKU '" + mapped.sku()
                    + "' lacks the figures for the " + settings.stockCalculation() + " calculation"));
        }
        return List.of(Item.of(sourceId, StockLevel.ofQuantity(mapped.sku(), quantity), List.of()));
    }
}

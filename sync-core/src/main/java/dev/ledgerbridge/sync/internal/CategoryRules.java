package dev.ledgerbridge.sync.internal;

import dev.ledgerbridge.sync.flow.Mappers;
import dev.ledgerbridge.sync.model.Category;
import dev.ledgerbridge.sync.spi.EntityType;
import dev.ledgerbridge.sync.spi.Mapper;
import dev.ledgerbridge.sync.spi.MatchStrategy;

/** Categories: matched by code. */
public final class CategoryRules implements EntityRules<Category> {
    /** The rules. */
    public static final CategoryRules INSTANCE = new CategoryRules();

    private CategoryRules() {
    }

    @Override
    public EntityType<Category> type() {
        return EntityType.CATEGORY;
    }

    @Override
    public Mapper<Category> defaultMapper() {
        return Mappers.category();
    }

    @Override
    public MatchStrategy<Category> defaultMatch() {
        return MatchStrategy.byCode();
    }
}

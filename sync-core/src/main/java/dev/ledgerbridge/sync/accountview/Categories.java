package dev.ledgerbridge.sync.accountview;

import dev.ledgerbridge.accountview.CompanyClient;
import dev.ledgerbridge.accountview.model.ArticleGroup;
import dev.ledgerbridge.sync.model.Category;
import dev.ledgerbridge.sync.spi.EntityLookup;
import dev.ledgerbridge.sync.spi.EntityReader;
import dev.ledgerbridge.sync.spi.EntityWriter;
import dev.ledgerbridge.sync.spi.Identified;
import dev.ledgerbridge.sync.spi.MatchKey;
import dev.ledgerbridge.sync.spi.ReadResult;
import dev.ledgerbridge.sync.spi.Update;
import java.util.List;
import java.util.Objects;

/** Categories as article groups ({@code AG1}/{@code ART_GRP}): code = {@code AG_CODE}, name = {@code AG_DESC}; flat. */
final class Categories implements EntityReader<Category>, EntityLookup<Category>, EntityWriter<Category> {
    private final CompanyClient client;

    Categories(CompanyClient client) {
        this.client = client;
    }

    @Override
    public ReadResult<Category> read(String changeCursor) {
        return ReadResult.of(Lazy.map(client.articleGroups().all(), g -> new Identified<>(g.code(), toCategory(g))));
    }

    @Override
    public List<Identified<Category>> find(MatchKey key) {
        if (!MatchKey.CODE.equals(key.name())) {
            throw new IllegalArgumentException("AccountView article groups are searched by code (AG_CODE), not by "
                    + key.name());
        }
        return client.articleGroups().byCode(key.value()).map(g -> List.of(new Identified<>(g.code(),
                toCategory(g)))).orElse(List.of());
    }

    @Override
    public String create(Category c) {
        ArticleGroup echoed = client.articleGroups().insert(ArticleGroup.builder().code(c.code())
                .description(c.name() == null ? c.code() : c.name()).build()); // AG_DESC is mandatory
        return echoed.code() != null ? echoed.code() : c.code();
    }

    @Override
    public void update(Update<Category> update) {
        updateIfChanged(update);
    }

    /** Writes the name when it changed; no call otherwise (AccountView article groups hold nothing else). */
    @Override
    public boolean updateIfChanged(Update<Category> update) {
        Category want = update.value();
        boolean changed = want.name() != null && !update.keepFields().contains("name")
                && update.current().map(c -> !Objects.equals(c.name(), want.name())).orElse(true);
        if (changed) {
            client.articleGroups().update(ArticleGroup.builder().code(update.targetId()).description(want.name())
                    .build());
        }
        return changed;
    }

    static Category toCategory(ArticleGroup g) {
        return new Category(g.code(), Addresses.blankToNull(g.description()), null);
    }
}

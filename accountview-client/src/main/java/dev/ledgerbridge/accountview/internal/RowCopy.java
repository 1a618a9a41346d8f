package dev.ledgerbridge.accountview.internal;

import dev.ledgerbridge.accountview.data.Row;
import dev.ledgerbridge.accountview.data.WriteRow;
import java.util.Locale;
import java.util.Set;
import java.util.function.BiConsumer;

/** Copying steps every field mapping and model builder shares: unmapped fields to extra, custom columns over. */
public final class RowCopy {
    private RowCopy() {
    }

    /**
     * Hands every field of a row whose code (compared upper-case) is not mapped to {@code extra}, in row order.
     *
     * @param row    the row read from the server
     * @param mapped upper-case codes of the fields the model maps
     * @param extra  receives field code and value
     */
    public static void unmapped(Row row, Set<String> mapped, BiConsumer<String, Object> extra) {
        row.values().forEach((k, v) -> {
            if (!mapped.contains(k.toUpperCase(Locale.ROOT))) {
                extra.accept(k, v);
            }
        });
    }

    /**
     * Sets every column of {@code from}, with its type, on {@code to}, in order.
     *
     * @param from the columns to copy
     * @param to   the builder receiving them
     */
    public static void copy(WriteRow from, WriteRow.Builder to) {
        for (String field : from.fields()) {
            to.set(field, from.type(field), from.value(field));
        }
    }
}

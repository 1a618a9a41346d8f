package dev.ledgerbridge.sync.spi;

import java.util.Optional;
import java.util.function.Supplier;

/**
 * What a reader returns: the records (fetched lazily, page by page, while the engine iterates) and, after
 * iteration, the cursor to read changes from next time.
 *
 * @param <T> the model type
 */
public final class ReadResult<T> {
    private final Iterable<Identified<T>> records;
    private final Supplier<Optional<String>> nextCursor;

    private ReadResult(Iterable<Identified<T>> records, Supplier<Optional<String>> nextCursor) {
        this.records = records;
        this.nextCursor = nextCursor;
    }

    /**
     * A result.
     *
     * @param records    the records; may fetch pages lazily
     * @param nextCursor called after the records were iterated; the cursor for the next incremental read, or
     *                   empty when the connector has no change cursor
     */
    public static <T> ReadResult<T> of(Iterable<Identified<T>> records, Supplier<Optional<String>> nextCursor) {
        return new ReadResult<>(records, nextCursor);
    }

    /** A result without a change cursor. */
    public static <T> ReadResult<T> of(Iterable<Identified<T>> records) {
        return new ReadResult<>(records, Optional::empty);
    }

    /** The records. */
    public Iterable<Identified<T>> records() {
        return records;
    }

    /** The cursor for the next run; call only after iterating {@link #records()}. */
    public Optional<String> nextCursor() {
        return nextCursor.get();
    }
}

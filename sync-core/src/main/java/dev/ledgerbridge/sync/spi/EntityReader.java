package dev.ledgerbridge.sync.spi;

/**
 * Reads records of one type from a system ({@link Capability#READ}).
 *
 * @param <T> the model type
 */
public interface EntityReader<T> {
    /**
     * Reads records.
     *
     * @param changeCursor {@code null} to read everything; otherwise a cursor this reader returned before, to
     *                     read only records changed since ({@link Capability#READ_CHANGES}). A reader without
     *                     change support ignores it and reads everything.
     * @return the records and the next cursor
     */
    ReadResult<T> read(String changeCursor);

    /**
     * Reads like {@link #read(String)}, told which source ids the engine will process in full: for the others
     * (already transferred, or echoes of its own writes) it only needs the id and the identifying fields. A reader
     * may skip expensive detail for those, such as fetching each order's customer. The default ignores the hint.
     *
     * @param changeCursor as for {@link #read(String)}
     * @param needed       true for the ids the engine will process in full
     */
    default ReadResult<T> read(String changeCursor, java.util.function.Predicate<String> needed) {
        return read(changeCursor);
    }

    /**
     * The records with the given source ids, to retry records that failed in an earlier run (parked) without
     * reading everything again: an incremental read moves on past them. Ids the source no longer has are simply
     * absent. The default reads everything and filters; readers that can fetch by id should do so.
     *
     * @param sourceIds the ids, at most a few thousand
     */
    default Iterable<Identified<T>> readIds(java.util.Set<String> sourceIds) {
        Iterable<Identified<T>> all = read(null).records();
        return () -> java.util.stream.StreamSupport.stream(all.spliterator(), false)
                .filter(r -> sourceIds.contains(r.id())).iterator();
    }
}

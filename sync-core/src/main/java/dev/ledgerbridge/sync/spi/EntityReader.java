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

    /**
     * What one full read of this type ({@code read(null)}) would cost in API calls, estimated, so that the engine
     * can choose per run between looking keys up one by one through the system's {@link EntityLookup} (about one
     * call each) and one full read that answers every key of the run (an index of key -> id).
     *
     * <p>The engine asks at most once per run and type, and only when it has a key to resolve that the system could
     * also search. An implementation may spend a call on the answer (a count, or reading the first page, which
     * tells whether there is more than one); its Javadoc says so. It should err towards more calls rather than
     * fewer: a too-low estimate makes the engine read everything for a single key.
     *
     * @return the calls a full read costs, at least 1; empty (the default) when the reader cannot tell, and the
     *         engine then searches the first {@code Settings.searchesBeforeIndex()} keys of a run and reads
     *         everything after that
     */
    default java.util.OptionalLong estimateFullReadCalls() {
        return java.util.OptionalLong.empty();
    }
}

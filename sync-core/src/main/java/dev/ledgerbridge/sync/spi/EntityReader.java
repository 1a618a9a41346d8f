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
}

package dev.ledgerbridge.sync.spi;

/** What a connector can do with one entity type. */
public enum Capability {
    /** Read all records. */
    READ,
    /** Read only records changed since a cursor (e.g. AccountView {@code CNG_DATE}). */
    READ_CHANGES,
    /** Create a record. */
    CREATE,
    /** Update an existing record by its id. */
    UPDATE,
    /** Create many records in one call. */
    BATCH_CREATE,
    /** Orders read from this system carry their lines (without it: headers only). */
    ORDER_LINES,
    /** Products written to this system keep their variants (without it: variants are flattened). */
    VARIANTS,
    /** Products written to this system keep their images. */
    IMAGES
}

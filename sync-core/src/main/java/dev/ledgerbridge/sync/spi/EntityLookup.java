package dev.ledgerbridge.sync.spi;

import java.util.List;

/**
 * Finds records of one type by a natural key, for systems that can search (declared with
 * {@link Capabilities.Builder#searchKeys}). For systems that cannot, the engine prefetches an index
 * through the {@link EntityReader} instead.
 *
 * @param <T> the model type
 */
public interface EntityLookup<T> {
    /**
     * Finds the records whose key equals the given one (comparison as the system does it; e-mails case-insensitive).
     *
     * @param key a key whose name is among the declared search keys
     * @return the matches, empty when there are none
     */
    List<Identified<T>> find(MatchKey key);
}

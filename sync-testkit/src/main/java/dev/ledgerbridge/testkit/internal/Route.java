package dev.ledgerbridge.testkit.internal;

/**
 * A resolved request: the keys it is counted and fault-matched under, and what answers it.
 *
 * @param keys endpoint keys, most general first (fault rules match any of them); the last is the one the request is
 *     counted under
 * @param handler produces the answer
 */
public record Route(String[] keys, Handler handler) {

    /**
     * Returns the most specific key, the one {@link dev.ledgerbridge.testkit.RequestStats} counts the request under.
     *
     * @return the last key
     */
    public String endpoint() {
        return keys[keys.length - 1];
    }

    /** Produces the answer to a call. */
    @FunctionalInterface
    public interface Handler {
        /**
         * Answers a call.
         *
         * @param call the request
         * @return the answer
         */
        Reply handle(Call call);
    }
}

package dev.ledgerbridge.testkit.internal;

/**
 * A resolved request: the keys it is counted and fault-matched under, and what answers it.
 *
 * @param keys endpoint keys, most general first; the first is the key users see in request counts
 * @param handler produces the answer
 */
public record Route(String[] keys, Handler handler) {

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

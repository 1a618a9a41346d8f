package dev.ledgerbridge.buchhaltungsbutler.internal;

import java.util.Map;
import java.util.Set;

/**
 * One API path and what the client must know about it: whether it only reads (safe to repeat),
 * which rate-limit buckets it draws from, and what its endpoint-specific error codes mean.
 *
 * @param path        path below the base URL, e.g. {@code /settings/get/debtors}
 * @param kind        read, write, batch or upload
 * @param fieldCodes  error codes that name an invalid request field
 * @param quotaCodes  error codes meaning a plan quota is used up
 * @param byId        whether the record id is appended as a path segment
 * @param notFoundCodes error codes meaning the addressed record does not exist
 */
public record Endpoint(String path, Kind kind, Map<Integer, String> fieldCodes, Set<Integer> quotaCodes, boolean byId,
        Set<Integer> notFoundCodes) {

    /** How an endpoint behaves for retries and rate limits. */
    public enum Kind { READ, WRITE, BATCH, UPLOAD }

    /** A read endpoint. */
    public static Endpoint read(String path, Map<Integer, String> fieldCodes) {
        return new Endpoint(path, Kind.READ, fieldCodes, Set.of(), false, Set.of());
    }

    /** A write endpoint. */
    public static Endpoint write(String path, Map<Integer, String> fieldCodes) {
        return new Endpoint(path, Kind.WRITE, fieldCodes, Set.of(), false, Set.of());
    }

    /** A batch endpoint (one call every few seconds). */
    public static Endpoint batch(String path) {
        return new Endpoint(path, Kind.BATCH, Map.of(), Set.of(), false, Set.of());
    }

    /** The same endpoint with the id as a trailing path segment. */
    public Endpoint byIdRoute() {
        return new Endpoint(path, kind, fieldCodes, quotaCodes, true, notFoundCodes);
    }

    /** The same endpoint with plan-quota error codes. */
    public Endpoint withQuotaCodes(Integer... codes) {
        return new Endpoint(path, kind, fieldCodes, Set.of(codes), byId, notFoundCodes);
    }

    /** The same endpoint as an upload. */
    public Endpoint asUpload() {
        return new Endpoint(path, Kind.UPLOAD, fieldCodes, quotaCodes, byId, notFoundCodes);
    }

    /** The same endpoint with codes that mean "record not found". */
    public Endpoint withNotFoundCodes(Integer... codes) {
        return new Endpoint(path, kind, fieldCodes, quotaCodes, byId, Set.of(codes));
    }

    /** Name for logs and errors: never contains an id or a secret. */
    public String displayName() {
        return "POST " + path + (byId ? "/{id}" : "");
    }

    /**
     * Whether error code 15 means "adding temporarily restricted" here: on batch, add and upload
     * endpoints, unless the endpoint uses 15 for a field (as {@code /receipts/get} does).
     */
    public boolean code15IsThrottling() {
        if (fieldCodes.containsKey(15)) {
            return false;
        }
        return kind == Kind.BATCH || kind == Kind.UPLOAD || path.contains("/add");
    }
}

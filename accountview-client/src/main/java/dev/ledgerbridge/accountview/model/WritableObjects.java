package dev.ledgerbridge.accountview.model;

/**
 * Typed reads, inserts and updates of one business object. Values are validated before anything is sent
 * (lengths, formats, mandatory fields on insert, the key on update); a violation throws a
 * {@link dev.ledgerbridge.transport.error.RequestValidationException} naming property, field code, value and
 * rule. Writes are not retried by the transport (the first attempt may have been applied).
 *
 * @param <T> the model type
 */
public interface WritableObjects<T> extends ReadableObjects<T> {
    /**
     * Inserts a value ({@code POST}); only the fields set are sent.
     *
     * @param value the value
     * @return the row as echoed by the server (with server-assigned keys), or {@code value} when nothing was echoed
     */
    T insert(T value);

    /**
     * Updates a value ({@code PUT}); the key field must be set, only the fields set are sent and the others stay
     * as they are.
     *
     * @param value the key and the fields to change
     * @return the row as echoed by the server, or {@code value} when nothing was echoed
     */
    T update(T value);
}

package dev.ledgerbridge.buchhaltungsbutler;

import dev.ledgerbridge.transport.error.ApiErrorException;
import java.util.Optional;

/**
 * BuchhaltungsButler rejected a call with an endpoint-specific {@code error_code}, typically a
 * validation rule of the server ("invalid name specified"). {@link #field()} names the request
 * field the code refers to, when the code is known to refer to one.
 */
public class BuchhaltungsButlerErrorException extends ApiErrorException {
    private static final long serialVersionUID = 1L;
    private final String field;
    private final String serverMessage;

    /**
     * @param message       full message, free of secrets
     * @param endpoint      logical endpoint, e.g. {@code POST /settings/add/debtor}
     * @param httpStatus    HTTP status
     * @param errorCode     the API's error code, or null
     * @param field         the request field the code refers to, or null
     * @param serverMessage the API's own message text, or null
     */
    public BuchhaltungsButlerErrorException(String message, String endpoint, int httpStatus, String errorCode,
            String field, String serverMessage) {
        super(message, endpoint, httpStatus, errorCode, null);
        this.field = field;
        this.serverMessage = serverMessage;
    }

    /** The request field the error code refers to (wire name, e.g. {@code postingaccount_number}), if known. */
    public Optional<String> field() {
        return Optional.ofNullable(field);
    }

    /** The API's {@code message} text as sent (English, free text; do not branch on it). */
    public Optional<String> serverMessage() {
        return Optional.ofNullable(serverMessage);
    }
}

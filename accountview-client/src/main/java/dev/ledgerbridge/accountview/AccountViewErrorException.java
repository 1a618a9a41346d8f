package dev.ledgerbridge.accountview;

import dev.ledgerbridge.transport.error.ApiErrorException;
import java.util.List;
import java.util.Optional;

/**
 * AccountView.Net refused a call, typically by a validation rule of the server, on a status that no more specific
 * exception covers: an error body ({@code ErrorType}, {@code ErrorNumbers}, {@code ErrorMessage}) with HTTP 200
 * (AccountView reports validation errors that way too) or any other 2xx, 3xx or 4xx status but 401, 403, 404 and
 * 429. {@link #errorCode()} is the {@code ErrorType} as sent. The error numbers and the server's message are named in
 * {@link #getMessage()} as well; for 401, 403, 404, 429 and 5xx the transport's exceptions are thrown instead, and
 * their messages name the error numbers too.
 */
public class AccountViewErrorException extends ApiErrorException {
    private static final long serialVersionUID = 1L;
    private final List<String> errorNumbers;
    private final String serverMessage;

    /**
     * @param message       full message, free of secrets
     * @param endpoint      logical endpoint, e.g. {@code POST accountviewdata AR1}
     * @param httpStatus    HTTP status
     * @param errorType     the {@code ErrorType} as sent, or null
     * @param errorNumbers  the {@code ErrorNumbers} as text, empty when none were sent
     * @param serverMessage the {@code ErrorMessage} as sent, or null
     */
    public AccountViewErrorException(String message, String endpoint, int httpStatus, String errorType,
            List<String> errorNumbers, String serverMessage) {
        super(message, endpoint, httpStatus, errorType, null);
        this.errorNumbers = List.copyOf(errorNumbers);
        this.serverMessage = serverMessage;
    }

    /**
     * The {@code ErrorNumbers} of the error body as text, in the order sent. Their shape is not documented, so they
     * are read tolerantly: null gives an empty list; a number or a string gives one entry (its text); an array gives
     * one entry per element; an object (or an object inside the array) gives one entry holding its compact JSON.
     *
     * @return the error numbers; empty when none were sent; unmodifiable
     */
    public List<String> errorNumbers() {
        return errorNumbers;
    }

    /**
     * The {@code ErrorMessage} text as sent (presumably Dutch, free text; do not branch on it).
     *
     * @return the server's message, empty when none was sent
     */
    public Optional<String> serverMessage() {
        return Optional.ofNullable(serverMessage);
    }
}

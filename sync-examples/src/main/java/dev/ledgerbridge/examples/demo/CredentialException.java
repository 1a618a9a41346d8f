package dev.ledgerbridge.examples.demo;

/**
 * A credential is missing, malformed or was refused; the message says which one and what to do, and never
 * contains a secret.
 */
public final class CredentialException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message the one message to show
     */
    public CredentialException(String message) {
        super(message);
    }
}

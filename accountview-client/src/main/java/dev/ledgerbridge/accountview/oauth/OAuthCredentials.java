package dev.ledgerbridge.accountview.oauth;

import java.util.Objects;

/**
 * The application's AccountView.Net API key ({@code client_id}) and API secret ({@code client_secret}), shown
 * in the developer menu after registering the application. Immutable; {@link #toString()} hides the secret.
 */
public final class OAuthCredentials {
    private final String clientId;
    private final String clientSecret;

    private OAuthCredentials(String clientId, String clientSecret) {
        if (clientId == null || clientId.isBlank()) {
            throw new IllegalArgumentException("clientId (API key) must not be blank");
        }
        if (clientSecret == null || clientSecret.isBlank()) {
            throw new IllegalArgumentException("clientSecret (API secret) must not be blank");
        }
        this.clientId = clientId.strip();
        this.clientSecret = clientSecret.strip();
    }

    /**
     * Credentials of a registered application.
     *
     * @param clientId     the API key
     * @param clientSecret the API secret
     * @return the credentials
     */
    public static OAuthCredentials of(String clientId, String clientSecret) {
        return new OAuthCredentials(clientId, clientSecret);
    }

    /** The API key ({@code client_id}). */
    public String clientId() {
        return clientId;
    }

    /** The API secret ({@code client_secret}). */
    public String clientSecret() {
        return clientSecret;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof OAuthCredentials c && c.clientId.equals(clientId) && c.clientSecret.equals(clientSecret);
    }

    @Override
    public int hashCode() {
        return Objects.hash(clientId, clientSecret);
    }

    /** The client id only. */
    @Override
    public String toString() {
        return "OAuthCredentials{clientId=" + clientId + ", clientSecret=***}";
    }
}

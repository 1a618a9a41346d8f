package dev.ledgerbridge.accountview.oauth;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * A {@link TokenStore} that keeps the access and refresh tokens encrypted in the store it wraps (a file, a database
 * table shared by a cluster): AES-GCM with a key the application holds, a fresh 96-bit nonce per value, the field
 * name as associated data (an access token cannot be passed off as a refresh token). Expiry, type and scope stay
 * readable. Whoever reads the table or the file without the key learns nothing usable.
 *
 * <p>Stored values look like {@code lbenc1:<base64 of nonce and ciphertext>}. A stored value without that prefix
 * is read as plain text, so that switching encryption on for an existing store needs no migration: the next refresh
 * writes it encrypted. A value that does not decrypt (wrong key, tampered) fails {@link #load()} with an
 * {@link IllegalStateException} that names the cause, never a value.
 *
 * <p>Thread-safe; {@link #locked} is the wrapped store's lock.
 */
public final class EncryptedTokenStore implements TokenStore {
    private static final String PREFIX = "lbenc1:";
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final TokenStore store;
    private final SecretKey key;

    private EncryptedTokenStore(TokenStore store, SecretKey key) {
        this.store = store;
        this.key = key;
    }

    /**
     * Wraps a store.
     *
     * @param store where the encrypted tokens are kept
     * @param key   an AES key of 16, 24 or 32 bytes (see {@link #key(String)})
     * @return the encrypting store
     * @throws IllegalArgumentException when the key is not an AES key of a valid length
     */
    public static EncryptedTokenStore wrap(TokenStore store, SecretKey key) {
        Objects.requireNonNull(store, "store");
        Objects.requireNonNull(key, "key");
        byte[] raw = key.getEncoded();
        if (!"AES".equalsIgnoreCase(key.getAlgorithm()) || raw == null
                || (raw.length != 16 && raw.length != 24 && raw.length != 32)) {
            throw new IllegalArgumentException("key must be an AES key of 16, 24 or 32 bytes");
        }
        return new EncryptedTokenStore(store, key);
    }

    /**
     * An AES key from its Base64 text (e.g. {@code openssl rand -base64 32}).
     *
     * @param base64 16, 24 or 32 bytes in standard Base64
     * @return the key
     * @throws IllegalArgumentException when not Base64 or of another length (the text, a secret, is not shown)
     */
    public static SecretKey key(String base64) {
        byte[] raw;
        try {
            raw = Base64.getDecoder().decode(Objects.requireNonNull(base64, "base64").strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("token key must be Base64 (e.g. from 'openssl rand -base64 32')");
        }
        if (raw.length != 16 && raw.length != 24 && raw.length != 32) {
            throw new IllegalArgumentException("token key must be 16, 24 or 32 bytes, was " + raw.length);
        }
        return new SecretKeySpec(raw, "AES");
    }

    @Override
    public Optional<TokenSet> load() {
        return store.load().map(t -> t.toBuilder().accessToken(decrypt(t.accessToken(), "access"))
                .refreshToken(t.refreshToken().map(r -> decrypt(r, "refresh")).orElse(null)).build());
    }

    @Override
    public void save(TokenSet tokens) {
        store.save(tokens.toBuilder().accessToken(encrypt(tokens.accessToken(), "access"))
                .refreshToken(tokens.refreshToken().map(r -> encrypt(r, "refresh")).orElse(null)).build());
    }

    @Override
    public <T> T locked(Supplier<T> action) {
        return store.locked(action);
    }

    private String encrypt(String value, String field) {
        byte[] nonce = new byte[NONCE_BYTES];
        RANDOM.nextBytes(nonce);
        try {
            Cipher cipher = cipher(Cipher.ENCRYPT_MODE, nonce, field);
            byte[] sealed = cipher.doFinal(value.getBytes(StandardCharsets.UTF_8));
            return PREFIX + Base64.getEncoder().encodeToString(ByteBuffer.allocate(nonce.length + sealed.length)
                    .put(nonce).put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("encrypting the AccountView " + field + " token failed: "
                    + e.getClass().getSimpleName());
        }
    }

    private String decrypt(String stored, String field) {
        if (!stored.startsWith(PREFIX)) {
            return stored; // written before encryption was switched on; the next save encrypts it
        }
        try {
            byte[] all = Base64.getDecoder().decode(stored.substring(PREFIX.length()));
            if (all.length <= NONCE_BYTES) {
                throw new IllegalStateException("the stored AccountView " + field + " token is truncated");
            }
            byte[] nonce = java.util.Arrays.copyOf(all, NONCE_BYTES);
            Cipher cipher = cipher(Cipher.DECRYPT_MODE, nonce, field);
            return new String(cipher.doFinal(all, NONCE_BYTES, all.length - NONCE_BYTES), StandardCharsets.UTF_8);
        } catch (AEADBadTagException e) {
            throw new IllegalStateException("the stored AccountView " + field + " token does not decrypt: another "
                    + "token key, or altered; with the right key, or after 'authorize accountview' again, it works");
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("the stored AccountView " + field + " token is not valid Base64");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("decrypting the AccountView " + field + " token failed: "
                    + e.getClass().getSimpleName());
        }
    }

    private Cipher cipher(int mode, byte[] nonce, String field) throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, nonce));
        cipher.updateAAD(field.getBytes(StandardCharsets.UTF_8));
        return cipher;
    }

    /** The wrapped store; never the key. */
    @Override
    public String toString() {
        return "EncryptedTokenStore[" + store + "]";
    }
}

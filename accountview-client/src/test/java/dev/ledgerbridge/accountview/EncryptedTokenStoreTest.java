package dev.ledgerbridge.accountview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ledgerbridge.accountview.oauth.EncryptedTokenStore;
import dev.ledgerbridge.accountview.oauth.FileTokenStore;
import dev.ledgerbridge.accountview.oauth.InMemoryTokenStore;
import dev.ledgerbridge.accountview.oauth.TokenSet;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import javax.crypto.SecretKey;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Tokens encrypted at rest: round trip, nothing readable in the file, wrong key, swapped fields, plain text. */
class EncryptedTokenStoreTest {
    private static final String KEY = "MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY="; // 32 bytes
    private static final String OTHER_KEY = "ZmVkY2JhOTg3NjU0MzIxMGZlZGNiYTk4NzY1NDMyMTA=";
    private static final TokenSet TOKENS = TokenSet.builder().accessToken("access-secret-123")
            .refreshToken("refresh-secret-456").scope("readaccountingfeed")
            .expiresAt(Instant.parse("2026-12-03T10:00:00Z")).build();

    @TempDir
    Path dir;

    @Test
    void roundTripsAndTheFileHoldsNoTokenInPlainText() throws IOException {
        FileTokenStore file = FileTokenStore.at(dir.resolve("tokens.json"));
        EncryptedTokenStore store = EncryptedTokenStore.wrap(file, EncryptedTokenStore.key(KEY));
        store.save(TOKENS);
        assertEquals(TOKENS, store.load().orElseThrow());
        String onDisk = Files.readString(dir.resolve("tokens.json"));
        assertFalse(onDisk.contains("access-secret-123") || onDisk.contains("refresh-secret-456"), onDisk);
        assertTrue(onDisk.contains("lbenc1:"), onDisk);
        assertTrue(onDisk.contains("readaccountingfeed"), "non-secret fields stay readable: " + onDisk);
        // a fresh nonce per save: the same token never gives the same stored text
        String first = file.load().orElseThrow().accessToken();
        store.save(TOKENS);
        assertFalse(first.equals(file.load().orElseThrow().accessToken()));
    }

    @Test
    void anotherKeyOrAlteredValueFailsWithoutShowingAValue() {
        InMemoryTokenStore raw = new InMemoryTokenStore();
        EncryptedTokenStore.wrap(raw, EncryptedTokenStore.key(KEY)).save(TOKENS);
        EncryptedTokenStore wrongKey = EncryptedTokenStore.wrap(raw, EncryptedTokenStore.key(OTHER_KEY));
        IllegalStateException e = assertThrows(IllegalStateException.class, wrongKey::load);
        assertTrue(e.getMessage().contains("does not decrypt: another token key, or altered"), e.getMessage());
        assertFalse(e.getMessage().contains(raw.load().orElseThrow().accessToken()), e.getMessage());

        // the access token's ciphertext offered as the refresh token: the field is bound into the tag
        TokenSet stored = raw.load().orElseThrow();
        raw.save(stored.toBuilder().refreshToken(stored.accessToken()).build());
        IllegalStateException swapped = assertThrows(IllegalStateException.class,
                () -> EncryptedTokenStore.wrap(raw, EncryptedTokenStore.key(KEY)).load());
        assertTrue(swapped.getMessage().contains("refresh token does not decrypt"), swapped.getMessage());
    }

    @Test
    void plainTokensFromBeforeAreReadAndTheNextSaveEncryptsThem() {
        InMemoryTokenStore raw = new InMemoryTokenStore(TOKENS);
        EncryptedTokenStore store = EncryptedTokenStore.wrap(raw, EncryptedTokenStore.key(KEY));
        assertEquals(TOKENS, store.load().orElseThrow());
        store.save(store.load().orElseThrow());
        assertTrue(raw.load().orElseThrow().accessToken().startsWith("lbenc1:"));
        assertEquals(TOKENS, store.load().orElseThrow());
    }

    @Test
    void badKeysAreRefusedWithoutShowingThem() {
        IllegalArgumentException notBase64 = assertThrows(IllegalArgumentException.class,
                () -> EncryptedTokenStore.key("not base64 %%%"));
        assertFalse(notBase64.getMessage().contains("%%%"), notBase64.getMessage());
        assertEquals("token key must be 16, 24 or 32 bytes, was 3",
                assertThrows(IllegalArgumentException.class, () -> EncryptedTokenStore.key("YWJj")).getMessage());
        SecretKey des = new javax.crypto.spec.SecretKeySpec(new byte[8], "DES");
        assertThrows(IllegalArgumentException.class, () -> EncryptedTokenStore.wrap(new InMemoryTokenStore(), des));
        assertFalse(EncryptedTokenStore.wrap(new InMemoryTokenStore(), EncryptedTokenStore.key(KEY)).toString()
                .contains(KEY));
    }
}

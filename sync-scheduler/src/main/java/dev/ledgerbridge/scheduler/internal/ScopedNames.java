package dev.ledgerbridge.scheduler.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Puts a tenant's names (flows, locks, activity) into one namespace: {@code <tenantId>/<name>}. The state tables
 * keep names of at most 100 characters; a longer scoped name (or a name that starts with {@code ~}, the marker of
 * the hashed form) becomes {@code <tenantId>/~<32 hex of its SHA-256>}. Names never need to be parsed back: every
 * method that returns a name was given it by the caller.
 */
final class ScopedNames {
    static final int MAX_NAME = 100;
    private static final int HASH_HEX = 32;

    private final String prefix;

    ScopedNames(String tenantId) {
        this.prefix = TenantIds.check("tenantId", tenantId) + "/";
    }

    String scoped(String name) {
        if (name == null) {
            throw new IllegalArgumentException("name = null: a flow or lock name is required");
        }
        String plain = prefix + name;
        if (plain.length() <= MAX_NAME && !name.startsWith("~")) {
            return plain;
        }
        return prefix + "~" + sha256(name).substring(0, HASH_HEX);
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JDK", e);
        }
    }
}

package dev.ledgerbridge.spring.boot.internal;

/**
 * One system's connection check, as health shows it.
 *
 * @param ok      the system answered and accepted the credentials
 * @param outcome what the check found, e.g. {@code OK}, {@code CONFIGURATION}, {@code TRY_LATER}
 * @param problem what failed and which setting to check; empty when all is well (never a secret)
 */
public record SystemCheck(boolean ok, String outcome, String problem) {
}

package dev.ledgerbridge.sync.state;

import java.time.Instant;

/**
 * A held lock on one flow's state.
 *
 * @param flow      the flow's name
 * @param owner     who holds it (a random id per engine run)
 * @param expiresAt when another engine may take it over unless it is renewed
 */
public record FlowLock(String flow, String owner, Instant expiresAt) {
}

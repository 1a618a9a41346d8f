package dev.ledgerbridge.sync.internal;

import dev.ledgerbridge.sync.flow.RunContext;
import dev.ledgerbridge.sync.spi.Connector;
import dev.ledgerbridge.sync.spi.EntityType;
import dev.ledgerbridge.sync.spi.MatchKey;
import dev.ledgerbridge.sync.state.Link;
import dev.ledgerbridge.transport.error.ServerException;
import dev.ledgerbridge.transport.error.TransportException;
import java.util.List;
import java.util.Optional;

/**
 * Creates whose outcome is unknown: the call timed out, the connection broke or the server failed, so the record
 * may exist in the target even though the engine saw an error (the APIs have no idempotency keys). Such a write is
 * marked in the state store under the record's match keys (hashed, never the values), so that
 * <ul>
 *   <li>no other flow of the same run creates the same record again (its index may predate the late write): the
 *   record fails with a clear reason instead and is matched against the target in the next run;</li>
 *   <li>a flow reading the target back does not take a late-applied order for a new one until the writing flow has
 *   found it by reference (or created it) and cleared the mark.</li>
 * </ul>
 */
final class UncertainWrites {
    private UncertainWrites() {
    }

    /** Whether a failed write may nevertheless have been applied. */
    static boolean ambiguous(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            // no answer, a server failure, or an answer that could not be read (the write may well have been applied)
            if (t instanceof TransportException || t instanceof ServerException
                    || t instanceof dev.ledgerbridge.transport.error.ResponseParseException
                    || t instanceof dev.ledgerbridge.transport.error.ResponseTooLargeException) {
                return true;
            }
        }
        return false;
    }

    private static String namespace(Connector target, EntityType<?> type) {
        return "#uncertain-writes:" + target.name() + ":" + type.name();
    }

    private static String id(MatchKey key) {
        return "key-sha256:" + ContentHash.ofText(key.toString());
    }

    /** Marks the keys of a create that failed ambiguously (not in a dry run). */
    static void mark(RunContext context, Connector target, EntityType<?> type, List<MatchKey> keys, Throwable failure) {
        if (context.settings().dryRun() || !ambiguous(failure)) {
            return;
        }
        for (MatchKey key : keys) {
            context.stateStore().saveLink(new Link(namespace(target, type), id(key), "unknown", context.runId(),
                    context.settings().timeSource().now()));
        }
    }

    /** The mark of one of the keys, if a create with that key has an unknown outcome. */
    static Optional<Link> find(RunContext context, Connector target, EntityType<?> type, List<MatchKey> keys) {
        for (MatchKey key : keys) {
            Optional<Link> mark = context.stateStore().link(namespace(target, type), id(key));
            if (mark.isPresent()) {
                return mark;
            }
        }
        return Optional.empty();
    }

    /**
     * Refuses a create that an ambiguous create of the same record may already have done: in this run, or in
     * another run (another flow or process) since {@code since}, when this run's read of the target may predate
     * it. Marks older than that do not block: the flow has matched against a fresh read of the target since.
     */
    static void requireNoneSince(RunContext context, Connector target, EntityType<?> type, List<MatchKey> keys,
                                 java.time.Instant since) {
        Optional<Link> mark = find(context, target, type, keys);
        if (mark.isPresent() && (mark.get().contentHash().equals(context.runId())
                || mark.get().updatedAt().isAfter(since))) {
            throw new IllegalStateException("an earlier create of this " + type.name() + " in " + target.name()
                    + " (in this or a concurrent run) ended without an answer and may have been applied; not created "
                    + "again, the next "
                    + "run matches it against " + target.name() + " first");
        }
    }

    /**
     * Creates a record with these guards: refused when an ambiguous create of it may already have landed
     * ({@link #requireNoneSince}); marked when this create ends ambiguously; marks cleared when it succeeds.
     *
     * @return the created record's id in the target
     */
    static <T> String create(RunContext context, Connector target, EntityType<T> type, List<MatchKey> keys,
                             java.time.Instant since, T value) {
        requireNoneSince(context, target, type, keys, since);
        String targetId;
        try {
            targetId = Implementations.writer(target, type).create(value);
        } catch (RuntimeException e) {
            mark(context, target, type, keys, e);
            throw e;
        }
        clear(context, target, type, keys);
        return targetId;
    }

    /** Clears the marks of a record that has now been found or created. */
    static void clear(RunContext context, Connector target, EntityType<?> type, List<MatchKey> keys) {
        if (context.settings().dryRun()) {
            return;
        }
        for (MatchKey key : keys) {
            if (context.stateStore().link(namespace(target, type), id(key)).isPresent()) {
                context.stateStore().deleteLink(namespace(target, type), id(key));
            }
        }
    }
}

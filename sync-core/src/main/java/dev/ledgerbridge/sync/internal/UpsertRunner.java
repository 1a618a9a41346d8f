package dev.ledgerbridge.sync.internal;

import dev.ledgerbridge.sync.Settings;
import dev.ledgerbridge.sync.flow.RunContext;
import dev.ledgerbridge.sync.report.Action;
import dev.ledgerbridge.sync.report.FlowReport;
import dev.ledgerbridge.sync.spi.Capability;
import dev.ledgerbridge.sync.spi.Connector;
import dev.ledgerbridge.sync.spi.EntityType;
import dev.ledgerbridge.sync.spi.EntityWriter;
import dev.ledgerbridge.sync.spi.Identified;
import dev.ledgerbridge.sync.spi.Mapper;
import dev.ledgerbridge.sync.spi.MappingContext;
import dev.ledgerbridge.sync.spi.MatchKey;
import dev.ledgerbridge.sync.spi.ReadResult;
import dev.ledgerbridge.sync.spi.Update;
import dev.ledgerbridge.sync.spi.WriteResult;
import dev.ledgerbridge.sync.state.FlowLockedException;
import dev.ledgerbridge.sync.state.Link;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The create-or-update algorithm shared by the customer, product, category and stock flows.
 *
 * <p>Per source record: validate; map; expand into items; per item: skip when the stored hash equals the new
 * one; find the target id (stored link, else match in the target); update it or create; save the link and hash
 * right after the write. Creates are batched when the target supports it. A record that fails is reported and,
 * having no link/hash, retried next run; the change cursor only advances after a run without failures.
 *
 * @param <T> the model type
 */
public final class UpsertRunner<T> {
    private final String flow;
    private final Connector source;
    private final Connector target;
    private final EntityRules<T> rules;
    private final Mapper<T> mapper;
    private final TargetMatcher<T> matcher;
    private final FlowRun run;
    private final Settings settings;
    private final EntityType<T> type;
    private final KeyLocks keyLocks = new KeyLocks();
    private final List<Pending<T>> pending = new ArrayList<>();
    private final Set<MatchKey> pendingKeys = new HashSet<>();
    private final int batchSize;

    private record Pending<T>(Item<T> item, String hash) {
    }

    /** A runner for one run of one flow. */
    public UpsertRunner(String flow, String direction, Connector source, Connector target, EntityRules<T> rules,
                        Mapper<T> mapper, dev.ledgerbridge.sync.spi.MatchStrategy<T> match, RunContext context) {
        this.flow = flow;
        this.source = source;
        this.target = target;
        this.rules = rules;
        this.mapper = mapper;
        this.type = rules.type();
        this.settings = context.settings();
        this.matcher = new TargetMatcher<>(target, type, match, settings.searchesBeforeIndex());
        this.run = new FlowRun(flow, direction, context);
        this.batchSize = Math.min(settings.batchSize(), target.capabilities().maxBatchSize(type));
    }

    /** Runs the flow and returns its report. */
    public FlowReport run() {
        Optional<String> skip = rules.skipFlow(target, settings);
        if (skip.isPresent()) {
            run.note(skip.get());
            return run.finish();
        }
        boolean incremental = source.capabilities().has(type, Capability.READ_CHANGES);
        String cursor = incremental ? run.context().stateStore().cursor(flow, FlowRun.CHANGES).orElse(null) : null;
        ReadResult<T> read;
        try {
            read = source.reader(type).read(cursor);
            if (settings.concurrency() > 1 && batchSize <= 1) {
                processConcurrently(read.records().iterator());
            } else {
                processSequentially(read.records().iterator());
            }
        } catch (FlowLockedException e) {
            throw e;
        } catch (RuntimeException e) {
            flush();
            run.stop("reading " + type.plural() + " from " + source.name() + " failed: " + FlowRun.reasonOf(e));
            return run.finish();
        }
        flush();
        if (incremental && run.clean() && !run.dryRun()) {
            read.nextCursor().ifPresent(c -> run.context().stateStore().saveCursor(flow, FlowRun.CHANGES, c));
        }
        return run.finish();
    }

    private void processSequentially(Iterator<Identified<T>> records) {
        while (records.hasNext()) {
            if (interrupted()) {
                return;
            }
            Identified<T> record = records.next();
            run.countRead();
            process(record);
        }
    }

    private void processConcurrently(Iterator<Identified<T>> records) {
        ExecutorService pool = Executors.newFixedThreadPool(settings.concurrency());
        try {
            List<Future<?>> running = new ArrayList<>();
            while (records.hasNext() && !interrupted()) {
                Identified<T> record = records.next();
                run.countRead();
                running.add(pool.submit(() -> process(record)));
                if (running.size() >= settings.concurrency() * 4) {
                    await(running.remove(0));
                }
            }
            for (Future<?> f : running) {
                await(f);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static void await(Future<?> future) {
        try {
            future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    private boolean interrupted() {
        if (Thread.currentThread().isInterrupted()) {
            run.stop("interrupted; the next run continues where this one stopped");
            return true;
        }
        run.context().heartbeat();
        return false;
    }

    private void process(Identified<T> record) {
        List<Item<T>> items;
        try {
            Validation.requireValid(record.value(), type.name());
            T mapped = mapper.map(record.value(), new MappingContext(source, target, settings));
            items = rules.expand(record.id(), mapped, target, settings);
        } catch (RuntimeException e) {
            run.failed(record.id(), linkedTarget(record.id()), FlowRun.reasonOf(e), List.of(),
                    rules.personalData(record.value()));
            return;
        }
        for (Item<T> item : items) {
            if (item.failure() != null) {
                run.failed(item.sourceId(), linkedTarget(item.sourceId()), item.failure(), item.notes(),
                        rules.personalData(item.value()));
            } else {
                upsert(item);
            }
        }
    }

    private String linkedTarget(String sourceId) {
        return run.context().stateStore().link(flow, sourceId).map(Link::targetId).orElse(null);
    }

    private void upsert(Item<T> item) {
        T value = item.value();
        List<ReentrantLock> locks = keyLocks.lock(matcher.keys(value));
        try {
            Validation.requireValid(value, "mapped " + type.name());
            String hash = ContentHash.of(value);
            Optional<Link> link = run.context().stateStore().link(flow, item.sourceId());
            if (link.isPresent() && link.get().contentHash().equals(hash)) {
                done(item, link.get().targetId(), Action.UNCHANGED, null);
                return;
            }
            String targetId = link.map(Link::targetId).orElse(null);
            Optional<T> current;
            if (targetId == null) {
                if (collidesWithPending(value)) {
                    flush();
                }
                Optional<Identified<T>> match = matcher.find(value);
                targetId = match.map(Identified::id).orElse(null);
                current = match.map(Identified::value);
            } else {
                current = matcher.currentForUpdate(targetId);
            }
            if (targetId != null) {
                update(item, targetId, current, hash);
            } else {
                create(item, hash);
            }
        } catch (RuntimeException e) {
            run.failed(item.sourceId(), linkedTarget(item.sourceId()), FlowRun.reasonOf(e), item.notes(),
                    rules.personalData(value));
        } finally {
            KeyLocks.unlock(locks);
        }
    }

    /**
     * Updates only when the target lacks something it can hold: fields it does not hold never cause a write, and
     * a writer that finds nothing to change makes the record UNCHANGED, not UPDATED.
     */
    private void update(Item<T> item, String targetId, Optional<T> current, String hash) {
        Set<String> keep = settings.createOnlyFields(type);
        if (current.isPresent() && (ContentHash.of(current.get()).equals(hash)
                || HeldFields.same(target, type, item.value(), current.get(), keep))) {
            run.saveLink(item.sourceId(), targetId, hash);
            done(item, targetId, Action.UNCHANGED, "found up to date in " + target.name());
            return;
        }
        if (!target.capabilities().has(type, Capability.UPDATE)) {
            run.saveLink(item.sourceId(), targetId, hash);
            done(item, targetId, Action.SKIPPED, "exists in " + target.name() + ", whose API cannot update "
                    + type.plural());
            return;
        }
        if (run.dryRun()) {
            done(item, targetId, Action.UPDATED, null);
            return;
        }
        boolean written = writer().updateIfChanged(new Update<>(targetId, item.value(), keep, current));
        run.saveLink(item.sourceId(), targetId, hash);
        if (written) {
            matcher.remember(targetId, item.value());
            done(item, targetId, Action.UPDATED, null);
        } else {
            done(item, targetId, Action.UNCHANGED, "found up to date in " + target.name());
        }
    }

    private void create(Item<T> item, String hash) {
        if (!target.capabilities().has(type, Capability.CREATE)) {
            done(item, null, Action.SKIPPED, "not found in " + target.name() + ", whose API cannot create "
                    + type.plural());
            return;
        }
        if (run.dryRun()) {
            done(item, null, Action.CREATED, null);
            return;
        }
        if (batchSize > 1) {
            synchronized (pending) {
                pending.add(new Pending<>(item, hash));
                pendingKeys.addAll(matcher.keys(item.value()));
                if (pending.size() >= batchSize) {
                    flush();
                }
            }
            return;
        }
        String targetId = writer().create(item.value());
        run.saveLink(item.sourceId(), targetId, hash);
        matcher.remember(targetId, item.value());
        done(item, targetId, Action.CREATED, null);
    }

    private boolean collidesWithPending(T value) {
        synchronized (pending) {
            return matcher.keys(value).stream().anyMatch(pendingKeys::contains);
        }
    }

    /** Writes the pending creates in one batch call; each item gets its own result. */
    private void flush() {
        List<Pending<T>> batch;
        synchronized (pending) {
            if (pending.isEmpty()) {
                return;
            }
            batch = new ArrayList<>(pending);
            pending.clear();
            pendingKeys.clear();
        }
        List<WriteResult> results;
        try {
            results = writer().createAll(batch.stream().map(p -> p.item().value()).toList());
            if (results.size() != batch.size()) {
                throw new IllegalStateException(target.name() + " answered " + results.size()
                        + " results for a batch of " + batch.size());
            }
        } catch (RuntimeException e) {
            batch.forEach(p -> run.failed(p.item().sourceId(), null, "batch create failed: " + FlowRun.reasonOf(e),
                    p.item().notes(), rules.personalData(p.item().value())));
            return;
        }
        for (int i = 0; i < batch.size(); i++) {
            Pending<T> p = batch.get(i);
            WriteResult r = results.get(i);
            if (r.succeeded()) {
                String targetId = r.targetId().orElseThrow();
                run.saveLink(p.item().sourceId(), targetId, p.hash());
                matcher.remember(targetId, p.item().value());
                done(p.item(), targetId, Action.CREATED, null);
            } else {
                run.failed(p.item().sourceId(), null, r.error().orElse("failed in batch"), p.item().notes(),
                        rules.personalData(p.item().value()));
            }
        }
    }

    private EntityWriter<T> writer() {
        return target.writer(type);
    }

    private void done(Item<T> item, String targetId, Action action, String reason) {
        run.done(item.sourceId(), targetId, action, reason, item.notes(), rules.personalData(item.value()));
    }
}

package dev.ledgerbridge.sync.buchhaltungsbutler;

import dev.ledgerbridge.buchhaltungsbutler.BuchhaltungsButlerClient;
import dev.ledgerbridge.buchhaltungsbutler.model.BatchItemError;
import dev.ledgerbridge.buchhaltungsbutler.model.BatchItemResult;
import dev.ledgerbridge.buchhaltungsbutler.model.BatchResult;
import dev.ledgerbridge.buchhaltungsbutler.model.Debtor;
import dev.ledgerbridge.buchhaltungsbutler.model.DebtorFields;
import dev.ledgerbridge.sync.model.Customer;
import dev.ledgerbridge.sync.spi.EntityReader;
import dev.ledgerbridge.sync.spi.EntityWriter;
import dev.ledgerbridge.sync.spi.Identified;
import dev.ledgerbridge.sync.spi.ReadResult;
import dev.ledgerbridge.sync.spi.Update;
import dev.ledgerbridge.sync.spi.WriteResult;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Debtors as customers: list (lazily, page by page), create, batch create and update.
 *
 * <p>An update sends every field BB holds (IBAN, BIC, additional address line included) unless BB is known to keep
 * the fields an update omits ({@code updateKeepsOmittedFields}). The fields come from the debtors this connector
 * read or wrote recently ({@link HeldDebtors}, bounded), else from a targeted read of the list ({@link DebtorFinder}),
 * never from a sweep of the whole list per run. Held fields count as current when the engine hands over a current
 * record (both come from this run's reads and writes) or when they are younger than {@link #FRESH}; older ones are
 * read again, so that a change made in BuchhaltungsButler between two runs is not overwritten with an old value.
 */
final class DebtorAccess implements EntityReader<Customer>, EntityWriter<Customer> {
    /** How long held fields serve an update that comes without the engine's current record. */
    static final Duration FRESH = Duration.ofMinutes(2);
    /** Any age: the engine's current record comes from the same reads and writes of this run. */
    private static final Duration ANY_AGE = Duration.ofDays(365_000);
    private final BuchhaltungsButlerClient client;
    private final int pageSize;
    private final boolean updateKeepsOmittedFields;
    private final HeldDebtors held;
    private final DebtorFinder finder;

    DebtorAccess(BuchhaltungsButlerClient client, int pageSize, boolean updateKeepsOmittedFields, int heldDebtors,
                 Clock clock) {
        this.client = client;
        this.pageSize = pageSize;
        this.updateKeepsOmittedFields = updateKeepsOmittedFields;
        this.held = new HeldDebtors(heldDebtors, clock);
        this.finder = new DebtorFinder(client.debtors(), pageSize);
    }

    @Override
    public ReadResult<Customer> read(String changeCursor) {
        Iterable<Identified<Customer>> records = () -> {
            long[] position = {0};
            return new MappingIterator<>(client.debtors().list(pageSize).iterator(), d -> {
                held.hold(d);
                if (d.postingaccountNumber() != null) {
                    finder.seen(d.postingaccountNumber(), position[0]);
                }
                position[0]++;
                return new Identified<>(Long.toString(d.postingaccountNumber()), DebtorMapping.toCustomer(d));
            });
        };
        return ReadResult.of(records);
    }

    @Override
    public String create(Customer value) {
        DebtorFields fields = DebtorMapping.toFields(value, null);
        long number = client.debtors().create(fields);
        held.hold(number, fields);
        return Long.toString(number);
    }

    @Override
    public void update(Update<Customer> update) {
        updateIfChanged(update);
    }

    /** False: an update finds the debtor's fields itself, or needs none, at less cost than listing every debtor. */
    @Override
    public boolean updateNeedsCurrent() {
        return false;
    }

    /**
     * Sends the update only when a field differs from the debtor's as known (no call otherwise). Sends every field
     * BB holds, found as the class comment says; with {@code updateKeepsOmittedFields} and nothing known about the
     * debtor, sends the customer's fields without reading, leaving out the keep-fields.
     */
    @Override
    public boolean updateIfChanged(Update<Customer> update) {
        long number = number(update.targetId());
        Duration maxAge = update.current().isPresent() ? ANY_AGE : FRESH;
        DebtorFields known = updateKeepsOmittedFields ? held.get(number, maxAge) : heldOrFind(number, maxAge);
        DebtorFields fields;
        if (known != null) {
            Customer current = update.current().orElseGet(() -> DebtorMapping.toCustomer(known));
            fields = DebtorMapping.toFields(CustomerMerge.keep(update.value(), current, update.keepFields()), known);
            if (DebtorMapping.same(fields, known)) {
                return false;
            }
        } else if (update.current().isPresent()) {
            Customer current = update.current().get();
            fields = DebtorMapping.toFields(CustomerMerge.keep(update.value(), current, update.keepFields()), null);
            if (DebtorMapping.same(fields, DebtorMapping.toFields(current, null))) {
                return false;
            }
        } else {
            fields = DebtorMapping.withoutKept(DebtorMapping.toFields(update.value(), null), update.keepFields());
        }
        held.hold(client.debtors().update(number, fields));
        return true;
    }

    /** The fields held for the debtor, else read from the list; fails when BB has no such debtor. */
    private DebtorFields heldOrFind(long number, Duration maxAge) {
        DebtorFields known = held.get(number, maxAge);
        if (known == null) {
            Debtor found = finder.find(List.of(number), held::hold).get(number);
            if (found == null) {
                throw new IllegalArgumentException("BuchhaltungsButler has no debtor with postingaccount_number "
                        + number);
            }
            known = DebtorFields.from(found);
        }
        return known;
    }

    private static long number(String targetId) {
        try {
            return Long.parseLong(targetId);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("BuchhaltungsButler debtor id must be a postingaccount_number "
                    + "(digits), was '" + targetId + "'", e);
        }
    }

    /**
     * One add-batch call; the API neither documents the result order nor takes {@code email} on batch items, so
     * the created debtors are read back (the list's new tail only, usually one page): each input is identified
     * among the created numbers by name and customer number, and an e-mail the batch did not keep is set with an
     * update. Whether BB keeps batch e-mails thus needs no setting: the read-back shows it.
     */
    @Override
    public List<WriteResult> createAll(List<Customer> values) {
        List<DebtorFields> fields = values.stream().map(v -> DebtorMapping.toFields(v, null)).toList();
        BatchResult batch = client.debtors().createBatch(fields);
        Set<Long> created = new HashSet<>();
        for (BatchItemResult r : batch.created()) {
            if (r.postingaccountNumber() != null) {
                created.add(r.postingaccountNumber());
            }
        }
        // only the new debtors are read back: BB appends them at the end of its list, where the finder looks first
        Map<Long, Debtor> readBack = created.isEmpty() ? new HashMap<>()
                : new HashMap<>(finder.find(created, held::hold));
        List<BatchItemError> errors = new ArrayList<>(batch.errors());
        List<WriteResult> results = new ArrayList<>(values.size());
        for (int i = 0; i < values.size(); i++) {
            results.add(resolve(fields.get(i), values.get(i), readBack, errors));
        }
        return results;
    }

    private WriteResult resolve(DebtorFields sent, Customer value, Map<Long, Debtor> readBack,
                                List<BatchItemError> errors) {
        List<Debtor> candidates = readBack.values().stream()
                .filter(d -> Objects.equals(DebtorMapping.blankToNull(d.name()), sent.name())
                        && Objects.equals(DebtorMapping.blankToNull(d.customerNumber()), sent.customerNumber()))
                .toList();
        if (candidates.size() == 1) {
            Debtor d = candidates.get(0);
            readBack.remove(d.postingaccountNumber());
            try {
                ensureEmail(d, value);
            } catch (RuntimeException e) {
                return WriteResult.failed("created as debtor " + d.postingaccountNumber()
                        + " in a batch, but setting its e-mail failed: " + e.getMessage()
                        + "; it will not be found by e-mail on the next run");
            }
            return WriteResult.created(Long.toString(d.postingaccountNumber()));
        }
        Optional<BatchItemError> error = errors.stream()
                .filter(e -> Objects.equals(e.requestField("name").map(String::valueOf).orElse(null), sent.name()))
                .findFirst();
        if (error.isPresent()) {
            errors.remove(error.get());
            return WriteResult.failed("BuchhaltungsButler refused the debtor (error "
                    + error.get().errorCode().orElse("without code") + ": " + error.get().message() + ")");
        }
        return WriteResult.failed(candidates.isEmpty()
                ? "BuchhaltungsButler reported no result for this debtor in the batch"
                : candidates.size() + " debtors created in one batch have the same name and customer number; "
                + "which is which cannot be told, so none is linked (use single creates for such records)");
    }

    private void ensureEmail(Debtor created, Customer value) {
        if (value.email() != null && !value.email().equalsIgnoreCase(Objects.toString(created.email(), ""))) {
            DebtorFields fields = DebtorFields.from(created).toBuilder().postingaccountNumber(null)
                    .email(value.email()).build();
            held.hold(client.debtors().update(created.postingaccountNumber(), fields));
        }
    }
}

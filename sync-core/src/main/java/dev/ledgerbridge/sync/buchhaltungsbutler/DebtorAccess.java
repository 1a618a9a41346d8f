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
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Debtors as customers: list (lazily, page by page), create, batch create and full-record update.
 *
 * <p>The raw debtors of the latest list are kept by number, so an update can send back every field BB holds
 * (IBAN, BIC, additional address line) although the engine hands over only the canonical record.
 */
final class DebtorAccess implements EntityReader<Customer>, EntityWriter<Customer> {
    private final BuchhaltungsButlerClient client;
    private final int pageSize;
    private final Map<Long, Debtor> lastRead = new ConcurrentHashMap<>();

    DebtorAccess(BuchhaltungsButlerClient client, int pageSize) {
        this.client = client;
        this.pageSize = pageSize;
    }

    @Override
    public ReadResult<Customer> read(String changeCursor) {
        Iterable<Identified<Customer>> records = () -> new MappingIterator<>(
                client.debtors().list(pageSize).iterator(), this::identified);
        return ReadResult.of(records);
    }

    private Identified<Customer> identified(Debtor d) {
        lastRead.put(d.postingaccountNumber(), d);
        return new Identified<>(Long.toString(d.postingaccountNumber()), DebtorMapping.toCustomer(d));
    }

    @Override
    public String create(Customer value) {
        return Long.toString(client.debtors().create(DebtorMapping.toFields(value, null)));
    }

    @Override
    public void update(Update<Customer> update) {
        updateIfChanged(update);
    }

    /** Sends every field, and only when one differs from the debtor's as last read (no call otherwise). */
    @Override
    public boolean updateIfChanged(Update<Customer> update) {
        long number = number(update.targetId());
        Debtor raw = lastRead.get(number);
        if (raw == null) {
            raw = sweepFor(number);
        }
        Customer current = update.current().orElseGet(() -> DebtorMapping.toCustomer(rawOrFail(number)));
        Customer merged = CustomerMerge.keep(update.value(), current, update.keepFields());
        DebtorFields held = DebtorFields.from(rawOrFail(number)).toBuilder().postingaccountNumber(null).build();
        DebtorFields fields = DebtorMapping.toFields(merged, held);
        if (DebtorMapping.same(fields, held)) {
            return false;
        }
        Debtor updated = client.debtors().update(number, fields);
        if (updated != null && updated.postingaccountNumber() != null) {
            lastRead.put(number, updated);
        }
        return true;
    }

    /** One list sweep when the engine had no current record (it normally has: it listed once this run). */
    private Debtor sweepFor(long number) {
        for (Debtor d : client.debtors().list(pageSize)) {
            lastRead.put(d.postingaccountNumber(), d);
        }
        return lastRead.get(number);
    }

    private Debtor rawOrFail(long number) {
        Debtor raw = lastRead.get(number);
        if (raw == null) {
            throw new IllegalArgumentException("BuchhaltungsButler has no debtor with postingaccount_number "
                    + number);
        }
        return raw;
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
     * the debtors are read back once: each input is identified among the created numbers by name and customer
     * number, and a missing e-mail is set with an update.
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
        Map<Long, Debtor> readBack = new java.util.HashMap<>();
        if (!created.isEmpty()) {
            for (Debtor d : client.debtors().list(pageSize)) {
                lastRead.put(d.postingaccountNumber(), d);
                if (created.contains(d.postingaccountNumber())) {
                    readBack.put(d.postingaccountNumber(), d);
                }
            }
        }
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
            Debtor updated = client.debtors().update(created.postingaccountNumber(), fields);
            if (updated != null && updated.postingaccountNumber() != null) {
                lastRead.put(updated.postingaccountNumber(), updated);
            }
        }
    }
}

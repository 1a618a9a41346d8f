package dev.ledgerbridge.reliability.crash;

import dev.ledgerbridge.reliability.crash.Snapshot.AvDebtor;
import dev.ledgerbridge.reliability.crash.Snapshot.AvOrder;
import dev.ledgerbridge.reliability.crash.Snapshot.BbDebtor;
import dev.ledgerbridge.reliability.crash.Snapshot.BbInvoice;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * What is wrong in the emulators' data after a trial, judged with {@link Correspondence} against what was seeded:
 * duplicates (two BuchhaltungsButler debtors for one AccountView debtor, two invoices for one AccountView order, two
 * AccountView orders for one BuchhaltungsButler invoice), missing copies, echoes (a copy of a copy sent back), and
 * strays (a record that is no copy of anything known).
 */
record Findings(List<String> duplicates, List<String> missing, List<String> echoes, List<String> strays) {

    boolean clean() {
        return duplicates.isEmpty() && missing.isEmpty() && echoes.isEmpty() && strays.isEmpty();
    }

    /** Duplicate BuchhaltungsButler debtors only. */
    List<String> duplicateDebtors() {
        return duplicates.stream().filter(d -> d.startsWith("BB debtor")).toList();
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(duplicates.size() + " duplicates, " + missing.size() + " missing, "
                + echoes.size() + " echoes, " + strays.size() + " strays");
        append(sb, "duplicate", duplicates);
        append(sb, "missing", missing);
        append(sb, "echo", echoes);
        append(sb, "stray", strays);
        return sb.toString();
    }

    private static void append(StringBuilder sb, String what, List<String> items) {
        items.forEach(i -> sb.append("\n    ").append(what).append(": ").append(i));
    }

    static Findings of(Snapshot seeded, Snapshot now) {
        List<String> duplicates = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        List<String> echoes = new ArrayList<>();
        List<String> strays = new ArrayList<>();

        // debtors: every AccountView debtor exactly once in BuchhaltungsButler
        Map<String, List<BbDebtor>> bbByKey = now.bbDebtors().stream()
                .collect(Collectors.groupingBy(BbDebtor::key, TreeMap::new, Collectors.toList()));
        Set<String> avKeys = now.avDebtors().stream().map(AvDebtor::key).collect(Collectors.toSet());
        for (AvDebtor d : now.avDebtors()) {
            List<BbDebtor> copies = bbByKey.getOrDefault(d.key(), List.of());
            if (copies.isEmpty()) {
                missing.add("AV debtor " + d.number() + " (" + d.key() + ") has no BB debtor");
            } else if (copies.size() > 1) {
                duplicates.add("BB debtor " + d.key() + " x" + copies.size() + " (accounts " + copies.stream()
                        .map(BbDebtor::account).toList() + ") for AV debtor " + d.number());
            }
        }
        bbByKey.forEach((key, list) -> {
            if (!avKeys.contains(key)) {
                strays.add("BB debtor(s) " + key + " " + list.stream().map(BbDebtor::account).toList()
                        + " match no AV debtor");
            }
        });

        Set<String> seededOrders = seeded.avOrders().stream().map(AvOrder::number).collect(Collectors.toSet());
        Set<Long> seededInvoices = seeded.bbInvoices().stream().map(BbInvoice::id).collect(Collectors.toSet());
        Map<String, AvOrder> ordersByNumber = now.avOrders().stream()
                .collect(Collectors.toMap(AvOrder::number, o -> o, (a, b) -> a));
        Map<String, List<BbInvoice>> invoicesByNumber = now.bbInvoices().stream().filter(i -> i.invoiceNumber() != null)
                .collect(Collectors.groupingBy(i -> i.invoiceNumber().trim()));

        // BuchhaltungsButler invoices written by the sync: copies of seeded AccountView orders, else echoes/strays
        Map<String, List<BbInvoice>> invoicesOfOrder = new LinkedHashMap<>();
        seeded.avOrders().forEach(o -> invoicesOfOrder.put(o.number(), new ArrayList<>()));
        for (BbInvoice inv : now.bbInvoices()) {
            if (seededInvoices.contains(inv.id())) {
                continue;
            }
            Optional<String> ref = Correspondence.accountViewOrderOf(inv.invoiceNumber());
            AvOrder origin = ref.map(ordersByNumber::get).orElse(null);
            if (origin == null) {
                strays.add("BB invoice " + inv.id() + " '" + inv.invoiceNumber() + "' refers to no AV order");
            } else if (seededOrders.contains(origin.number())) {
                invoicesOfOrder.get(origin.number()).add(inv);
            } else {
                echoes.add("BB invoice " + inv.id() + " '" + inv.invoiceNumber() + "' copies AV order "
                        + origin.number() + ", itself a copy of BB invoice '" + origin.reference() + "'");
            }
        }
        invoicesOfOrder.forEach((order, invoices) -> {
            if (invoices.isEmpty()) {
                missing.add("AV order " + order + " has no BB invoice");
            } else if (invoices.size() > 1) {
                duplicates.add("BB invoices for AV order " + order + ": " + invoices.stream().map(BbInvoice::id)
                        .toList());
            }
        });

        // AccountView orders written by the sync: copies of seeded BuchhaltungsButler invoices, else echoes/strays
        Map<String, List<AvOrder>> ordersOfInvoice = new LinkedHashMap<>();
        seeded.bbInvoices().forEach(i -> ordersOfInvoice.put(i.invoiceNumber().trim(), new ArrayList<>()));
        for (AvOrder o : now.avOrders()) {
            if (seededOrders.contains(o.number())) {
                continue;
            }
            Optional<String> ref = Correspondence.buchhaltungsButlerInvoiceOf(o.reference());
            List<BbInvoice> origins = ref.map(r -> invoicesByNumber.getOrDefault(r, List.of())).orElse(List.of());
            if (origins.isEmpty()) {
                strays.add("AV order " + o.number() + " '" + o.reference() + "' refers to no BB invoice");
            } else if (origins.stream().anyMatch(i -> seededInvoices.contains(i.id()))) {
                ordersOfInvoice.get(ref.get()).add(o);
            } else {
                echoes.add("AV order " + o.number() + " '" + o.reference() + "' copies BB invoice(s) "
                        + origins.stream().map(BbInvoice::id).toList() + " written from AV");
            }
        }
        ordersOfInvoice.forEach((invoice, orders) -> {
            if (orders.isEmpty()) {
                missing.add("BB invoice '" + invoice + "' has no AV order");
            } else if (orders.size() > 1) {
                duplicates.add("AV orders for BB invoice '" + invoice + "': " + orders.stream().map(AvOrder::number)
                        .toList());
            }
        });
        return new Findings(duplicates, missing, echoes, strays);
    }
}

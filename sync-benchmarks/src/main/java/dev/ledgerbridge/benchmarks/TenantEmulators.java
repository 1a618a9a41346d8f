package dev.ledgerbridge.benchmarks;

import dev.ledgerbridge.testkit.accountview.AccountViewCompany;
import dev.ledgerbridge.testkit.accountview.AccountViewEmulator;
import dev.ledgerbridge.testkit.accountview.AccountViewTokens;
import dev.ledgerbridge.testkit.buchhaltungsbutler.BuchhaltungsButlerEmulator;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The emulator process of the {@code tenants} benchmark, so that the worker's heap and threads are the worker's
 * alone: ONE BuchhaltungsButler emulator holding every tenant as its own {@code api_key} (own data, own sliding
 * window of 100 requests/min, breaches answered with HTTP 429) and ONE AccountView emulator holding every tenant as
 * its own company (its own OAuth tokens), so 500 tenants cost two HTTP servers, not 1000.
 *
 * <p>Arguments {@code TENANTS=n DEBTORS=n}: each company starts with n debtors and a catalogue of
 * {@value #ARTICLES} articles. Prints {@code TENANT id|bbBaseUrl|apiKey|avBaseUrl|company|access|refresh} per
 * tenant, then {@code READY}; then answers commands on stdin, one per line, each with one line starting with
 * {@code DONE}:
 * <ul>
 * <li>{@code TICK k}: in every company one debtor changes its street, one sales order (2 lines) is added for an
 * existing debtor, and {@code k} new debtors appear;</li>
 * <li>{@code STATS}: {@code DONE bb=<requests> av=<requests> writes=<n>}, requests as received (throttled ones
 * included), writes = BuchhaltungsButler debtors added and updated and invoices created.</li>
 * </ul>
 * Emulator keys and tokens are not secrets.
 */
final class TenantEmulators {
    static final int ARTICLES = 20;

    private final BuchhaltungsButlerEmulator bb;
    private final AccountViewEmulator av;
    private final List<AccountViewCompany> companies = new ArrayList<>();
    private final List<List<String>> debtors = new ArrayList<>();
    private int ticks;

    private TenantEmulators(int tenants) {
        String[] keys = new String[tenants];
        for (int i = 0; i < tenants; i++) {
            keys[i] = "key-" + tenantId(i);
        }
        bb = BuchhaltungsButlerEmulator.builder().apiKeys(keys).requestsPerMinute(100).throttleStatus(429)
                .personalAccountDigits(6).start();
        av = AccountViewEmulator.builder().tokenLifetimes(Duration.ofHours(12), Duration.ofDays(30)).start();
    }

    /** The id of tenant {@code i} (0-based). */
    static String tenantId(int i) {
        return String.format("t%04d", i);
    }

    static void main(String[] args) throws Exception {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        Map<String, Integer> a = new java.util.HashMap<>();
        for (String arg : args) {
            int eq = arg.indexOf('=');
            a.put(arg.substring(0, eq), Integer.parseInt(arg.substring(eq + 1)));
        }
        TenantEmulators world = new TenantEmulators(a.get("TENANTS"));
        for (int i = 0; i < a.get("TENANTS"); i++) {
            out.println("TENANT " + world.addTenant(i, a.get("DEBTORS")));
        }
        out.println("READY");
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        String line;
        while ((line = in.readLine()) != null) {
            String[] words = line.trim().split(" ");
            switch (words[0]) {
                case "TICK" -> {
                    world.tick(Integer.parseInt(words[1]));
                    out.println("DONE TICK");
                }
                case "STATS" -> out.println("DONE " + world.stats());
                default -> out.println("DONE unknown command " + words[0]);
            }
        }
        world.bb.close();
        world.av.close();
    }

    private String addTenant(int i, int debtorCount) {
        String id = tenantId(i);
        String code = id.toUpperCase(java.util.Locale.ROOT);
        AccountViewCompany company = av.addCompany(code, "Tenant " + id);
        for (int p = 0; p < ARTICLES; p++) {
            company.insert("AK1", Map.of("ART_CODE", Records.sku(p), "ART_DESC1", "Artikel " + p, "PX_SELL", 19.90,
                    "QTY_AVAIL", 1000));
        }
        companies.add(company);
        debtors.add(new ArrayList<>());
        addDebtors(i, debtorCount);
        AccountViewTokens tokens = av.issueTokens();
        return String.join("|", id, bb.baseUrl(), "key-" + id, av.baseUrl(), code, tokens.accessToken(),
                tokens.refreshToken());
    }

    private void addDebtors(int tenant, int count) {
        List<String> numbers = debtors.get(tenant);
        for (int k = 0; k < count; k++) {
            int d = numbers.size();
            Map<String, Object> row = companies.get(tenant).insert("AR1", Map.of("ACCT_NAME", "Kunde " + d,
                    "SRC_CODE", "K" + d, "MAIL_BUS", Records.email(d), "ADDRESS1", "Hauptstraße " + (1 + d % 200),
                    "POST_CODE", "10115", "CITY", "Berlin", "CNT_CODE", "DE"));
            numbers.add(String.valueOf(row.get("SUB_NR")));
        }
    }

    /** One changed debtor, one new sales order and {@code newDebtors} new debtors in every company. */
    private void tick(int newDebtors) {
        ticks++;
        for (int t = 0; t < companies.size(); t++) {
            List<String> numbers = debtors.get(t);
            if (numbers.isEmpty()) {
                addDebtors(t, 1);
            }
            AccountViewCompany company = companies.get(t);
            company.update("AR1", Map.of("SUB_NR", numbers.get(ticks % numbers.size()), "ADDRESS1",
                    "Neue Straße " + ticks));
            company.insertSalesOrder(Map.of("RPL_INV", numbers.get((ticks * 7) % numbers.size()), "ORD_DATE",
                    "2026-11-20T10:15:00", "COMMENT1", "Webshop " + ticks),
                    List.of(Map.of("ART_CODE", Records.sku(ticks % ARTICLES), "ORD_QTY", 1, "ART_PX", 19.90),
                            Map.of("ART_CODE", Records.sku((ticks + 1) % ARTICLES), "ORD_QTY", 2, "ART_PX", 19.90)));
            addDebtors(t, newDebtors);
        }
    }

    private String stats() {
        return "bb=" + bb.stats().total() + " av=" + av.stats().total() + " writes="
                + (bb.stats().count("POST /settings/add/debtor") + bb.stats().count("POST /settings/update/debtor")
                + bb.stats().count("POST /invoices/create"));
    }
}

package dev.ledgerbridge.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ledgerbridge.testkit.Fault;
import dev.ledgerbridge.testkit.buchhaltungsbutler.BuchhaltungsButlerEmulator;
import dev.ledgerbridge.testkit.demo.DemoData;
import dev.ledgerbridge.testkit.demo.DemoEmulators;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The commands against both emulators seeded with the demo data, with the configuration 'emulators' writes. */
class CliEmulatorTest {

    @TempDir
    Path dir;

    private DemoEmulators emulators;
    private Map<String, String> env;

    @BeforeEach
    void start() {
        emulators = DemoEmulators.start();
        emulators.seed(DemoData.generate());
        Path config = EmulatorsCommand.writeConfiguration(emulators, dir);
        env = Map.of("LEDGERBRIDGE_CONFIG", config.toString());
    }

    @AfterEach
    void stop() {
        emulators.close();
    }

    @Test
    void checkReachesBothSystemsAndSaysWhatEachFlowDoes() {
        Cli.Result r = Cli.run(env, "check");
        assertEquals(ExitCode.OK, r.code(), r.toString());
        assertTrue(r.out().contains("ok    BuchhaltungsButler at 127.0.0.1:"), r.out());
        assertTrue(r.out().contains("ok    AccountView at 127.0.0.1:"), r.out());
        assertTrue(r.out().contains("orders-bb-to-av: orders BuchhaltungsButler -> AccountView"), r.out());
        assertTrue(r.out().contains("customer: matched by e-mail in AccountView, created or updated; without an "
                + "e-mail the default debtor 99999"), r.out());
        assertEquals("", r.err());
    }

    @Test
    void syncOnceWritesIntoTheEmulatorsReportsFailedRecordsAndStatusShowsThemParked() {
        int invoicesBefore = emulators.buchhaltungsButler().tenant().invoices().size();
        Cli.Result first = Cli.run(env, "sync", "--once");
        // the demo data set carries deliberately invalid records (DemoData.INVALID_RECORDS): they fail and park
        assertEquals(ExitCode.RECORDS_FAILED, first.code(), first.toString());
        assertTrue(first.out().contains("failed: orders-"), first.out());
        // the malformed e-mail addresses fail validation; the printed reason is the redacted one (default setting)
        assertTrue(first.out().contains("failed: customers-av-to-bb"), first.out());
        DemoData.generate().accountViewCustomers().stream().filter(c -> c.email() != null && c.email().contains("@@"))
                .forEach(c -> assertFalse(first.out().contains(c.email()),
                        c.email() + " printed: " + first.out()));
        assertTrue(emulators.buchhaltungsButler().tenant().invoices().size() > invoicesBefore);
        assertTrue(emulators.buchhaltungsButler().tenant().invoices().stream()
                .anyMatch(i -> String.valueOf(i.get("invoicenumber")).startsWith("AV-")));

        Cli.Result status = Cli.run(env, "status");
        assertEquals(ExitCode.OK, status.code(), status.toString());
        assertTrue(status.out().contains("orders-av-to-bb"), status.out());
        assertTrue(status.out().matches("(?s).*parked:    [1-9].*"), status.out());

        int invoicesAfterFirst = emulators.buchhaltungsButler().tenant().invoices().size();
        Cli.Result second = Cli.run(env, "sync", "--once");
        assertTrue(second.out().contains("created 0, updated 0"), second.out());
        assertEquals(invoicesAfterFirst, emulators.buchhaltungsButler().tenant().invoices().size());
    }

    @Test
    void dryRunOfOneFlowWritesNothing() {
        int debtors = emulators.buchhaltungsButler().tenant().debtors().size();
        Cli.Result r = Cli.run(env, "sync", "--once", "--dry-run", "--flow", "customers-av-to-bb");
        assertTrue(r.out().contains("Done (dry run)"), r.toString());
        assertTrue(r.out().contains("customers-av-to-bb"), r.out());
        assertFalse(r.out().contains("orders-av-to-bb"), r.out());
        assertEquals(debtors, emulators.buchhaltungsButler().tenant().debtors().size());
    }

    @Test
    void unknownFlowIsOneLineNamingTheEnabledOnes() {
        Cli.Result r = Cli.run(env, "sync", "--once", "--flow", "nope");
        assertEquals(ExitCode.CONFIGURATION, r.code(), r.toString());
        assertEquals(1, r.err().lines().count(), r.err());
        assertTrue(r.err().contains("--flow nope: not an enabled flow of "), r.err());
    }

    @Test
    void withoutTokensAccountViewNeedsAuthorizationThenAuthorizeWithTheCodeFixesIt() throws Exception {
        Files.delete(dir.resolve("av-tokens.json"));
        Cli.Result check = Cli.run(env, "check");
        assertEquals(ExitCode.RECONNECT_REQUIRED, check.code(), check.toString());
        assertTrue(check.err().startsWith("ledgerbridge: AccountView at 127.0.0.1:"), check.err());
        assertTrue(check.err().contains("authorize"), check.err());

        String code = emulators.accountView().issueAuthorizationCode();
        Cli.Result authorize = Cli.withInput(env, code + "\n", "authorize", "accountview");
        assertEquals(ExitCode.OK, authorize.code(), authorize.toString());
        assertTrue(authorize.out().contains("Open this URL"), authorize.out());
        assertTrue(authorize.out().contains("AccountView authorized; tokens saved in"), authorize.out());
        assertEquals(ExitCode.OK, Cli.run(env, "check").code());
    }

    @Test
    void withATokenKeyTheAuthorizedTokensAreStoredEncrypted() throws Exception {
        Map<String, String> keyed = new java.util.HashMap<>(env);
        keyed.put("LEDGERBRIDGE_ACCOUNTVIEW_TOKEN_KEY", "MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=");
        Files.delete(dir.resolve("av-tokens.json"));
        String code = emulators.accountView().issueAuthorizationCode();
        assertEquals(ExitCode.OK, Cli.withInput(keyed, code + "\n", "authorize", "accountview").code());
        String onDisk = Files.readString(dir.resolve("av-tokens.json"));
        assertTrue(onDisk.contains("lbenc1:"), onDisk);
        assertEquals(ExitCode.OK, Cli.run(keyed, "check").code());
        Cli.Result withoutKey = Cli.run(env, "check"); // the stored text is no token
        assertFalse(withoutKey.code() == ExitCode.OK, withoutKey.toString());
    }

    @Test
    void refusedRefreshTokenMeansReconnect() {
        emulators.accountView().expireAccessTokens();
        emulators.accountView().revokeRefreshTokens();
        Cli.Result r = Cli.run(env, "sync", "--once");
        assertEquals(ExitCode.RECONNECT_REQUIRED, r.code(), r.toString());
        assertTrue(r.err().contains("AccountView at 127.0.0.1:"), r.err());
        assertTrue(r.err().contains("authorize AccountView again"), r.err());
    }

    @Test
    void wrongApiKeyFromTheEnvironmentIsOneLineNamingTheSettingsWithoutTheSecret() {
        Map<String, String> wrong = new java.util.HashMap<>(env);
        wrong.put("LEDGERBRIDGE_BUCHHALTUNGSBUTLER_API_KEY", "not-the-key-123");
        Cli.Result r = Cli.run(wrong, "check");
        assertEquals(ExitCode.CONFIGURATION, r.code(), r.toString());
        assertEquals(1, r.err().lines().count(), r.err());
        assertTrue(r.err().startsWith("ledgerbridge: BuchhaltungsButler at 127.0.0.1:"), r.err());
        assertTrue(r.err().contains("buchhaltungsbutler.api-key"), r.err());
        assertFalse(r.err().contains("not-the-key-123"), r.err());
        assertFalse(r.err().contains("\tat "), "no stack trace without --debug");
    }

    @Test
    void aSystemThatGoesAwayDuringTheRunIsTryLaterNotRecordsFailed() throws Exception {
        BuchhaltungsButlerEmulator bb = emulators.buchhaltungsButler();
        emulators.accountView().stats().reset();
        // BuchhaltungsButler fails from the AccountView check on: after its own check, before the flow reads it
        Thread outage = new Thread(() -> {
            while (emulators.accountView().stats().total() == 0) {
                Thread.onSpinWait();
            }
            bb.faults().failRate("*", Fault.CONNECTION_RESET, 1.0);
        });
        outage.start();
        Cli.Result r = Cli.run(env, "--plain", "sync", "--once", "--flow", "customers-bb-to-av");
        outage.join();
        assertEquals(ExitCode.TRY_LATER, r.code(), r.toString());
        assertTrue(r.out().contains("Done: ") && r.out().contains("1 flows stopped"), "the run's totals first: "
                + r.out());
        assertTrue(r.err().lines().anyMatch(l -> l.startsWith("ledgerbridge: BuchhaltungsButler at 127.0.0.1:")),
                r.err());
    }

    @Test
    void runKeepsRunningUntilStoppedAndStopsCleanly() throws Exception {
        Cli.Background run = new Cli.Background(env, "run");
        boolean ran = run.awaitOutput("Done", 120_000);
        Cli.Result r = run.stop();
        assertTrue(ran, "a first run finishes: " + r);
        assertEquals(ExitCode.OK, r.code(), r.toString());
        assertTrue(r.out().contains("Stopped."), r.out());
        assertTrue(emulators.buchhaltungsButler().tenant().invoices().stream()
                .anyMatch(i -> String.valueOf(i.get("invoicenumber")).startsWith("AV-")));
        Cli.Result status = Cli.run(env, "status");
        assertTrue(status.out().contains("last run:  20"), "sync --once, status and run share the state: "
                + status.out());
    }
}

package dev.ledgerbridge.buchhaltungsbutler.internal;

import static dev.ledgerbridge.buchhaltungsbutler.internal.Endpoints.REPORTS_CREATE_BWA;
import static dev.ledgerbridge.buchhaltungsbutler.internal.Endpoints.REPORTS_CREATE_SUMS;
import static dev.ledgerbridge.buchhaltungsbutler.internal.Endpoints.REPORTS_GET_BWA;
import static dev.ledgerbridge.buchhaltungsbutler.internal.Endpoints.REPORTS_GET_SUMS;
import static dev.ledgerbridge.buchhaltungsbutler.internal.Endpoints.REPORTS_GET_SUMS_LEDGER;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ledgerbridge.buchhaltungsbutler.BuchhaltungsButlerErrorException;
import dev.ledgerbridge.buchhaltungsbutler.ReportService;
import dev.ledgerbridge.buchhaltungsbutler.model.Report;
import dev.ledgerbridge.buchhaltungsbutler.model.SumsReportRequest;
import dev.ledgerbridge.transport.error.ResponseParseException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** Reports over {@code /reports}. */
public final class ReportServiceImpl implements ReportService {
    private static final String NOT_READY = "8";
    private final ApiCaller api;

    public ReportServiceImpl(ApiCaller api) {
        this.api = api;
    }

    @Override
    public long createBwa(LocalDate from, LocalDate to) {
        checkRange(REPORTS_CREATE_BWA, from, to);
        ObjectNode body = api.emptyBody();
        body.put("date_from", from.toString());
        body.put("date_to", to.toString());
        return Checks.longField(api.call(REPORTS_CREATE_BWA, body), "id_by_customer", REPORTS_CREATE_BWA);
    }

    @Override
    public Optional<Report> getBwa(long reportId, boolean withFiles) {
        return get(REPORTS_GET_BWA, reportId, withFiles);
    }

    @Override
    public long createSums(SumsReportRequest request) {
        return Checks.longField(api.call(REPORTS_CREATE_SUMS, api.body(REPORTS_CREATE_SUMS, request)),
                "id_by_customer", REPORTS_CREATE_SUMS);
    }

    @Override
    public Optional<Report> getSums(long reportId, boolean withFiles) {
        return get(REPORTS_GET_SUMS, reportId, withFiles);
    }

    @Override
    public Report getSumsLedger(long postingaccountNumber, LocalDate from, LocalDate to, String base) {
        checkRange(REPORTS_GET_SUMS_LEDGER, from, to);
        Checks.on(REPORTS_GET_SUMS_LEDGER).positive("postingaccountNumber", postingaccountNumber).throwIfAny();
        ObjectNode body = api.emptyBody();
        body.put("postingaccount_number", postingaccountNumber);
        body.put("date_from", from.toString());
        body.put("date_to", to.toString());
        if (base != null) {
            body.put("base", base);
        }
        return report(api.call(REPORTS_GET_SUMS_LEDGER, body), REPORTS_GET_SUMS_LEDGER);
    }

    private Optional<Report> get(Endpoint ep, long reportId, boolean withFiles) {
        Checks.on(ep).positive("reportId", reportId).throwIfAny();
        ObjectNode body = api.emptyBody();
        body.put("report_id_by_customer", reportId);
        body.put("get_files", withFiles);
        try {
            return Optional.of(report(api.call(ep, body), ep));
        } catch (BuchhaltungsButlerErrorException e) {
            if (e.errorCode().filter(NOT_READY::equals).isPresent()) {
                return Optional.empty();
            }
            throw e;
        }
    }

    private static Report report(JsonNode root, Endpoint ep) {
        Map<String, Object> fields;
        try {
            fields = new LinkedHashMap<>(PlainValues.map(root));
        } catch (IllegalArgumentException e) {
            throw new ResponseParseException("Response of " + ep.displayName() + " has an unexpected shape for Report ("
                    + e.getMessage() + ")", ep.displayName(), 200, null, e);
        }
        fields.remove("success");
        fields.remove("message");
        return new Report(fields);
    }

    private static void checkRange(Endpoint ep, LocalDate from, LocalDate to) {
        Checks.Collector c = Checks.on(ep);
        if (from == null) {
            c.add("from", null, "must not be null");
        }
        if (to == null) {
            c.add("to", null, "must not be null");
        }
        if (from != null && to != null && to.isBefore(from)) {
            c.add("to", to, "must not be before from (" + from + ")");
        }
        c.throwIfAny();
    }
}

package dev.ledgerbridge.buchhaltungsbutler;

import dev.ledgerbridge.buchhaltungsbutler.model.*;
import dev.ledgerbridge.transport.paging.PagedIterable;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Reports, {@code /reports/*}: BWA (business analysis) and totals and balances are created
 * asynchronously (a new report replaces the previous one of its type) and fetched when ready; the
 * ledger of one account is computed on the fly.
 */
public interface ReportService {
    /**
     * Starts a BWA ({@code /reports/create/bwa}).
     *
     * @param from period start
     * @param to   period end
     * @return the id the API assigned to the report; a success always has one
     */
    long createBwa(LocalDate from, LocalDate to);

    /**
     * A BWA ({@code /reports/get/bwa}).
     *
     * @param reportId  id from {@link #createBwa}
     * @param withFiles also return the rendered files
     * @return the report, or empty while it is still being generated (server code 8)
     */
    Optional<Report> getBwa(long reportId, boolean withFiles);

    /**
     * Starts a totals-and-balances report ({@code /reports/create/sums}).
     *
     * @param request period and options
     * @return the id the API assigned to the report; a success always has one
     */
    long createSums(SumsReportRequest request);

    /**
     * A totals-and-balances report ({@code /reports/get/sums}).
     *
     * @param reportId  id from {@link #createSums}
     * @param withFiles also return the rendered files
     * @return the report, or empty while it is still being generated (server code 8)
     */
    Optional<Report> getSums(long reportId, boolean withFiles);

    /**
     * The ledger of one account over a period ({@code /reports/get/sums/ledger}), computed on the fly.
     *
     * @param postingaccountNumber the account
     * @param from                 period start
     * @param to                   period end
     * @param base                 report basis as the API names it, or null for the default
     */
    Report getSumsLedger(long postingaccountNumber, LocalDate from, LocalDate to, String base);
}

package dev.ledgerbridge.accountview.model;

import dev.ledgerbridge.accountview.data.DataQuery;
import dev.ledgerbridge.accountview.data.Filter;
import dev.ledgerbridge.accountview.data.SortOrder;
import dev.ledgerbridge.transport.paging.PagedIterable;

/** Order history lines ({@code ALH}/{@code HST_AL} with header {@code HST_AH}) of one company; read-only. */
public interface OrderHistory extends ReadableObjects<OrderHistoryLine> {
    /** {@code HST_AH.HDR_TYPE} of sales. */
    int SALES = 1;
    /** {@code HST_AH.HDR_TYPE} of purchases. */
    int PURCHASES = 2;

    /**
     * History lines of one article and order type, newest delivery first.
     *
     * @param articleCode the article code
     * @param orderType   {@link #SALES} or {@link #PURCHASES}
     * @return the lines, lazily
     */
    default PagedIterable<OrderHistoryLine> ofArticle(String articleCode, int orderType) {
        DataQuery q = query().filter(Filter.equal("ART_CODE", articleCode), Filter.equal("HST_AH.HDR_TYPE", orderType))
                .sortBy("HST_AH.DEL_DATE").sortOrder(SortOrder.DESCENDING).build();
        return list(q);
    }

    /**
     * Sales history lines of one debtor ({@code HST_AH.RPL_INV}).
     *
     * @param debtorNumber the debtor's {@code SUB_NR}
     * @return the lines, lazily
     */
    default PagedIterable<OrderHistoryLine> ofDebtor(String debtorNumber) {
        return where(Filter.equal("HST_AH.RPL_INV", debtorNumber), Filter.equal("HST_AH.HDR_TYPE", SALES));
    }
}

package dev.ledgerbridge.accountview.model;

import dev.ledgerbridge.accountview.data.Filter;
import java.util.List;

/** Delivery addresses ({@code ADDR}/{@code DEL_ADDR}) of one company. */
public interface DeliveryAddresses extends WritableObjects<DeliveryAddress> {
    /**
     * The delivery addresses of a debtor.
     *
     * @param debtorNumber the debtor's {@code SUB_NR}
     * @return the addresses, possibly empty
     */
    default List<DeliveryAddress> ofDebtor(String debtorNumber) {
        return where(Filter.equal("SUB_NR", debtorNumber)).stream().toList();
    }
}

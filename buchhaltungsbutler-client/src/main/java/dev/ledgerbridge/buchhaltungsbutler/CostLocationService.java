package dev.ledgerbridge.buchhaltungsbutler;

import dev.ledgerbridge.buchhaltungsbutler.model.*;
import dev.ledgerbridge.transport.paging.PagedIterable;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Cost locations (Kostenstellen), {@code /cost-locations/*}. */
public interface CostLocationService {
    /** All cost locations, 1000 per request. */
    PagedIterable<CostLocation> list();

    /**
     * The cost location with this code, if it exists.
     *
     * @param code the code
     */
    Optional<CostLocation> get(String code);

    /**
     * Adds a cost location ({@code /cost-locations/add}).
     *
     * @param code up to 10 letters and digits
     * @param name name
     * @return the code as confirmed by the server
     */
    String create(String code, String name);

    /**
     * Renames a cost location ({@code /cost-locations/update}).
     *
     * @param code the code
     * @param name new name
     */
    void update(String code, String name);

    /**
     * Deletes a cost location for good ({@code /cost-locations/delete}).
     *
     * @param code the code
     */
    void delete(String code);
}

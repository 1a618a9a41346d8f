package dev.ledgerbridge.buchhaltungsbutler.model;

import java.util.List;

/**
 * The outcome of a batch call. The call as a whole succeeding does not mean every item was
 * created: check {@link #errors()}. The server does not document that results come in request
 * order; failed items can be matched by their echoed {@link BatchItemError#requestData()}.
 * Immutable.
 */
public final class BatchResult {
    private final List<BatchItemResult> created;
    private final List<BatchItemError> errors;

    /**
     * @param created results of the created items
     * @param errors  failed items
     */
    public BatchResult(List<BatchItemResult> created, List<BatchItemError> errors) {
        this.created = List.copyOf(created);
        this.errors = List.copyOf(errors);
    }

    /** Results of the items the server reports as processed. */
    public List<BatchItemResult> created() {
        return created;
    }

    /** Items that failed, with code, message and the echoed input. */
    public List<BatchItemError> errors() {
        return errors;
    }

    /** Whether no item failed. */
    public boolean allSucceeded() {
        return errors.isEmpty() && created.stream().allMatch(r -> r.success() == null || r.success());
    }

    @Override
    public String toString() {
        return "BatchResult{created=" + created.size() + ", errors=" + errors.size() + "}";
    }
}

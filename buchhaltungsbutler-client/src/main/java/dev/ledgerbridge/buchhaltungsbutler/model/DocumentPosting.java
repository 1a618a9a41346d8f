package dev.ledgerbridge.buchhaltungsbutler.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Positive;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Postings (journal lines) for one document, a receipt ({@link ReceiptPosting}) or a bank
 * transaction ({@link TransactionPosting}): both carry the same lines and partner accounts and
 * differ only in the id of the document they book. Set {@code creditor} or {@code debtor} where the
 * account needs one; the other is sent as 0.
 *
 * <p>Immutable. Validated before sending.
 */
public abstract sealed class DocumentPosting permits ReceiptPosting, TransactionPosting {
    @NotEmpty
    private final List<@Valid PostingLine> lines;
    @Positive
    private final Long creditor;
    @Positive
    private final Long debtor;

    DocumentPosting(Builder<?, ?> b) {
        this.lines = b.lines == null ? null : List.copyOf(b.lines);
        this.creditor = b.creditor;
        this.debtor = b.debtor;
    }

    /** Copies the shared fields into a builder of the concrete type (for {@code toBuilder()}). */
    final <B extends Builder<?, ?>> B copyTo(B b) {
        b.lines = lines == null ? null : new ArrayList<>(lines);
        b.creditor = creditor;
        b.debtor = debtor;
        return b;
    }

    /** Lines, at least one; null or unmodifiable */
    public final List<PostingLine> lines() {
        return lines;
    }

    /** Creditor account number, if any; null when unset */
    public final Long creditor() {
        return creditor;
    }

    /** Debtor account number, if any; null when unset */
    public final Long debtor() {
        return debtor;
    }

    /** Java name of the document id field, for {@link #toString()}. */
    abstract String documentIdName();

    /** The id of the booked document (part of equality). */
    abstract Long documentId();

    /** Equal when of the same type with equal values. */
    @Override
    public final boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (other == null || other.getClass() != getClass()) {
            return false;
        }
        DocumentPosting o = (DocumentPosting) other;
        return Objects.equals(documentId(), o.documentId())
                && Objects.equals(lines, o.lines)
                && Objects.equals(creditor, o.creditor)
                && Objects.equals(debtor, o.debtor);
    }

    @Override
    public final int hashCode() {
        return Objects.hash(documentId(), lines, creditor, debtor);
    }

    /** Every field with its value. */
    @Override
    public final String toString() {
        return getClass().getSimpleName() + "{"
                + documentIdName() + "=" + documentId()
                + ", lines=" + lines
                + ", creditor=" + creditor
                + ", debtor=" + debtor + "}";
    }

    /**
     * Builder of the shared fields; {@link ReceiptPosting.Builder} and
     * {@link TransactionPosting.Builder} add the document id. Not thread-safe.
     *
     * @param <P> the type built
     * @param <B> the concrete builder, returned by every setter for chaining
     */
    public abstract static sealed class Builder<P extends DocumentPosting, B extends Builder<P, B>>
            permits ReceiptPosting.Builder, TransactionPosting.Builder {
        List<PostingLine> lines;
        Long creditor;
        Long debtor;

        Builder() {
        }

        abstract B self();

        /** Lines, at least one. */
        public final B lines(List<PostingLine> lines) {
            this.lines = lines == null ? null : new ArrayList<>(lines);
            return self();
        }

        /** Appends one item to {@code lines}. */
        public final B addLine(PostingLine item) {
            if (this.lines == null) {
                this.lines = new ArrayList<>();
            }
            this.lines.add(item);
            return self();
        }

        /** Creditor account number, if any. */
        public final B creditor(Long creditor) {
            this.creditor = creditor;
            return self();
        }

        /** Debtor account number, if any. */
        public final B debtor(Long debtor) {
            this.debtor = debtor;
            return self();
        }

        /**
         * Builds the request; validation happens when it is sent.
         *
         * @return the immutable request
         */
        public abstract P build();
    }
}

package dev.ledgerbridge.accountview.internal;

/** Bean Validation group of the rules that apply to inserts only (mandatory fields on input). */
public interface OnInsert {
}

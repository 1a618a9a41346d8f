/**
 * Typed business objects (debtors, delivery addresses, articles, article groups, packing units, sales orders, order
 * history, VAT codes, ledger accounts, journal pages, data dictionary) and their per-company clients. Models are
 * immutable with builders; only fields that are set are written; unmapped fields are kept in {@code extra()}.
 */
package dev.ledgerbridge.accountview.model;

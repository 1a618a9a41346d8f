/**
 * The generic data API ({@code /api/v3/accountviewdata}): typed queries with numbered filters and FoxPro date
 * literals, rows keyed by table, auto-paging in both paging styles, and inserts/updates built from rows (the
 * column-oriented payload is assembled by the client).
 */
package dev.ledgerbridge.accountview.data;

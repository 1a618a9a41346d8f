/**
 * The ready-made flows (customers, orders, products, categories, stock), created through
 * {@link dev.ledgerbridge.sync.flow.SyncFlows}, and the {@link dev.ledgerbridge.sync.flow.SyncFlow} contract for
 * writing your own.
 */
package dev.ledgerbridge.sync.flow;

/**
 * The sync engine: {@link dev.ledgerbridge.sync.SyncEngine} runs flows between connectors with
 * {@link dev.ledgerbridge.sync.Settings} and reports through a {@link dev.ledgerbridge.sync.SyncListener}
 * and a {@link dev.ledgerbridge.sync.FailureNotifier}.
 */
package dev.ledgerbridge.sync;

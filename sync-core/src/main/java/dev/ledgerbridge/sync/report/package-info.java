/**
 * What a sync run did: per flow, counts per action, the failures with reasons and a bounded sample of the other
 * results. Every per-record result is streamed to {@link dev.ledgerbridge.sync.SyncListener#recordDone} instead of
 * being kept, so a run's memory does not grow with the number of records.
 */
package dev.ledgerbridge.sync.report;

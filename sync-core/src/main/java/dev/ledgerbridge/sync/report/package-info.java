/** What a sync run did: per flow and per record, with ids and reasons. */
package dev.ledgerbridge.sync.report;

/**
 * The {@code ledgerbridge} command-line application: {@link dev.ledgerbridge.cli.Main} and its
 * {@link dev.ledgerbridge.cli.ExitCode exit codes}. Everything else in this package is the application's own and
 * may change in any release.
 */
package dev.ledgerbridge.cli;

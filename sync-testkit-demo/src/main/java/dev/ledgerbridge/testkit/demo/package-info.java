/**
 * The demo's deterministic data set ({@link dev.ledgerbridge.testkit.demo.DemoData}) and its seeding into both
 * emulators ({@link dev.ledgerbridge.testkit.demo.EmulatorSeeder}), shared by the examples and the command-line
 * application's {@code emulators} command.
 */
package dev.ledgerbridge.testkit.demo;

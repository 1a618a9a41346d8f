/** Implementation of the BuchhaltungsButler client; not API, may change without notice. */
package dev.ledgerbridge.buchhaltungsbutler.internal;

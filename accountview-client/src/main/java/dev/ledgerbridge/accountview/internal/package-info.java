/** Implementation details of the AccountView client; not API, may change in any release. */
package dev.ledgerbridge.accountview.internal;

/** Bean Validation constraints the clients' request models share. */
package dev.ledgerbridge.transport.validation;

/** Internals of the Spring Boot auto-configuration; not API, may change in any release. */
package dev.ledgerbridge.spring.boot.internal;

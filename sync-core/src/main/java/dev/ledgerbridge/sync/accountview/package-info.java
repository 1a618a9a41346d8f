/**
 * The AccountView connector: {@link dev.ledgerbridge.sync.accountview.AccountViewConnector} translates between the
 * canonical model and AccountView's business objects ({@code AR1}, {@code ADDR}, {@code AK1}, {@code AG1},
 * {@code SO1}, {@code ALH}) through a company-bound {@link dev.ledgerbridge.accountview.CompanyClient}.
 */
package dev.ledgerbridge.sync.accountview;

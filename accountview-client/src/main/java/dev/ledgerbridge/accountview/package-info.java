/**
 * Typed client of the AccountView.Net Web API v3. Start with
 * {@link dev.ledgerbridge.accountview.AccountViewClient#builder()}, authorise once (authorization URL, code
 * exchange), then bind a {@link dev.ledgerbridge.accountview.CompanyClient} to a company and use its typed business
 * objects ({@code .model}) or the generic data API ({@code .data}).
 */
package dev.ledgerbridge.accountview;

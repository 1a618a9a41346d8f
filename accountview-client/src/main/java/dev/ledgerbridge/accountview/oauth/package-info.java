/**
 * OAuth2 for AccountView.Net: the authorization URL, tokens, and where they are kept
 * ({@link dev.ledgerbridge.accountview.oauth.TokenStore}: in memory or in an owner-only file replaced atomically,
 * so that a rotated refresh token is never lost).
 */
package dev.ledgerbridge.accountview.oauth;

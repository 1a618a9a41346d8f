package dev.ledgerbridge.alerts;

/** The JSON a {@link WebhookNotifier} posts. */
public enum WebhookFormat {
    /**
     * The alert's fields, in this order: {@code {"tenant": "acme" or null, "kind": "record_failing", "flow": "...",
     * "summary": "...", "details": ["..."], "suppressed": 0, "time": "2026-11-28T09:00:00Z"}} ({@code kind} is
     * {@link AlertKind#wireName()}, {@code time} ISO-8601 UTC).
     */
    JSON,
    /**
     * What Slack's incoming webhooks (and Mattermost, Rocket.Chat, Microsoft Teams workflows that accept it) take:
     * {@code {"text": "<Alert.text()>"}}.
     */
    SLACK
}

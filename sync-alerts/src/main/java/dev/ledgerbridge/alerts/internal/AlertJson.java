package dev.ledgerbridge.alerts.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ledgerbridge.alerts.Alert;
import java.nio.charset.StandardCharsets;

/** The webhook bodies; see {@code WebhookFormat}. */
public final class AlertJson {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private AlertJson() {
    }

    /** The alert's fields as one JSON object, UTF-8. */
    public static byte[] fields(Alert alert) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("tenant", alert.tenantId());
        n.put("kind", alert.kind().wireName());
        n.put("flow", alert.flow());
        n.put("summary", alert.summary());
        ArrayNode details = n.putArray("details");
        alert.details().forEach(details::add);
        n.put("suppressed", alert.suppressed());
        n.put("time", alert.time().toString());
        return bytes(n);
    }

    /**
     * A Slack-compatible message: {@code {"text": ...}}, UTF-8, with {@code &}, {@code <} and {@code >} escaped as
     * Slack's message format asks (so that reasons cannot form links or mentions).
     */
    public static byte[] slack(Alert alert) {
        String text = alert.text().replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
        return bytes(MAPPER.createObjectNode().put("text", text));
    }

    private static byte[] bytes(ObjectNode n) {
        return n.toString().getBytes(StandardCharsets.UTF_8);
    }
}

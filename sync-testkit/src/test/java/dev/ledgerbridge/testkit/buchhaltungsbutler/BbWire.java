package dev.ledgerbridge.testkit.buchhaltungsbutler;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ledgerbridge.testkit.Http;
import java.net.http.HttpRequest;
import java.util.Map;

/** Raw BuchhaltungsButler calls: POST, Basic auth, JSON body with api_key merged in. */
final class BbWire {
    private final BuchhaltungsButlerEmulator bb;
    private final String apiKey;

    BbWire(BuchhaltungsButlerEmulator bb, String apiKey) {
        this.bb = bb;
        this.apiKey = apiKey;
    }

    BbWire(BuchhaltungsButlerEmulator bb) {
        this(bb, bb.apiKey());
    }

    Http.Result post(String path, Map<String, ?> body) {
        ObjectNode json = Http.JSON.valueToTree(body);
        json.put("api_key", apiKey);
        return raw(path, json.toString(), Http.basic(bb.apiClient(), bb.apiSecret()));
    }

    Http.Result raw(String path, String body, String authorization) {
        HttpRequest.Builder b = HttpRequest.newBuilder(Http.uri(bb.baseUrl() + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (authorization != null) {
            b.header("Authorization", authorization);
        }
        return Http.send(b.build());
    }
}

package dev.ledgerbridge.testkit.buchhaltungsbutler.internal;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ledgerbridge.testkit.internal.Json;
import java.util.List;

/** The response envelopes of spec §3.2/3.3. */
final class BbEnvelope {
    private BbEnvelope() {
    }

    /** {@code {success:true, message:""}}. */
    static ObjectNode ok() {
        ObjectNode r = Json.object();
        r.put("success", true);
        r.put("message", "");
        return r;
    }

    /** {@code {success, message, rows, data[]}} where rows is the number of rows in this response. */
    static ObjectNode list(List<ObjectNode> rows) {
        ObjectNode r = ok();
        r.put("rows", rows.size());
        ArrayNode data = r.putArray("data");
        rows.forEach(data::add);
        return r;
    }

    /** {@code {success:false, error_code, message}}. */
    static ObjectNode error(int code, String message) {
        ObjectNode r = Json.object();
        r.put("success", false);
        r.put("error_code", code);
        r.put("message", message);
        return r;
    }
}

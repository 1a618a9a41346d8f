package dev.ledgerbridge.testkit.buchhaltungsbutler.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ledgerbridge.testkit.internal.FormPairs;
import dev.ledgerbridge.testkit.internal.Json;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Decodes {@code application/x-www-form-urlencoded} bodies the PHP way ({@code debtors[0][name]=A},
 * {@code item_name[]=B}) into the same JSON tree a JSON body gives; all values arrive as strings.
 */
final class BbFormBody {
    private BbFormBody() {
    }

    static ObjectNode parse(String body) {
        ObjectNode root = Json.object();
        for (Map.Entry<String, String> pair : FormPairs.decode(body)) {
            String key = pair.getKey();
            String value = pair.getValue();
            List<String> path = new ArrayList<>();
            int bracket = key.indexOf('[');
            path.add(bracket < 0 ? key : key.substring(0, bracket));
            while (bracket >= 0) {
                int close = key.indexOf(']', bracket);
                if (close < 0) {
                    break;
                }
                path.add(key.substring(bracket + 1, close));
                bracket = key.indexOf('[', close);
            }
            ObjectNode node = root;
            for (int i = 0; i < path.size() - 1; i++) {
                String segment = path.get(i).isEmpty() ? Integer.toString(node.size()) : path.get(i);
                JsonNode child = node.get(segment);
                if (!(child instanceof ObjectNode)) {
                    child = node.putObject(segment);
                }
                node = (ObjectNode) child;
            }
            String last = path.get(path.size() - 1);
            node.put(last.isEmpty() ? Integer.toString(node.size()) : last, value);
        }
        return (ObjectNode) arrays(root);
    }

    /** Turns objects whose keys are 0..n-1 into arrays, recursively. */
    private static JsonNode arrays(JsonNode node) {
        if (!node.isObject()) {
            return node;
        }
        ObjectNode object = (ObjectNode) node;
        Iterator<Map.Entry<String, JsonNode>> it = object.fields();
        boolean indexed = object.size() > 0;
        int expected = 0;
        List<Map.Entry<String, JsonNode>> entries = new ArrayList<>();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            indexed &= e.getKey().equals(Integer.toString(expected++));
            entries.add(e);
        }
        if (indexed) {
            ArrayNode array = Json.MAPPER.createArrayNode();
            entries.forEach(e -> array.add(arrays(e.getValue())));
            return array;
        }
        entries.forEach(e -> object.set(e.getKey(), arrays(e.getValue())));
        return object;
    }
}

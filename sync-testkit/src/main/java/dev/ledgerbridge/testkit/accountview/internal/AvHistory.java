package dev.ledgerbridge.testkit.accountview.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ledgerbridge.testkit.internal.Json;

/** Order history (ALH): every created sales order leaves sales-history lines with their header fields joined in. */
final class AvHistory {
    private AvHistory() {
    }

    static void recordSalesOrder(AvCompanyState c, ObjectNode order, ArrayNode lines, String now) {
        ObjectNode header = Json.object();
        header.put("HDR_TYPE", 1);
        header.set("ORD_NR", order.get("ORD_NR"));
        header.set("RPL_INV", order.get("RPL_INV"));
        JsonNode debtor = c.table("CONTACT").byKey.get(order.get("RPL_INV").asText());
        header.put("DC_NAME", debtor == null ? "" : debtor.get("ACCT_NAME").asText());
        header.set("INV_DATE", order.get("INV_DATE"));
        header.set("DEL_DATE", order.get("DEL_DATE"));
        header.put("SHIP_MTH", "");
        header.put("VDISC_DESC", "");
        header.put("SHIP_COST", 0);
        header.put("ORD_COST", 0);
        header.set("COMMENT1", order.get("COMMENT1"));
        header.set("COMMENT2", order.get("COMMENT2"));
        header.set("DEL_ADDR", order.get("DEL_CODE"));
        header.put("PO_DLB", "");
        AvCompanyState.TableData history = c.table("HST_AL");
        for (JsonNode line : lines) {
            ObjectNode article = c.table("ARTICLE").byKey.get(line.get("ART_CODE").asText());
            ObjectNode h = Json.object();
            String recId = c.nextRecId();
            h.put("REC_ID", recId);
            h.set("ART_CODE", line.get("ART_CODE"));
            h.set("UNIT_PX", line.get("ART_PX"));
            h.put("ART_UNIT", article == null ? "" : article.get("ART_UNIT").asText());
            h.set("PACK_QTY", line.get("ORD_QTY"));
            h.put("PACK_CONT", 1);
            h.set("VPACK_QTY", line.get("ORD_QTY"));
            h.set("COST_PX", article == null ? Json.MAPPER.getNodeFactory().numberNode(0) : article.get("COST_PX"));
            h.set("L_COSTPX", article == null ? Json.MAPPER.getNodeFactory().numberNode(0) : article.get("L_COSTPX"));
            h.set("DIRECT_PX", line.get("ART_PX"));
            h.put("VSRC_CODE", "");
            h.put("EUTR_LEV", "");
            header.fields().forEachRemaining(e -> h.set("HST_AH." + e.getKey(), e.getValue()));
            h.put("INP_DATE", now);
            h.put("CNG_DATE", now);
            h.put("CNG_NR", 1);
            h.put("EXT_KEY", 0);
            h.put("HST_AL_Id", Long.parseLong(recId));
            history.byRecId.put(recId, h);
            history.byKey.put(recId, h);
        }
    }
}

package dev.ledgerbridge.testkit.accountview.internal;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The tables and business objects the emulator knows, with field types and lengths from the spec (§7) where it
 * gives them and conservative guesses where it does not. Custom fields ({@code K1_*}, {@code A8_*}) can be added.
 */
public final class AvSchema {

    /** A column: type code (C, M, N, Y, B, I, L, D, T), max length for C, mandatory on insert, read-only. */
    public record Field(String name, char type, int length, boolean mandatory, boolean readOnly) {
    }

    /** A table with its fields in dictionary order. */
    public static final class Table {
        final String name;
        final Map<String, Field> fields = new LinkedHashMap<>();

        Table(String name) {
            this.name = name;
        }

        Table c(String field, int length) {
            return add(new Field(field, 'C', length, false, false));
        }

        Table mandatory(String field, int length) {
            return add(new Field(field, 'C', length, true, false));
        }

        Table typed(String field, char type) {
            return add(new Field(field, type, 0, false, false));
        }

        Table readOnly(String field, char type, int length) {
            return add(new Field(field, type, length, false, true));
        }

        Table add(Field f) {
            fields.put(f.name(), f);
            return this;
        }

        Field field(String name) {
            return fields.get(name.toUpperCase(Locale.ROOT));
        }

        /** Adds the change-tracking columns every table carries. */
        Table tracked() {
            readOnly("REC_ID", 'C', 10);
            readOnly("INP_DATE", 'T', 0);
            readOnly("CNG_DATE", 'T', 0);
            return readOnly("CNG_NR", 'I', 0);
        }
    }

    /**
     * A business object.
     *
     * @param code e.g. AR1
     * @param table main table
     * @param lines line table or null
     * @param businessKey the key used by PUT and duplicate checks (REC_ID where none is natural)
     * @param pagingKey the field {@code lastKey} refers to
     * @param writable whether POST/PUT are allowed
     */
    public record BusinessObject(String code, Table table, Table lines, String businessKey, String pagingKey,
                                 boolean writable) {
    }

    final Map<String, Table> tables = new LinkedHashMap<>();
    final Map<String, BusinessObject> objects = new LinkedHashMap<>();

    /** Builds the standard schema. */
    public AvSchema() {
        Table contact = table("CONTACT")
                .mandatory("SUB_NR", 10).mandatory("ACCT_NAME", 40).mandatory("SRC_CODE", 10).c("ACCT_NR", 10)
                .c("ADDRESS1", 80).c("ST_STREET", 60).c("ST_NR", 10).c("ST_EXTRA", 10).c("POST_CODE", 10)
                .c("CITY", 35).c("BOX_CITY", 35).c("CNT_CODE", 2).c("COUNTRY", 30).c("PO_BOX", 10).c("PO_CODE", 10)
                .c("PO_CITY", 35).c("MAIL_BUS", 50).c("TEL_BUS", 20).c("TEL_MOB", 20).c("FAX_BUS", 20)
                .c("WWW_URL", 60).c("VAT_NR", 14).c("COC_CODE", 15).c("VAT_CODE", 2).c("DISC_CODE", 2)
                .c("CUR_CODE", 3).c("LNG_CODE", 5).c("IBAN_NR", 34).c("IBAN_NR2", 34).c("MAIN_CONT", 40)
                .c("MAIN_PP", 10).c("MC_MAILB", 50).c("MC_DEAR", 40).c("ADMIN_CONT", 40).c("ADMIN_NAME", 40)
                .c("ADMIN_PP", 10).c("ADM_DEAR", 40).c("DEB_NR", 10).c("APX_LIST", 5).c("QD_CODE", 5)
                .c("EMP_NR", 10).c("RPL_GRP", 10).c("RPL_INV", 10).typed("CRED_LIM", 'I').typed("DD_ACT", 'L')
                .typed("REC_BLK", 'L').typed("BLK_SP", 'L').typed("COMMENT1", 'M')
                .readOnly("ACCT_BAL", 'Y', 0).tracked();
        Table delAddr = table("DEL_ADDR")
                .mandatory("SUB_NR", 10).mandatory("DEL_NAME", 40).c("ADDRESS1", 80).c("POST_CODE", 10)
                .c("CITY", 35).c("CNT_CODE", 2).c("MAIL_BUS", 50).c("TEL_BUS", 20).tracked();
        Table article = table("ARTICLE")
                .mandatory("ART_CODE", 20).mandatory("ART_DESC1", 50).c("AG_CODE", 10).typed("PX_SELL", 'N')
                .typed("COST_PX", 'N').typed("L_COSTPX", 'N').typed("B_COSTPX", 'N').typed("QTY_AVAIL", 'N')
                .typed("QTY_FREE2", 'N').typed("QTY_TECH", 'N').typed("QTY_BESTEL", 'N').c("ART_UNIT", 10)
                .c("IMG_MEDIUM", 60).tracked();
        Table artGrp = table("ART_GRP").mandatory("AG_CODE", 10).mandatory("AG_DESC", 40).tracked();
        Table soHdr = table("SO_HDR")
                .readOnly("ORD_NR", 'C', 10).typed("ORD_DATE", 'T').typed("INV_DATE", 'T').typed("DEL_DATE", 'T')
                .mandatory("RPL_INV", 10).c("RPL_DEL", 10).c("DEL_CODE", 10).c("COMMENT1", 60).typed("COMMENT2", 'M')
                .c("TO_EMAIL", 50).typed("PD_AMT", 'N').c("EMP_NR", 10).c("APX_LIST", 5).tracked();
        Table soLine = table("SO_LINE")
                .readOnly("ORD_NR", 'C', 10).mandatory("ART_CODE", 20).add(new Field("ORD_QTY", 'N', 0, true, false))
                .typed("ART_PX", 'N').typed("DEL_DATE", 'T').tracked();
        Table hstAh = table("HST_AH")
                .readOnly("HDR_TYPE", 'N', 0).readOnly("ORD_NR", 'C', 10).readOnly("RPL_INV", 'C', 10)
                .readOnly("DC_NAME", 'C', 40).readOnly("INV_DATE", 'T', 0).readOnly("DEL_DATE", 'T', 0)
                .readOnly("SHIP_MTH", 'C', 10).readOnly("VDISC_DESC", 'C', 40).readOnly("SHIP_COST", 'N', 0)
                .readOnly("ORD_COST", 'N', 0).readOnly("COMMENT1", 'C', 60).readOnly("COMMENT2", 'M', 0)
                .readOnly("DEL_ADDR", 'C', 10).readOnly("PO_DLB", 'C', 10).tracked();
        Table hstAl = table("HST_AL")
                .readOnly("ART_CODE", 'C', 20).readOnly("UNIT_PX", 'N', 0).readOnly("ART_UNIT", 'C', 10)
                .readOnly("PACK_QTY", 'N', 0).readOnly("PACK_CONT", 'N', 0).readOnly("VPACK_QTY", 'N', 0)
                .readOnly("COST_PX", 'N', 0).readOnly("L_COSTPX", 'N', 0).readOnly("DIRECT_PX", 'N', 0)
                .readOnly("VSRC_CODE", 'C', 10).readOnly("EUTR_LEV", 'C', 10).tracked();
        object("AR1", contact, null, "SUB_NR", "SUB_NR", true);
        object("ADDR", delAddr, null, "REC_ID", "REC_ID", true);
        object("AK1", article, null, "ART_CODE", "REC_ID", true);
        object("AG1", artGrp, null, "AG_CODE", "REC_ID", true);
        object("SO1", soHdr, soLine, "ORD_NR", "REC_ID", true);
        // order history lines carry their header's fields table-qualified (HST_AH.DC_NAME), as the spec describes
        hstAh.fields.values().forEach(f -> hstAl.add(new Field("HST_AH." + f.name(), f.type(), f.length(), false,
                true)));
        object("ALH", hstAl, null, "REC_ID", "REC_ID", false);
    }

    private Table table(String name) {
        Table t = new Table(name);
        tables.put(name, t);
        return t;
    }

    private void object(String code, Table table, Table lines, String key, String pagingKey, boolean writable) {
        objects.put(code, new BusinessObject(code, table, lines, key, pagingKey, writable));
    }

    /**
     * Adds an administration-specific field.
     *
     * @param table table name
     * @param field field name
     * @param type type code
     * @param length max length for C fields
     */
    public void addCustomField(String table, String field, char type, int length) {
        Table t = tables.get(table.toUpperCase(Locale.ROOT));
        if (t == null || "CDTNYBILM".indexOf(type) < 0) {
            throw new IllegalArgumentException("unknown table " + table + " or field type " + type);
        }
        t.add(new Field(field.toUpperCase(Locale.ROOT), type, length, false, false));
    }

    /**
     * Looks up a business object case-insensitively.
     *
     * @param code the code
     * @return the object or null
     */
    public BusinessObject object(String code) {
        return code == null ? null : objects.get(code.toUpperCase(Locale.ROOT));
    }
}

package dev.ledgerbridge.accountview.model;

import dev.ledgerbridge.accountview.data.DataQuery;
import dev.ledgerbridge.accountview.data.FoxPro;
import java.util.List;

/**
 * The data dictionary of a company's administration ({@code FLD}/{@code DCT_FLD} and {@code DBF}/{@code DCT_FILE}):
 * field types, lengths, mandatory and blocked fields, custom fields, and per table the business object and its
 * write restrictions.
 */
public interface DataDictionary {
    /** Dictionary fields. */
    ReadableObjects<DictionaryField> fields();

    /** Dictionary tables. */
    ReadableObjects<DictionaryTable> tables();

    /**
     * The fields of one table, e.g. {@code CONTACT}.
     *
     * @param table the table name
     * @return its fields
     */
    default List<DictionaryField> fieldsOf(String table) {
        DataQuery q = fields().query().filterExpression("dct_fld.dbf_name=" + FoxPro.stringLiteral(
                table.strip().toUpperCase(java.util.Locale.ROOT))).build();
        return fields().list(q).stream().toList();
    }
}

package dev.ledgerbridge.accountview.internal;

import dev.ledgerbridge.accountview.data.Row;
import dev.ledgerbridge.accountview.data.Tables;
import dev.ledgerbridge.accountview.model.ArticleGroup;
import dev.ledgerbridge.accountview.model.ArticleGroups;
import dev.ledgerbridge.accountview.model.Article;
import dev.ledgerbridge.accountview.model.Articles;
import dev.ledgerbridge.accountview.model.DataDictionary;
import dev.ledgerbridge.accountview.model.Debtor;
import dev.ledgerbridge.accountview.model.Debtors;
import dev.ledgerbridge.accountview.model.DeliveryAddress;
import dev.ledgerbridge.accountview.model.DeliveryAddresses;
import dev.ledgerbridge.accountview.model.DictionaryField;
import dev.ledgerbridge.accountview.model.DictionaryTable;
import dev.ledgerbridge.accountview.model.JournalPage;
import dev.ledgerbridge.accountview.model.JournalPages;
import dev.ledgerbridge.accountview.model.LedgerAccount;
import dev.ledgerbridge.accountview.model.OrderHistory;
import dev.ledgerbridge.accountview.model.OrderHistoryLine;
import dev.ledgerbridge.accountview.model.PackingUnit;
import dev.ledgerbridge.accountview.model.PackingUnits;
import dev.ledgerbridge.accountview.model.ReadableObjects;
import dev.ledgerbridge.accountview.model.SalesOrder;
import dev.ledgerbridge.accountview.model.SalesOrders;
import dev.ledgerbridge.accountview.model.VatCode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Creates the typed clients of one company. */
public final class TypedClients {
    private final DataApi data;

    public TypedClients(DataApi data) {
        this.data = data;
    }

    /** Debtors. */
    public Debtors debtors() {
        return new DebtorsImpl(data);
    }

    /** Delivery addresses. */
    public DeliveryAddresses deliveryAddresses() {
        return new DeliveryAddressesImpl(data);
    }

    /** Articles. */
    public Articles articles() {
        return new ArticlesImpl(data);
    }

    /** Article groups. */
    public ArticleGroups articleGroups() {
        return new ArticleGroupsImpl(data);
    }

    /** Packing units. */
    public PackingUnits packingUnits() {
        return new PackingUnitsImpl(data);
    }

    /** Sales orders. */
    public SalesOrders salesOrders() {
        return new SalesOrdersImpl(data);
    }

    /** Order history. */
    public OrderHistory orderHistory() {
        return new OrderHistoryImpl(data);
    }

    /** VAT codes. */
    public ReadableObjects<VatCode> vatCodes() {
        return new ObjectsImpl<>(data, "VA1", "VA1", VatCodeMapping.INSTANCE, null, true);
    }

    /** Ledger accounts. */
    public ReadableObjects<LedgerAccount> ledgerAccounts() {
        return new ObjectsImpl<>(data, "GL1", "GL1", LedgerAccountMapping.INSTANCE, null, true);
    }

    /** Journal pages. */
    public JournalPages journalPages() {
        return new JournalPagesImpl(data);
    }

    /** Data dictionary. */
    public DataDictionary dictionary() {
        ReadableObjects<DictionaryField> fields = new ObjectsImpl<>(data, "FLD", "FLD", DictionaryFieldMapping.INSTANCE,
                null, false);
        ReadableObjects<DictionaryTable> tables = new ObjectsImpl<>(data, "DBF", "DBF", DictionaryTableMapping.INSTANCE,
                null, false);
        return new DataDictionary() {
            @Override
            public ReadableObjects<DictionaryField> fields() {
                return fields;
            }

            @Override
            public ReadableObjects<DictionaryTable> tables() {
                return tables;
            }
        };
    }

    private static final class DebtorsImpl extends ObjectsImpl<Debtor> implements Debtors {
        DebtorsImpl(DataApi data) {
            super(data, Debtor.BUSINESS_OBJECT, Debtor.BUSINESS_OBJECT, DebtorMapping.INSTANCE, null, true);
        }
    }

    private static final class DeliveryAddressesImpl extends ObjectsImpl<DeliveryAddress> implements DeliveryAddresses {
        DeliveryAddressesImpl(DataApi data) {
            super(data, DeliveryAddress.BUSINESS_OBJECT, DeliveryAddress.BUSINESS_OBJECT, DeliveryAddressMapping.INSTANCE,
                    null, false);
        }
    }

    private static final class ArticlesImpl extends ObjectsImpl<Article> implements Articles {
        ArticlesImpl(DataApi data) {
            super(data, Article.BUSINESS_OBJECT, Article.BUSINESS_OBJECT, ArticleMapping.INSTANCE, null, true);
        }
    }

    private static final class ArticleGroupsImpl extends ObjectsImpl<ArticleGroup> implements ArticleGroups {
        ArticleGroupsImpl(DataApi data) {
            super(data, ArticleGroup.BUSINESS_OBJECT, ArticleGroup.BUSINESS_OBJECT, ArticleGroupMapping.INSTANCE, null,
                    true);
        }
    }

    private static final class PackingUnitsImpl extends ObjectsImpl<PackingUnit> implements PackingUnits {
        PackingUnitsImpl(DataApi data) {
            super(data, PackingUnit.BUSINESS_OBJECT, PackingUnit.BUSINESS_OBJECT, PackingUnitMapping.INSTANCE, null,
                    false);
        }
    }

    private static final class SalesOrdersImpl extends ObjectsImpl<SalesOrder> implements SalesOrders {
        SalesOrdersImpl(DataApi data) {
            super(data, SalesOrder.BUSINESS_OBJECT, SalesOrder.BUSINESS_OBJECT, SalesOrderMapping.INSTANCE,
                    new Lines<>(SalesOrderLineMapping.INSTANCE, SalesOrder::lines,
                            (o, lines) -> o.toBuilder().lines(lines).build()),
                    false);
        }
    }

    private static final class JournalPagesImpl extends ObjectsImpl<JournalPage> implements JournalPages {
        JournalPagesImpl(DataApi data) {
            super(data, "DJ2P", JournalPage.BUSINESS_OBJECT, JournalPageMapping.INSTANCE,
                    new Lines<>(JournalLineMapping.INSTANCE, JournalPage::lines,
                            (p, lines) -> p.toBuilder().lines(lines).build()),
                    false);
        }
    }

    /**
     * Order history: the header fields arrive table-qualified inside the line rows ({@code HST_AH.DC_NAME}) or as a
     * sibling {@code HST_AH} table linked by {@code HST_AH_Id}; both end up as {@code HST_AH.*} keys of the line.
     */
    private static final class OrderHistoryImpl extends ObjectsImpl<OrderHistoryLine> implements OrderHistory {
        OrderHistoryImpl(DataApi data) {
            super(data, OrderHistoryLine.BUSINESS_OBJECT, OrderHistoryLine.BUSINESS_OBJECT,
                    OrderHistoryLineMapping.INSTANCE, null, false);
        }

        @Override
        protected List<OrderHistoryLine> read(Tables tables, String endpoint) {
            List<Row> headers = tables.rows("HST_AH");
            if (headers.isEmpty()) {
                return super.read(tables, endpoint);
            }
            List<Row> merged = new ArrayList<>();
            for (Row line : tables.rows("HST_AL")) {
                Object id = line.get("HST_AH_Id");
                Row header = headers.size() == 1 && id == null ? headers.get(0) : headers.stream()
                        .filter(h -> id != null && Objects.equals(id, h.get("HST_AH_Id"))).findFirst().orElse(null);
                Map<String, Object> values = new LinkedHashMap<>(line.values());
                if (header != null) {
                    header.values().forEach((k, v) -> values.putIfAbsent("HST_AH." + k, v));
                }
                merged.add(Row.of(values));
            }
            return super.read(Tables.of(Map.of("HST_AL", merged)), endpoint);
        }
    }
}

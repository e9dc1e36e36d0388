#pragma once

#include <models/item_roles.h>
#include <models/session_table_model.h>
#include <store/invoice_listing.h>

#include <QLocale>
#include <QTimer>

#include <chrono>
#include <cstdint>
#include <optional>
#include <vector>

namespace meterdesk::models {

// One period's invoices and the tenants still to invoice in it (store::InvoiceListing),
// filtered by tenant and status, loaded page by page (keyset paging) as the view scrolls.
// Changing the query keeps the rows on screen until the new first page arrives, then resets;
// results of superseded queries are dropped.
class InvoiceListModel : public SessionTableModel {
    Q_OBJECT

public:
    enum Column { Tenant, Name, Status, Number, Total, Credits, Issued, ColumnCount };
    Q_ENUM(Column)

    // The tenant of the row (IdRole is the invoice id, 0 for a tenant not invoiced yet).
    static constexpr int TenantIdRole = FirstModelSpecificRole;

    static constexpr int kPageSize = 200;
    static constexpr std::chrono::milliseconds kSearchDelay{150};

    // Starts loading the first page of `period` at once.
    InvoiceListModel(DatabaseSession& session, const store::InvoicePeriod& period,
                     QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    // DisplayRole: text for the screen (amounts locale-formatted, issued in local time);
    // RawValueRole: the total in µcr or minor units (qint64), issued as a UTC QDateTime, the
    // status as the store names it ("not_invoiced" for a tenant without invoice), text
    // otherwise; IdRole: the invoice id; TenantIdRole: the tenant id; ToolTipRole: what a
    // status means (and a void invoice's reason).
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

    void setPeriod(const store::InvoicePeriod& period);
    // Search as you type: the query runs kSearchDelay after the last call.
    void setTenantSearch(const QString& text);
    void setFilter(store::InvoiceListFilter filter);
    const store::InvoiceListQuery& query() const { return query_; }

    // Runs the current query again from the first page.
    void reload();

    const store::InvoiceListRow& rowAt(int row) const {
        return rows_.at(static_cast<std::size_t>(row));
    }
    // The row of the tenant's invoice (or, for nullopt, of the tenant not invoiced yet), or -1
    // when it is not loaded.
    int rowOf(std::int64_t tenantId, std::optional<std::int64_t> invoiceId) const;

signals:
    // The first page of the current query has arrived (after every reload).
    void firstPageLoaded();

private:
    void setQuery(store::InvoiceListQuery query);
    void applyFirstPage(store::InvoiceListPage page);
    void appendPage(store::InvoiceListPage page);
    QVariant displayData(const store::InvoiceListRow& row, int column) const;
    QVariant rawData(const store::InvoiceListRow& row, int column) const;
    QString statusText(const store::InvoiceListRow& row) const;
    QString statusToolTip(const store::InvoiceListRow& row) const;

    store::InvoiceListQuery query_;
    QString pendingSearch_;
    QTimer searchTimer_;
    std::vector<store::InvoiceListRow> rows_;
    std::optional<store::InvoiceListCursor> next_;
    bool firstPageLoaded_ = false;
};

// `minorUnits` in the currency's own decimals and the locale: "1,234.56 EUR".
QString formatMinorUnits(std::int64_t minorUnits, int currencyDecimals, const QString& currency,
                         const QLocale& locale = QLocale());

} // namespace meterdesk::models

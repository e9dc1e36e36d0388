#pragma once

#include <models/session_table_model.h>
#include <models/tenant_rows.h>
#include <store/tenants.h>

#include <QTimer>

#include <chrono>
#include <cstdint>
#include <optional>

namespace meterdesk::models {

// The tenants, however many: searched, filtered and sorted by the database, loaded page by
// page (keyset paging) as the view scrolls. Changing the query keeps the rows on screen
// until the new first page arrives, then resets; results of superseded queries are dropped.
class TenantTableModel : public SessionTableModel {
    Q_OBJECT

public:
    enum Column { Slug, Name, Email, Status, Plan, Region, Balance, Created, ColumnCount };
    Q_ENUM(Column)

    // The first page fills a screen at once; the pages after it grow with what is loaded, so
    // scrolling to the end of a million tenants takes hundreds of reads, not thousands.
    static constexpr int kPageSize = 200;
    static constexpr int kMaxPageSize = 5000;
    static int pageSizeAfter(int loadedRows);
    static constexpr std::chrono::milliseconds kSearchDelay{150};

    // Starts loading the first page at once.
    explicit TenantTableModel(DatabaseSession& session, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    // DisplayRole: text for the screen (balance locale-formatted, created in local time);
    // RawValueRole: balance in µcr (qint64), created as a UTC QDateTime, text otherwise;
    // IdRole: the tenant id.
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // Re-queries the database in the new order.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

    // Search as you type: a keystroke after a pause queries at once; a burst of keystrokes
    // ends with one query kSearchDelay after the last of them.
    void setSearch(const QString& text);
    void setStatusFilter(std::optional<store::TenantStatus> status);
    // An empty code shows every plan.
    void setPlanFilter(const QString& planCode);
    void setLowBalanceOnly(bool lowBalanceOnly);
    const store::TenantQuery& query() const { return query_; }

    // Runs the current query again from the first page.
    void reload();

    store::Tenant tenantAt(int row) const;
    // The row showing the tenant, or -1 when it is not loaded. `hintRow`, where the tenant
    // probably is (such as the view's current row), is looked at first.
    int rowOfTenant(std::int64_t tenantId, int hintRow = -1) const;
    // Re-reads one tenant after an edit and replaces its row (removes it if it is gone).
    void refreshTenant(std::int64_t tenantId);
    // Replaces the tenant's row with a value the caller already has (e.g. an edit's result).
    void replaceTenant(const store::Tenant& tenant);

private:
    // A page as the worker hands it over: its rows already compacted (see TenantRows).
    struct LoadedPage {
        TenantRows::Block rows;
        std::optional<store::TenantCursor> next;
    };
    static LoadedPage loadPage(pqxx::connection& connection, const store::TenantQuery& query,
                               const std::optional<store::TenantCursor>& after, int limit);

    void applySearch();
    void setQuery(store::TenantQuery query);
    void applyFirstPage(LoadedPage page);
    void appendPage(LoadedPage page);
    QVariant displayData(std::size_t row, int column) const;
    QVariant rawData(std::size_t row, int column) const;

    store::TenantQuery query_;
    QString pendingSearch_;
    QTimer searchTimer_;
    TenantRows rows_;
    std::optional<store::TenantCursor> next_;
    bool firstPageLoaded_ = false;
};

} // namespace meterdesk::models

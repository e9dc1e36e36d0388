#pragma once

#include <models/item_roles.h>
#include <models/session_table_model.h>
#include <store/audit.h>

#include <QStringList>

#include <chrono>
#include <cstdint>
#include <optional>
#include <vector>

namespace meterdesk::models {

// The audit log, newest first, loaded page by page as the view scrolls, filtered by the
// database (tenant, operator, table, time range).
class AuditLogModel : public SessionTableModel {
    Q_OBJECT

public:
    enum Column { At, Operator, DatabaseRole, Table, Operation, Tenant, RowKey, ColumnCount };
    Q_ENUM(Column)

    enum Role {
        BeforeJsonRole = FirstModelSpecificRole, // the row before the change (empty for INSERT)
        AfterJsonRole,                           // the row after it (empty for DELETE)
    };

    static constexpr int kPageSize = 200;

    // Starts loading the first page at once.
    explicit AuditLogModel(DatabaseSession& session, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    // DisplayRole: text (At in local time); RawValueRole: At as a UTC QDateTime, the tenant
    // id as qint64 (invalid when none), text otherwise; IdRole: the entry id;
    // BeforeJsonRole/AfterJsonRole: the JSON text.
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

    // Each setter re-queries from the newest entry. Empty texts mean "any".
    void setTenantFilter(std::optional<std::int64_t> tenantId);
    void setOperatorFilter(const QString& operatorName);
    void setTableFilter(const QString& table);
    void setTimeRange(std::optional<std::chrono::sys_seconds> from,
                      std::optional<std::chrono::sys_seconds> until);
    void setQuery(store::AuditQuery query);
    const store::AuditQuery& query() const { return query_; }
    void reload();

    const store::AuditEntry& entryAt(int row) const {
        return rows_.at(static_cast<std::size_t>(row));
    }

    // Asks for the tables and operators that appear in the log, for the filter choices.
    void loadFilterChoices();

signals:
    void filterChoicesLoaded(const QStringList& tables, const QStringList& operators);

private:
    void applyFirstPage(std::vector<store::AuditEntry> entries);
    void appendPage(std::vector<store::AuditEntry> entries);
    QVariant displayData(const store::AuditEntry& entry, int column) const;
    QVariant rawData(const store::AuditEntry& entry, int column) const;
    static QVariant tenantToolTip(const store::AuditEntry& entry);

    store::AuditQuery query_;
    std::vector<store::AuditEntry> rows_;
    bool atEnd_ = false;
    bool firstPageLoaded_ = false;
};

} // namespace meterdesk::models

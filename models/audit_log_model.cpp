#include "audit_log_model.h"

#include "display_format.h"

#include <utility>

namespace meterdesk::models {

namespace {

QStringList toStringList(const std::vector<std::string>& texts) {
    QStringList list;
    list.reserve(static_cast<qsizetype>(texts.size()));
    for (const std::string& text : texts) {
        list.append(QString::fromStdString(text));
    }
    return list;
}

} // namespace

AuditLogModel::AuditLogModel(DatabaseSession& session, QObject* parent)
    : SessionTableModel(session, parent) {
    reload();
}

int AuditLogModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(rows_.size());
}

int AuditLogModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditLogModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const store::AuditEntry& entry = rows_[static_cast<std::size_t>(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        return displayData(entry, index.column());
    case RawValueRole:
        return rawData(entry, index.column());
    case Qt::ToolTipRole:
        return index.column() == Tenant ? tenantToolTip(entry) : QVariant();
    case IdRole:
        return QVariant::fromValue<qint64>(entry.id);
    case BeforeJsonRole:
        return QString::fromStdString(entry.beforeJson);
    case AfterJsonRole:
        return QString::fromStdString(entry.afterJson);
    default:
        return {};
    }
}

QVariant AuditLogModel::displayData(const store::AuditEntry& entry, int column) const {
    switch (column) {
    case At:
        return formatLocalTime(entry.at);
    case Tenant:
        if (!entry.tenantSlug.empty())
            return QString::fromStdString(entry.tenantSlug);
        return entry.tenantId ? QString::number(*entry.tenantId) : QString();
    default:
        return rawData(entry, column);
    }
}

QVariant AuditLogModel::tenantToolTip(const store::AuditEntry& entry) {
    if (!entry.tenantId)
        return {};
    if (entry.tenantSlug.empty())
        return tr("Tenant %1, which no longer exists").arg(*entry.tenantId);
    return tr("Tenant id %1").arg(*entry.tenantId);
}

QVariant AuditLogModel::rawData(const store::AuditEntry& entry, int column) const {
    switch (column) {
    case At:
        return utcDateTime(entry.at);
    case Operator:
        return QString::fromStdString(entry.operatorName);
    case DatabaseRole:
        return QString::fromStdString(entry.databaseRole);
    case Table:
        return QString::fromStdString(entry.table);
    case Operation:
        return QString::fromStdString(entry.operation);
    case Tenant:
        return entry.tenantId ? QVariant::fromValue<qint64>(*entry.tenantId) : QVariant();
    case RowKey:
        return QString::fromStdString(entry.rowKey);
    default:
        return {};
    }
}

QVariant AuditLogModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case At:
        return tr("When");
    case Operator:
        return tr("Operator");
    case DatabaseRole:
        return tr("Database role");
    case Table:
        return tr("Table");
    case Operation:
        return tr("Change");
    case Tenant:
        return tr("Tenant");
    case RowKey:
        return tr("Row");
    default:
        return {};
    }
}

QHash<int, QByteArray> AuditLogModel::roleNames() const {
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(BeforeJsonRole, "beforeJson");
    names.insert(AfterJsonRole, "afterJson");
    return names;
}

bool AuditLogModel::canFetchMore(const QModelIndex& parent) const {
    return !parent.isValid() && firstPageLoaded_ && !atEnd_ && !hasCurrentRequest();
}

void AuditLogModel::fetchMore(const QModelIndex& parent) {
    if (!canFetchMore(parent) || rows_.empty()) {
        return;
    }
    requestMore(
        [query = query_, beforeId = rows_.back().id](pqxx::connection& connection) {
            return store::AuditRepository(connection).page(query, beforeId, kPageSize);
        },
        [this](std::vector<store::AuditEntry> entries) { appendPage(std::move(entries)); });
}

void AuditLogModel::setTenantFilter(std::optional<std::int64_t> tenantId) {
    store::AuditQuery query = query_;
    query.tenantId = tenantId;
    setQuery(std::move(query));
}

void AuditLogModel::setOperatorFilter(const QString& operatorName) {
    store::AuditQuery query = query_;
    query.operatorName = operatorName.toStdString();
    setQuery(std::move(query));
}

void AuditLogModel::setTableFilter(const QString& table) {
    store::AuditQuery query = query_;
    query.table = table.toStdString();
    setQuery(std::move(query));
}

void AuditLogModel::setTimeRange(std::optional<std::chrono::sys_seconds> from,
                                 std::optional<std::chrono::sys_seconds> until) {
    store::AuditQuery query = query_;
    query.from = from;
    query.until = until;
    setQuery(std::move(query));
}

void AuditLogModel::setQuery(store::AuditQuery query) {
    query_ = std::move(query);
    reload();
}

void AuditLogModel::reload() {
    requestFresh(
        [query = query_](pqxx::connection& connection) {
            return store::AuditRepository(connection).page(query, std::nullopt, kPageSize);
        },
        [this](std::vector<store::AuditEntry> entries) { applyFirstPage(std::move(entries)); });
}

void AuditLogModel::loadFilterChoices() {
    session().run(
        this,
        [](pqxx::connection& connection) {
            const store::AuditRepository audit(connection);
            return std::make_pair(audit.tables(), audit.operators());
        },
        [this](std::pair<std::vector<std::string>, std::vector<std::string>> choices) {
            emit filterChoicesLoaded(toStringList(choices.first), toStringList(choices.second));
        },
        [this](const store::StoreError& error) {
            emit loadFailed(QString::fromUtf8(error.what()));
        },
        Retry::OnReconnect);
}

void AuditLogModel::applyFirstPage(std::vector<store::AuditEntry> entries) {
    beginResetModel();
    atEnd_ = static_cast<int>(entries.size()) < kPageSize;
    rows_ = std::move(entries);
    firstPageLoaded_ = true;
    endResetModel();
}

void AuditLogModel::appendPage(std::vector<store::AuditEntry> entries) {
    atEnd_ = static_cast<int>(entries.size()) < kPageSize;
    if (entries.empty()) {
        return;
    }
    const int first = static_cast<int>(rows_.size());
    beginInsertRows({}, first, first + static_cast<int>(entries.size()) - 1);
    std::move(entries.begin(), entries.end(), std::back_inserter(rows_));
    endInsertRows();
}

} // namespace meterdesk::models

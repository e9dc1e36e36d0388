#include "tenant_table_model.h"

#include "display_format.h"
#include "item_roles.h"

#include <algorithm>
#include <utility>

namespace meterdesk::models {

namespace {

store::TenantSort sortFor(int column) {
    switch (column) {
    case TenantTableModel::Name:
        return store::TenantSort::Name;
    case TenantTableModel::Email:
        return store::TenantSort::Email;
    case TenantTableModel::Status:
        return store::TenantSort::Status;
    case TenantTableModel::Plan:
        return store::TenantSort::Plan;
    case TenantTableModel::Region:
        return store::TenantSort::Region;
    case TenantTableModel::Balance:
        return store::TenantSort::Balance;
    case TenantTableModel::Created:
        return store::TenantSort::Created;
    default:
        return store::TenantSort::Slug;
    }
}

bool sameQuery(const store::TenantQuery& lhs, const store::TenantQuery& rhs) {
    return lhs.search == rhs.search && lhs.status == rhs.status && lhs.planCode == rhs.planCode &&
           lhs.lowBalanceOnly == rhs.lowBalanceOnly && lhs.sort == rhs.sort &&
           lhs.descending == rhs.descending;
}

} // namespace

TenantTableModel::TenantTableModel(DatabaseSession& session, QObject* parent)
    : SessionTableModel(session, parent) {
    searchTimer_.setSingleShot(true);
    searchTimer_.setInterval(kSearchDelay);
    connect(&searchTimer_, &QTimer::timeout, this, &TenantTableModel::applySearch);
    reload();
}

int TenantTableModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(rows_.size());
}

int TenantTableModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TenantTableModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const auto row = static_cast<std::size_t>(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayData(row, index.column());
    case RawValueRole:
        return rawData(row, index.column());
    case IdRole:
        return QVariant::fromValue<qint64>(rows_.id(row));
    case Qt::TextAlignmentRole:
        if (index.column() == Balance) {
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        }
        return {};
    default:
        return {};
    }
}

QVariant TenantTableModel::displayData(std::size_t row, int column) const {
    switch (column) {
    case Status:
        return rows_.status(row) == store::TenantStatus::Active ? tr("Active") : tr("Suspended");
    case Balance:
        return formatCredits(rows_.balance(row));
    case Created:
        return formatLocalTime(rows_.createdAt(row));
    default:
        return rawData(row, column);
    }
}

QVariant TenantTableModel::rawData(std::size_t row, int column) const {
    const auto text = [](std::string_view view) {
        return QString::fromUtf8(view.data(), static_cast<qsizetype>(view.size()));
    };
    switch (column) {
    case Slug:
        return text(rows_.slug(row));
    case Name:
        return text(rows_.name(row));
    case Email:
        return text(rows_.email(row));
    case Status:
        return text(store::toString(rows_.status(row)));
    case Plan:
        return text(rows_.planCode(row));
    case Region:
        return text(rows_.region(row));
    case Balance:
        return QVariant::fromValue<qint64>(rows_.balance(row).micros());
    case Created:
        return utcDateTime(rows_.createdAt(row));
    default:
        return {};
    }
}

QVariant TenantTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case Slug:
        return tr("Slug");
    case Name:
        return tr("Name");
    case Email:
        return tr("Email");
    case Status:
        return tr("Status");
    case Plan:
        return tr("Plan");
    case Region:
        return tr("Region");
    case Balance:
        return tr("Balance");
    case Created:
        return tr("Created");
    default:
        return {};
    }
}

void TenantTableModel::sort(int column, Qt::SortOrder order) {
    store::TenantQuery query = query_;
    query.sort = sortFor(column);
    query.descending = order == Qt::DescendingOrder;
    setQuery(std::move(query));
}

int TenantTableModel::pageSizeAfter(int loadedRows) {
    return std::clamp(loadedRows, kPageSize, kMaxPageSize);
}

bool TenantTableModel::canFetchMore(const QModelIndex& parent) const {
    return !parent.isValid() && firstPageLoaded_ && next_.has_value() && !hasCurrentRequest();
}

void TenantTableModel::fetchMore(const QModelIndex& parent) {
    if (!canFetchMore(parent)) {
        return;
    }
    requestMore(
        [query = query_, after = next_, size = pageSizeAfter(rowCount())](
            pqxx::connection& connection) { return loadPage(connection, query, after, size); },
        [this](LoadedPage page) { appendPage(std::move(page)); });
}

void TenantTableModel::setSearch(const QString& text) {
    pendingSearch_ = text;
    // The first keystroke after a pause queries at once; the ones typed within kSearchDelay of
    // it wait for the pause after them, so fast typing costs two queries, not one per key.
    const bool typing = searchTimer_.isActive();
    searchTimer_.start();
    if (!typing)
        applySearch();
}

void TenantTableModel::applySearch() {
    store::TenantQuery query = query_;
    query.search = pendingSearch_.trimmed().toStdString();
    setQuery(std::move(query));
}

void TenantTableModel::setStatusFilter(std::optional<store::TenantStatus> status) {
    store::TenantQuery query = query_;
    query.status = status;
    setQuery(std::move(query));
}

void TenantTableModel::setPlanFilter(const QString& planCode) {
    store::TenantQuery query = query_;
    query.planCode = planCode.isEmpty() ? std::nullopt : std::optional(planCode.toStdString());
    setQuery(std::move(query));
}

void TenantTableModel::setLowBalanceOnly(bool lowBalanceOnly) {
    store::TenantQuery query = query_;
    query.lowBalanceOnly = lowBalanceOnly;
    setQuery(std::move(query));
}

void TenantTableModel::setQuery(store::TenantQuery query) {
    if (sameQuery(query, query_)) {
        return;
    }
    query_ = std::move(query);
    reload();
}

void TenantTableModel::reload() {
    requestFresh(
        [query = query_](pqxx::connection& connection) {
            return loadPage(connection, query, std::nullopt, kPageSize);
        },
        [this](LoadedPage page) { applyFirstPage(std::move(page)); });
}

// Runs on the worker.
TenantTableModel::LoadedPage
TenantTableModel::loadPage(pqxx::connection& connection, const store::TenantQuery& query,
                           const std::optional<store::TenantCursor>& after, int limit) {
    store::TenantPage page = store::TenantRepository(connection).page(query, after, limit);
    return {TenantRows::Block(page.rows), std::move(page.next)};
}

void TenantTableModel::applyFirstPage(LoadedPage page) {
    beginResetModel();
    rows_.clear();
    rows_.append(std::move(page.rows));
    next_ = std::move(page.next);
    firstPageLoaded_ = true;
    endResetModel();
}

void TenantTableModel::appendPage(LoadedPage page) {
    next_ = std::move(page.next);
    if (page.rows.size() == 0) {
        return;
    }
    const int first = static_cast<int>(rows_.size());
    beginInsertRows({}, first, first + static_cast<int>(page.rows.size()) - 1);
    rows_.append(std::move(page.rows));
    endInsertRows();
}

store::Tenant TenantTableModel::tenantAt(int row) const {
    return rows_.at(static_cast<std::size_t>(row));
}

int TenantTableModel::rowOfTenant(std::int64_t tenantId, int hintRow) const {
    const std::optional<std::size_t> hint =
        hintRow >= 0 ? std::optional<std::size_t>(static_cast<std::size_t>(hintRow)) : std::nullopt;
    const std::optional<std::size_t> row = rows_.find(tenantId, hint);
    return row ? static_cast<int>(*row) : -1;
}

void TenantTableModel::refreshTenant(std::int64_t tenantId) {
    session().run(
        this,
        [tenantId](pqxx::connection& connection) {
            return store::TenantRepository(connection).find(tenantId);
        },
        [this, tenantId](std::optional<store::Tenant> tenant) {
            if (tenant) {
                replaceTenant(*tenant);
                return;
            }
            const int row = rowOfTenant(tenantId);
            if (row >= 0) {
                beginRemoveRows({}, row, row);
                rows_.erase(static_cast<std::size_t>(row));
                endRemoveRows();
            }
        },
        [this](const store::StoreError& error) {
            emit loadFailed(QString::fromUtf8(error.what()));
        },
        Retry::OnReconnect);
}

void TenantTableModel::replaceTenant(const store::Tenant& tenant) {
    const int row = rowOfTenant(tenant.id);
    if (row < 0) {
        return;
    }
    rows_.replace(static_cast<std::size_t>(row), tenant);
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

} // namespace meterdesk::models

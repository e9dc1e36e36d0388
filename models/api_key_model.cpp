#include "api_key_model.h"

#include "display_format.h"
#include "item_roles.h"

namespace meterdesk::models {

ApiKeyModel::ApiKeyModel(DatabaseSession& session, QObject* parent)
    : SessionTableModel(session, parent) {}

int ApiKeyModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(rows_.size());
}

int ApiKeyModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ApiKeyModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const store::ApiKey& key = rows_[static_cast<std::size_t>(index.row())];
    if (role == IdRole) {
        return QVariant::fromValue<qint64>(key.id);
    }
    if (role != Qt::DisplayRole && role != RawValueRole) {
        return {};
    }
    const bool display = role == Qt::DisplayRole;
    switch (index.column()) {
    case Prefix:
        return QString::fromStdString(key.prefix);
    case Label:
        return QString::fromStdString(key.label);
    case Created:
        return display ? QVariant(formatLocalTime(key.createdAt))
                       : QVariant(utcDateTime(key.createdAt));
    case Revoked:
        if (!key.revokedAt) {
            return display ? QVariant(tr("Active")) : QVariant();
        }
        return display ? QVariant(tr("Revoked %1").arg(formatLocalTime(*key.revokedAt)))
                       : QVariant(utcDateTime(*key.revokedAt));
    default:
        return {};
    }
}

QVariant ApiKeyModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case Prefix:
        return tr("Key");
    case Label:
        return tr("Label");
    case Created:
        return tr("Issued");
    case Revoked:
        return tr("Status");
    default:
        return {};
    }
}

void ApiKeyModel::setTenant(std::optional<std::int64_t> tenantId) {
    tenantId_ = tenantId;
    reload();
}

void ApiKeyModel::reload() {
    if (!tenantId_) {
        supersedeRequests();
        replaceRows({});
        return;
    }
    requestFresh(
        [tenantId = *tenantId_](pqxx::connection& connection) {
            return store::TenantRepository(connection).apiKeys(tenantId);
        },
        [this](std::vector<store::ApiKey> rows) { replaceRows(std::move(rows)); });
}

void ApiKeyModel::replaceRows(std::vector<store::ApiKey> rows) {
    beginResetModel();
    rows_ = std::move(rows);
    endResetModel();
}

} // namespace meterdesk::models

#include "alert_model.h"

#include "display_format.h"
#include "item_roles.h"

namespace meterdesk::models {

AlertModel::AlertModel(DatabaseSession& session, QObject* parent)
    : SessionTableModel(session, parent) {}

int AlertModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(rows_.size());
}

int AlertModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AlertModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const store::Alert& alert = rows_[static_cast<std::size_t>(index.row())];
    if (role == IdRole) {
        return QVariant::fromValue<qint64>(alert.id);
    }
    if (role == Qt::TextAlignmentRole) {
        return index.column() == Balance ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    }
    if (role != Qt::DisplayRole && role != RawValueRole) {
        return {};
    }
    const bool display = role == Qt::DisplayRole;
    switch (index.column()) {
    case Created:
        return display ? QVariant(formatLocalTime(alert.createdAt))
                       : QVariant(utcDateTime(alert.createdAt));
    case Tenant:
        return QString::fromStdString(alert.tenantSlug);
    case Kind:
        if (!display) {
            return QString::fromStdString(alert.kind);
        }
        return alert.kind == "exhausted" ? tr("Credits exhausted") : tr("Low credit");
    case Balance:
        return display ? QVariant(formatCredits(alert.balance))
                       : QVariant::fromValue<qint64>(alert.balance.micros());
    case Acknowledged:
        if (!alert.acknowledgedAt) {
            return display ? QVariant(tr("Open")) : QVariant();
        }
        return display ? QVariant(tr("%1 by %2")
                                      .arg(formatLocalTime(*alert.acknowledgedAt),
                                           QString::fromStdString(alert.acknowledgedBy)))
                       : QVariant(utcDateTime(*alert.acknowledgedAt));
    default:
        return {};
    }
}

QVariant AlertModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case Created:
        return tr("When");
    case Tenant:
        return tr("Tenant");
    case Kind:
        return tr("Alert");
    case Balance:
        return tr("Balance");
    case Acknowledged:
        return tr("Acknowledged");
    default:
        return {};
    }
}

void AlertModel::setTenant(std::optional<std::int64_t> tenantId) {
    tenantId_ = tenantId;
    reload();
}

void AlertModel::setUnacknowledgedOnly(bool unacknowledgedOnly) {
    unacknowledgedOnly_ = unacknowledgedOnly;
    reload();
}

void AlertModel::reload() {
    requestFresh(
        [tenantId = tenantId_,
         unacknowledgedOnly = unacknowledgedOnly_](pqxx::connection& connection) {
            return store::AlertRepository(connection).recent(tenantId, unacknowledgedOnly, kLimit);
        },
        [this](std::vector<store::Alert> rows) { replaceRows(std::move(rows)); });
}

void AlertModel::replaceRows(std::vector<store::Alert> rows) {
    beginResetModel();
    rows_ = std::move(rows);
    endResetModel();
}

} // namespace meterdesk::models

#include "ledger_model.h"

#include "display_format.h"
#include "item_roles.h"

namespace meterdesk::models {

QString entryKindLabel(billing::EntryKind kind) {
    switch (kind) {
    case billing::EntryKind::Grant:
        return LedgerModel::tr("Grant");
    case billing::EntryKind::TopUp:
        return LedgerModel::tr("Top-up");
    case billing::EntryKind::Usage:
        return LedgerModel::tr("Usage");
    case billing::EntryKind::Refund:
        return LedgerModel::tr("Refund");
    case billing::EntryKind::Adjustment:
        return LedgerModel::tr("Adjustment");
    case billing::EntryKind::Expiry:
        return LedgerModel::tr("Expiry");
    }
    return {};
}

LedgerModel::LedgerModel(DatabaseSession& session, QObject* parent)
    : SessionTableModel(session, parent) {}

int LedgerModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(rows_.size());
}

int LedgerModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LedgerModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const store::LedgerRow& entry = rows_[static_cast<std::size_t>(index.row())];
    const int column = index.column();
    if (role == IdRole) {
        return QVariant::fromValue<qint64>(entry.id);
    }
    if (role == Qt::TextAlignmentRole) {
        return column == Amount ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    }
    if (role != Qt::DisplayRole && role != RawValueRole) {
        return {};
    }
    const bool display = role == Qt::DisplayRole;
    switch (column) {
    case Created:
        return display ? QVariant(formatLocalTime(entry.createdAt))
                       : QVariant(utcDateTime(entry.createdAt));
    case Kind:
        return display ? entryKindLabel(entry.kind) : QString::fromUtf8(toString(entry.kind));
    case Amount:
        return display ? QVariant(formatCredits(entry.amount))
                       : QVariant::fromValue<qint64>(entry.amount.micros());
    case Reason:
        return QString::fromStdString(entry.reason);
    case Reference:
        return QString::fromStdString(entry.reference);
    case CreatedBy:
        return QString::fromStdString(entry.createdBy);
    default:
        return {};
    }
}

QVariant LedgerModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case Created:
        return tr("When");
    case Kind:
        return tr("Kind");
    case Amount:
        return tr("Amount");
    case Reason:
        return tr("Reason");
    case Reference:
        return tr("Reference");
    case CreatedBy:
        return tr("By");
    default:
        return {};
    }
}

void LedgerModel::setTenant(std::optional<std::int64_t> tenantId) {
    tenantId_ = tenantId;
    reload();
}

void LedgerModel::reload() {
    if (!tenantId_) {
        supersedeRequests();
        replaceRows({});
        return;
    }
    requestFresh(
        [tenantId = *tenantId_](pqxx::connection& connection) {
            return store::LedgerRepository(connection).recent(tenantId, kRecentLimit);
        },
        [this](std::vector<store::LedgerRow> rows) { replaceRows(std::move(rows)); });
}

void LedgerModel::replaceRows(std::vector<store::LedgerRow> rows) {
    beginResetModel();
    rows_ = std::move(rows);
    endResetModel();
}

} // namespace meterdesk::models

#include "plan_list_model.h"

#include "display_format.h"
#include "item_roles.h"

#include <algorithm>

namespace meterdesk::models {

PlanListModel::PlanListModel(DatabaseSession& session, store::TenantCounts counts, QObject* parent)
    : SessionTableModel(session, parent)
    , counts_(counts) {
    reload();
}

int PlanListModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(rows_.size());
}

int PlanListModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PlanListModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    if (role != Qt::DisplayRole && role != RawValueRole) {
        return {};
    }
    const store::PlanSummary& plan = rows_[static_cast<std::size_t>(index.row())];
    const bool display = role == Qt::DisplayRole;
    switch (index.column()) {
    case Code:
        return QString::fromStdString(plan.code);
    case Name:
        return QString::fromStdString(plan.name);
    case VersionInForce:
        if (!plan.versionInForce) {
            return display ? QVariant(tr("none yet")) : QVariant();
        }
        return *plan.versionInForce;
    case NextVersionFrom:
        if (!plan.nextVersionFrom) {
            return {};
        }
        return display ? QVariant(formatLocalTime(*plan.nextVersionFrom))
                       : QVariant(utcDateTime(*plan.nextVersionFrom));
    case Versions:
        return plan.versionCount;
    case Tenants:
        return plan.tenantCount ? QVariant::fromValue<qint64>(*plan.tenantCount) : QVariant();
    default:
        return {};
    }
}

QVariant PlanListModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case Code:
        return tr("Code");
    case Name:
        return tr("Name");
    case VersionInForce:
        return tr("In force");
    case NextVersionFrom:
        return tr("Next version from");
    case Versions:
        return tr("Versions");
    case Tenants:
        return tr("Tenants");
    default:
        return {};
    }
}

void PlanListModel::reload() {
    requestFresh(
        [counts = counts_](pqxx::connection& connection) {
            return store::PlanRepository(connection).list(counts);
        },
        [this](std::vector<store::PlanSummary> rows) { replaceRows(std::move(rows)); });
}

int PlanListModel::rowOfPlan(const std::string& code) const {
    const auto found =
        std::find_if(rows_.begin(), rows_.end(),
                     [&code](const store::PlanSummary& plan) { return plan.code == code; });
    return found == rows_.end() ? -1 : static_cast<int>(found - rows_.begin());
}

void PlanListModel::replaceRows(std::vector<store::PlanSummary> rows) {
    beginResetModel();
    rows_ = std::move(rows);
    endResetModel();
}

} // namespace meterdesk::models

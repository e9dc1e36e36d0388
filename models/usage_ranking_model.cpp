#include "usage_ranking_model.h"

#include "display_format.h"

#include <QLocale>

namespace meterdesk::models {

UsageRankingModel::UsageRankingModel(QObject* parent)
    : QAbstractTableModel(parent) {}

int UsageRankingModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(rows_.size());
}

int UsageRankingModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant UsageRankingModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& row = rows_[static_cast<std::size_t>(index.row())];
    if (role == IdRole)
        return row.tenantId ? QVariant::fromValue<qint64>(*row.tenantId) : QVariant();
    if (role == Qt::TextAlignmentRole)
        return index.column() == Name ? QVariant() : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != RawValueRole)
        return {};
    const bool display = role == Qt::DisplayRole;
    switch (index.column()) {
    case Name:
        return row.name;
    case Calls:
        return display ? QVariant(QLocale().toString(row.counts.calls()))
                       : QVariant::fromValue<qint64>(row.counts.calls());
    case Denied:
        return display ? QVariant(QLocale().toString(row.counts.denied()))
                       : QVariant::fromValue<qint64>(row.counts.denied());
    case Credits:
        return display ? QVariant(formatCredits(row.counts.credits))
                       : QVariant::fromValue<qint64>(row.counts.credits.micros());
    default:
        return {};
    }
}

QVariant UsageRankingModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Name");
    case Calls:
        return tr("Calls");
    case Denied:
        return tr("Denied");
    case Credits:
        return tr("Credits");
    default:
        return {};
    }
}

void UsageRankingModel::setTenants(const std::vector<store::TenantUsage>& tenants) {
    std::vector<Row> rows;
    for (const auto& tenant : tenants) {
        rows.push_back(
            {QString::fromStdString(tenant.slug), tenant.tenantId, std::nullopt, tenant.counts});
    }
    replaceRows(std::move(rows));
}

void UsageRankingModel::setEndpoints(const std::vector<store::EndpointUsage>& endpoints) {
    std::vector<Row> rows;
    for (const auto& usage : endpoints) {
        rows.push_back(
            {QString::fromStdString(usage.endpoint.service + ' ' + usage.endpoint.endpoint),
             std::nullopt, usage.endpoint, usage.counts});
    }
    replaceRows(std::move(rows));
}

QString UsageRankingModel::nameAt(int row) const {
    return rows_.at(static_cast<std::size_t>(row)).name;
}

std::optional<std::int64_t> UsageRankingModel::tenantIdAt(int row) const {
    return rows_.at(static_cast<std::size_t>(row)).tenantId;
}

std::optional<store::EndpointKey> UsageRankingModel::endpointAt(int row) const {
    return rows_.at(static_cast<std::size_t>(row)).endpoint;
}

const store::UsageCounts& UsageRankingModel::countsAt(int row) const {
    return rows_.at(static_cast<std::size_t>(row)).counts;
}

void UsageRankingModel::replaceRows(std::vector<Row> rows) {
    beginResetModel();
    rows_ = std::move(rows);
    endResetModel();
}

} // namespace meterdesk::models

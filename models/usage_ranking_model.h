#pragma once

#include <models/item_roles.h>
#include <store/usage.h>

#include <QAbstractTableModel>
#include <QString>

#include <cstdint>
#include <optional>
#include <vector>

namespace meterdesk::models {

// The busiest tenants or endpoints of a usage window, busiest first: what the ranking
// charts show. It only holds data; UsageDashboard fills it.
class UsageRankingModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { Name, Calls, Denied, Credits, ColumnCount };
    Q_ENUM(Column)

    explicit UsageRankingModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    // Display: the tenant's slug or "service endpoint", counts and credits in the locale.
    // RawValueRole: counts as qint64, credits in µcr. IdRole: the tenant id (tenant rows).
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    void setTenants(const std::vector<store::TenantUsage>& tenants);
    void setEndpoints(const std::vector<store::EndpointUsage>& endpoints);

    QString nameAt(int row) const;
    std::optional<std::int64_t> tenantIdAt(int row) const;
    std::optional<store::EndpointKey> endpointAt(int row) const;
    const store::UsageCounts& countsAt(int row) const;

private:
    struct Row {
        QString name;
        std::optional<std::int64_t> tenantId;
        std::optional<store::EndpointKey> endpoint;
        store::UsageCounts counts;
    };

    void replaceRows(std::vector<Row> rows);

    std::vector<Row> rows_;
};

} // namespace meterdesk::models

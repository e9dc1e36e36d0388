#pragma once

#include <models/session_table_model.h>
#include <store/plans.h>

#include <string>
#include <vector>

namespace meterdesk::models {

// Every plan with the version in force, a scheduled next version and how many tenants use it.
class PlanListModel : public SessionTableModel {
    Q_OBJECT

public:
    enum Column { Code, Name, VersionInForce, NextVersionFrom, Versions, Tenants, ColumnCount };
    Q_ENUM(Column)

    // Starts loading at once. Without tenant counts the Tenants column stays empty.
    explicit PlanListModel(DatabaseSession& session,
                           store::TenantCounts counts = store::TenantCounts::Counted,
                           QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    // RawValueRole: numbers as int/qint64 (VersionInForce invalid when none has started),
    // NextVersionFrom as a UTC QDateTime (invalid when none), text otherwise.
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    void reload();

    const store::PlanSummary& planAt(int row) const {
        return rows_.at(static_cast<std::size_t>(row));
    }
    // The row of the plan, or -1.
    int rowOfPlan(const std::string& code) const;

private:
    void replaceRows(std::vector<store::PlanSummary> rows);

    store::TenantCounts counts_;
    std::vector<store::PlanSummary> rows_;
};

} // namespace meterdesk::models

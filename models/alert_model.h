#pragma once

#include <models/session_table_model.h>
#include <store/alerts.h>

#include <cstdint>
#include <optional>
#include <vector>

namespace meterdesk::models {

// Low-credit and exhausted alerts, newest first: of one tenant, or of all.
class AlertModel : public SessionTableModel {
    Q_OBJECT

public:
    enum Column { Created, Tenant, Kind, Balance, Acknowledged, ColumnCount };
    Q_ENUM(Column)

    static constexpr int kLimit = 200;

    // Loads nothing until a setter or reload() is called.
    explicit AlertModel(DatabaseSession& session, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    // RawValueRole: balance in µcr (qint64), instants as UTC QDateTime, kind as stored
    // ("low_credit", "exhausted"); IdRole: the alert id.
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // Both setters reload. No tenant means every tenant.
    void setTenant(std::optional<std::int64_t> tenantId);
    void setUnacknowledgedOnly(bool unacknowledgedOnly);
    void reload();

    const store::Alert& alertAt(int row) const { return rows_.at(static_cast<std::size_t>(row)); }

private:
    void replaceRows(std::vector<store::Alert> rows);

    std::optional<std::int64_t> tenantId_;
    bool unacknowledgedOnly_ = false;
    std::vector<store::Alert> rows_;
};

} // namespace meterdesk::models

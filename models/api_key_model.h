#pragma once

#include <models/session_table_model.h>
#include <store/tenants.h>

#include <cstdint>
#include <optional>
#include <vector>

namespace meterdesk::models {

// One tenant's API keys (prefix and label only: secrets are never stored).
class ApiKeyModel : public SessionTableModel {
    Q_OBJECT

public:
    enum Column { Prefix, Label, Created, Revoked, ColumnCount };
    Q_ENUM(Column)

    // Empty until setTenant().
    explicit ApiKeyModel(DatabaseSession& session, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    // RawValueRole: instants as UTC QDateTime (Revoked invalid while active); IdRole: key id.
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // Loads the tenant's keys; nothing shows an empty model.
    void setTenant(std::optional<std::int64_t> tenantId);
    std::optional<std::int64_t> tenant() const { return tenantId_; }
    void reload();

    const store::ApiKey& keyAt(int row) const { return rows_.at(static_cast<std::size_t>(row)); }

private:
    void replaceRows(std::vector<store::ApiKey> rows);

    std::optional<std::int64_t> tenantId_;
    std::vector<store::ApiKey> rows_;
};

} // namespace meterdesk::models

#pragma once

#include <models/session_table_model.h>
#include <store/ledger.h>

#include <cstdint>
#include <optional>
#include <vector>

namespace meterdesk::models {

// A tenant's most recent credit ledger entries, newest first.
class LedgerModel : public SessionTableModel {
    Q_OBJECT

public:
    enum Column { Created, Kind, Amount, Reason, Reference, CreatedBy, ColumnCount };
    Q_ENUM(Column)

    static constexpr int kRecentLimit = 100;

    // Empty until setTenant().
    explicit LedgerModel(DatabaseSession& session, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    // RawValueRole: amount in µcr (qint64), Created as a UTC QDateTime, Kind as stored
    // ("top_up", ...), text otherwise; IdRole: the entry id.
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // Loads the tenant's recent entries; nothing shows an empty model.
    void setTenant(std::optional<std::int64_t> tenantId);
    std::optional<std::int64_t> tenant() const { return tenantId_; }
    void reload();

    const store::LedgerRow& entryAt(int row) const {
        return rows_.at(static_cast<std::size_t>(row));
    }

private:
    void replaceRows(std::vector<store::LedgerRow> rows);

    std::optional<std::int64_t> tenantId_;
    std::vector<store::LedgerRow> rows_;
};

// "Top-up", "Usage", ... for the screen.
QString entryKindLabel(billing::EntryKind kind);

} // namespace meterdesk::models

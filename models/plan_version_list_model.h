#pragma once

#include <billing/tariff.h>
#include <models/session_table_model.h>

#include <QString>

#include <chrono>

namespace meterdesk::models {

// The tariff versions of one plan, oldest first, each marked in force, scheduled or
// superseded as of now.
class PlanVersionListModel : public SessionTableModel {
    Q_OBJECT

public:
    enum Column {
        Version,
        EffectiveFrom,
        State,
        MonthlyAllowance,
        DefaultRateLimit,
        Rules,
        Regions,
        ColumnCount
    };
    Q_ENUM(Column)

    enum class VersionState { Superseded, InForce, Scheduled };

    // Empty until setPlan().
    explicit PlanVersionListModel(DatabaseSession& session, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    // RawValueRole: numbers as int/qint64 (allowance in µcr), EffectiveFrom as a UTC
    // QDateTime, State as int(VersionState).
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // Loads the plan's versions; an empty code shows nothing.
    void setPlan(const QString& planCode);
    void reload();

    // The plan as last loaded (name, code and every version).
    const billing::Plan& plan() const { return plan_; }
    const billing::TariffVersion& versionAt(int row) const {
        return plan_.versions.at(static_cast<std::size_t>(row));
    }
    // The version in force now, or nullptr when none has started yet.
    const billing::TariffVersion* versionInForce() const;
    // The highest version number (0 for a plan without versions): a new version is this + 1.
    int latestVersionNumber() const;
    VersionState stateOf(const billing::TariffVersion& version) const;

signals:
    // The plan was (re)loaded; plan() holds it.
    void planLoaded();

private:
    void replacePlan(billing::Plan plan);

    QString planCode_;
    billing::Plan plan_;
};

} // namespace meterdesk::models

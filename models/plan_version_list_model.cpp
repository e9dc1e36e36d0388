#include "plan_version_list_model.h"

#include "display_format.h"
#include "item_roles.h"

#include <store/plans.h>

#include <algorithm>

namespace meterdesk::models {

namespace {

std::chrono::sys_seconds now() {
    return std::chrono::floor<std::chrono::seconds>(std::chrono::system_clock::now());
}

} // namespace

PlanVersionListModel::PlanVersionListModel(DatabaseSession& session, QObject* parent)
    : SessionTableModel(session, parent) {}

int PlanVersionListModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(plan_.versions.size());
}

int PlanVersionListModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PlanVersionListModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    if (role != Qt::DisplayRole && role != RawValueRole) {
        return {};
    }
    const billing::TariffVersion& version = versionAt(index.row());
    const bool display = role == Qt::DisplayRole;
    switch (index.column()) {
    case Version:
        return version.version;
    case EffectiveFrom:
        return display ? QVariant(formatLocalTime(version.effectiveFrom))
                       : QVariant(utcDateTime(version.effectiveFrom));
    case State: {
        const VersionState state = stateOf(version);
        if (!display) {
            return static_cast<int>(state);
        }
        switch (state) {
        case VersionState::InForce:
            return tr("In force");
        case VersionState::Scheduled:
            return tr("Scheduled");
        case VersionState::Superseded:
            return tr("Superseded");
        }
        return {};
    }
    case MonthlyAllowance:
        return display ? QVariant(formatCredits(version.monthlyAllowance))
                       : QVariant::fromValue<qint64>(version.monthlyAllowance.micros());
    case DefaultRateLimit:
        if (!display) {
            return QVariant::fromValue<qint64>(version.defaultRateLimit.requests);
        }
        return tr("%1 per %2 s")
            .arg(version.defaultRateLimit.requests)
            .arg(version.defaultRateLimit.periodSeconds);
    case Rules:
        return static_cast<int>(version.rules.size());
    case Regions:
        return static_cast<int>(version.regions.size());
    default:
        return {};
    }
}

QVariant PlanVersionListModel::headerData(int section, Qt::Orientation orientation,
                                          int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case Version:
        return tr("Version");
    case EffectiveFrom:
        return tr("Effective from");
    case State:
        return tr("State");
    case MonthlyAllowance:
        return tr("Monthly allowance");
    case DefaultRateLimit:
        return tr("Default rate limit");
    case Rules:
        return tr("Rules");
    case Regions:
        return tr("Regions");
    default:
        return {};
    }
}

void PlanVersionListModel::setPlan(const QString& planCode) {
    planCode_ = planCode;
    reload();
}

void PlanVersionListModel::reload() {
    if (planCode_.isEmpty()) {
        supersedeRequests();
        replacePlan({});
        return;
    }
    requestFresh(
        [code = planCode_.toStdString()](pqxx::connection& connection) {
            return store::PlanRepository(connection).load(code);
        },
        [this](billing::Plan plan) { replacePlan(std::move(plan)); });
}

const billing::TariffVersion* PlanVersionListModel::versionInForce() const {
    return plan_.versionAt(now());
}

int PlanVersionListModel::latestVersionNumber() const {
    int latest = 0;
    for (const billing::TariffVersion& version : plan_.versions) {
        latest = std::max(latest, version.version);
    }
    return latest;
}

PlanVersionListModel::VersionState
PlanVersionListModel::stateOf(const billing::TariffVersion& version) const {
    if (version.effectiveFrom > now()) {
        return VersionState::Scheduled;
    }
    const billing::TariffVersion* inForce = versionInForce();
    return inForce != nullptr && inForce->version == version.version ? VersionState::InForce
                                                                     : VersionState::Superseded;
}

void PlanVersionListModel::replacePlan(billing::Plan plan) {
    beginResetModel();
    plan_ = std::move(plan);
    endResetModel();
    emit planLoaded();
}

} // namespace meterdesk::models

#include "usage_chart_model.h"

#include "display_format.h"

#include <QLocale>

#include <map>
#include <stdexcept>

namespace meterdesk::models {

namespace {

using namespace std::chrono_literals;

QString localStart(std::chrono::sys_seconds start, std::chrono::seconds step) {
    const QDateTime local = utcDateTime(start).toLocalTime();
    const QLocale locale;
    if (step < 1min)
        return local.toString(QStringLiteral("HH:mm:ss"));
    if (step < std::chrono::days{1})
        return locale.toString(local, QLocale::ShortFormat);
    return locale.toString(local.date(), QLocale::ShortFormat);
}

QString csvNumber(double value) {
    return QString::number(value, 'f', 6);
}

} // namespace

UsageChartModel::UsageChartModel(QObject* parent)
    : QAbstractTableModel(parent) {}

int UsageChartModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(rows_.size());
}

int UsageChartModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

std::chrono::sys_seconds UsageChartModel::startAt(int row) const {
    return window_.from + row * window_.step;
}

const store::UsageCounts& UsageChartModel::countsAt(int row) const {
    return rows_.at(static_cast<std::size_t>(row));
}

int UsageChartModel::rowAt(std::chrono::sys_seconds instant) const {
    if (instant < window_.from || instant >= window_.until)
        return -1;
    return static_cast<int>((instant - window_.from) / window_.step);
}

store::UsageCounts UsageChartModel::total() const {
    store::UsageCounts sum;
    for (const auto& counts : rows_) {
        sum.allowed += counts.allowed;
        sum.notInPlan += counts.notInPlan;
        sum.premiumRequired += counts.premiumRequired;
        sum.rateLimited += counts.rateLimited;
        sum.noCredits += counts.noCredits;
        sum.suspended += counts.suspended;
        sum.units += counts.units;
        sum.credits += counts.credits;
    }
    return sum;
}

std::int64_t UsageChartModel::value(const store::UsageCounts& counts, int column) const {
    switch (column) {
    case Allowed:
        return counts.allowed;
    case NotInPlan:
        return counts.notInPlan;
    case PremiumRequired:
        return counts.premiumRequired;
    case RateLimited:
        return counts.rateLimited;
    case NoCredits:
        return counts.noCredits;
    case Suspended:
        return counts.suspended;
    case Units:
        return counts.units;
    case Credits:
        return counts.credits.micros();
    default:
        throw std::logic_error("not a counted column");
    }
}

double UsageChartModel::perSecond(std::int64_t amount) const {
    return static_cast<double>(amount) / static_cast<double>(window_.step.count());
}

QVariant UsageChartModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int column = index.column();
    if (role == Qt::TextAlignmentRole)
        return column == Start ? QVariant() : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (column == Start) {
        if (role == Qt::DisplayRole)
            return localStart(startAt(index.row()), window_.step);
        if (role == RawValueRole)
            return utcDateTime(startAt(index.row()));
        return {};
    }
    const std::int64_t amount = value(countsAt(index.row()), column);
    switch (role) {
    case Qt::DisplayRole:
        return column == Credits ? formatCredits(billing::Credits::fromMicros(amount))
                                 : QLocale().toString(amount);
    case RawValueRole:
        return QVariant::fromValue<qint64>(amount);
    case PerSecondRole:
        return column == Credits ? perSecond(amount) / billing::Credits::kMicrosPerCredit
                                 : perSecond(amount);
    default:
        return {};
    }
}

QVariant UsageChartModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Start:
        return tr("From");
    case Allowed:
        return tr("Allowed");
    case NotInPlan:
        return tr("Not in plan");
    case PremiumRequired:
        return tr("Premium required");
    case RateLimited:
        return tr("Rate limited");
    case NoCredits:
        return tr("No credits");
    case Suspended:
        return tr("Suspended");
    case Units:
        return tr("Units");
    case Credits:
        return tr("Credits");
    default:
        return {};
    }
}

void UsageChartModel::reset(const store::UsageWindow& window,
                            const std::vector<store::UsageBucket>& buckets) {
    beginResetModel();
    window_ = window;
    rows_.assign(static_cast<std::size_t>(window.bucketCount()), {});
    for (const auto& bucket : buckets) {
        const int row = rowAt(bucket.start);
        if (row >= 0)
            rows_[static_cast<std::size_t>(row)] = bucket.counts;
    }
    endResetModel();
}

void UsageChartModel::merge(std::chrono::sys_seconds since,
                            const std::vector<store::UsageBucket>& buckets) {
    if (rows_.empty() || since >= window_.until)
        return;
    const int first = rowAt(std::max(window_.bucketStart(since), window_.from));
    std::map<std::chrono::sys_seconds, const store::UsageCounts*> read;
    for (const auto& bucket : buckets)
        read[bucket.start] = &bucket.counts;
    for (int row = first; row < rowCount(); ++row) {
        const auto found = read.find(startAt(row));
        rows_[static_cast<std::size_t>(row)] =
            found == read.end() ? store::UsageCounts{} : *found->second;
    }
    emit dataChanged(index(first, 0), index(rowCount() - 1, ColumnCount - 1));
}

void UsageChartModel::slideTo(const store::UsageWindow& window) {
    const bool sameGrid = window.step == window_.step && window.from >= window_.from &&
                          (window.from - window_.from) % window.step == 0s &&
                          window.bucketCount() == window_.bucketCount() && !rows_.empty();
    if (!sameGrid) {
        reset(window, {});
        return;
    }
    const auto moved = static_cast<int>((window.from - window_.from) / window.step);
    if (moved == 0)
        return;
    const int leaving = std::min(moved, rowCount());
    beginRemoveRows({}, 0, leaving - 1);
    rows_.erase(rows_.begin(), rows_.begin() + leaving);
    window_.from += leaving * window_.step;
    endRemoveRows();
    const int arriving = static_cast<int>(window.bucketCount()) - rowCount();
    beginInsertRows({}, rowCount(), rowCount() + arriving - 1);
    rows_.resize(rows_.size() + static_cast<std::size_t>(arriving));
    window_ = window;
    endInsertRows();
}

QString UsageChartModel::toCsv() const {
    QString csv = QStringLiteral(
        "start_utc,start_local,step_s,allowed,denied_not_in_plan,denied_premium_required,"
        "denied_rate_limited,denied_no_credits,denied_suspended,units,credits,calls_per_s,"
        "credits_per_s\r\n");
    for (int row = 0; row < rowCount(); ++row) {
        const store::UsageCounts& c = countsAt(row);
        const QDateTime start = utcDateTime(startAt(row));
        const QStringList fields = {
            start.toString(Qt::ISODate),
            start.toLocalTime().toString(Qt::ISODate),
            QString::number(window_.step.count()),
            QString::number(c.allowed),
            QString::number(c.notInPlan),
            QString::number(c.premiumRequired),
            QString::number(c.rateLimited),
            QString::number(c.noCredits),
            QString::number(c.suspended),
            QString::number(c.units),
            QString::fromStdString(c.credits.toString()),
            csvNumber(perSecond(c.calls())),
            csvNumber(perSecond(c.credits.micros()) / billing::Credits::kMicrosPerCredit),
        };
        csv += fields.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    }
    return csv;
}

} // namespace meterdesk::models

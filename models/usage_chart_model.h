#pragma once

#include <models/item_roles.h>
#include <store/usage.h>

#include <QAbstractTableModel>
#include <QString>

#include <chrono>
#include <vector>

namespace meterdesk::models {

// The time series behind the usage charts: one row per bucket of a window, oldest first,
// with zero counts where nothing was called. It only holds data; UsageDashboard fills it.
class UsageChartModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column {
        Start,
        Allowed,
        NotInPlan,
        PremiumRequired,
        RateLimited,
        NoCredits,
        Suspended,
        Units,
        Credits,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role {
        // The column's value per second of the bucket, as a double: what the charts plot
        // (calls per second, credits per second). Invalid for the Start column.
        PerSecondRole = FirstModelSpecificRole,
    };

    explicit UsageChartModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    // Display: the start in local time, counts and credits in the locale. RawValueRole: the
    // start as a UTC QDateTime, counts as qint64, credits in µcr (qint64).
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    const store::UsageWindow& window() const { return window_; }
    std::chrono::sys_seconds startAt(int row) const;
    const store::UsageCounts& countsAt(int row) const;
    // The row of the bucket holding `instant`, or -1 outside the window.
    int rowAt(std::chrono::sys_seconds instant) const;
    store::UsageCounts total() const;

    // One row per bucket of `window`, counted from `buckets` (sparse, any order).
    void reset(const store::UsageWindow& window, const std::vector<store::UsageBucket>& buckets);
    // Recounts every bucket from the one holding `since` on: those missing from `buckets`
    // had no calls.
    void merge(std::chrono::sys_seconds since, const std::vector<store::UsageBucket>& buckets);
    // Moves to a later window of the same step and grid: rows leave at the top and empty ones
    // arrive at the bottom, so that a live chart scrolls without reading anything. Any other
    // window resets to empty.
    void slideTo(const store::UsageWindow& window);

    // The rows as CSV (RFC 4180, comma-separated, a header line): the bucket's start in UTC
    // (ISO 8601) and in local time, its step in seconds, the calls allowed and denied by
    // reason, the units, the credits (exact decimal), and calls and credits per second.
    QString toCsv() const;

private:
    double perSecond(std::int64_t value) const;
    std::int64_t value(const store::UsageCounts& counts, int column) const;

    store::UsageWindow window_;
    std::vector<store::UsageCounts> rows_;
};

} // namespace meterdesk::models

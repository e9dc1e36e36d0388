#pragma once

#include <models/database_session.h>
#include <models/live_usage_feed.h>
#include <models/usage_chart_model.h>
#include <models/usage_range.h>
#include <models/usage_ranking_model.h>
#include <store/usage.h>

#include <QObject>
#include <QString>

#include <chrono>
#include <optional>

class QTimer;

namespace meterdesk::models {

// The state behind the Live usage page: a range and a filter, the series and rankings they
// select, and how live notifications keep them current.
//
// Changing the range or the filter reads the whole window in one job. After that, each
// usage notice marks the buckets from its earliest commit on as stale; they are re-read at
// most once per the range's refresh interval (one job at a time, so a slow database slows
// the refreshes instead of queueing them), and the rankings at most once per the range's
// ranking interval. A one-second clock scrolls the window between reads. While paused,
// nothing changes; notices are remembered and read on resume.
class UsageDashboard : public QObject {
    Q_OBJECT

public:
    static constexpr int kRankingLimit = 10;

    explicit UsageDashboard(DatabaseSession& session, QObject* parent = nullptr);

    UsageChartModel& series() const { return *series_; }
    UsageRankingModel& topTenants() const { return *topTenants_; }
    UsageRankingModel& topEndpoints() const { return *topEndpoints_; }

    UsageRange range() const { return range_; }
    void setRange(UsageRange range);
    const store::UsageFilter& filter() const { return filter_; }
    void setFilter(const store::UsageFilter& filter);
    bool isPaused() const { return paused_; }
    void setPaused(bool paused);
    bool isLoading() const { return loading_; }

    // Reads the whole window again.
    void reload();
    // The calls committed from `notice.earliest` on are to be read (again).
    void usageCommitted(const meterdesk::models::UsageNotice& notice);

signals:
    void loaded();    // a whole window was read
    void refreshed(); // a live refresh was read
    void loadingChanged(bool loading);
    void loadFailed(const QString& reason);
    void pausedChanged(bool paused);
    void rangeChanged(meterdesk::models::UsageRange range);

private:
    struct Refresh {
        std::chrono::sys_seconds since{};
        std::vector<store::UsageBucket> buckets;
        std::optional<store::UsageRankings> rankings;
    };

    store::UsageWindow currentWindow() const;
    bool rankingsDue() const;
    void scheduleRefresh();
    void refreshNow();
    void applyRefresh(const Refresh& refresh);
    void scrollWindow();
    void setLoading(bool loading);

    DatabaseSession& session_;
    UsageChartModel* series_;
    UsageRankingModel* topTenants_;
    UsageRankingModel* topEndpoints_;
    UsageRange range_ = UsageRange::FiveMinutes;
    store::UsageFilter filter_;
    bool paused_ = false;
    bool loading_ = false;
    bool refreshing_ = false;
    bool hasWindow_ = false;
    // Bumped by every reload: results of jobs started before are dropped.
    quint64 generation_ = 0;
    // What notices made stale: the buckets from this instant on, and the rankings.
    std::optional<std::chrono::sys_seconds> staleSince_;
    bool rankingsStale_ = false;
    std::chrono::steady_clock::time_point lastRefresh_{};
    std::chrono::steady_clock::time_point lastRanking_{};
    QTimer* refreshTimer_;
    QTimer* clock_;
};

} // namespace meterdesk::models

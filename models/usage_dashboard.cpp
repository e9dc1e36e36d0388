#include "usage_dashboard.h"

#include <QTimer>

#include <algorithm>

namespace meterdesk::models {

namespace {

using namespace std::chrono_literals;
using SteadyClock = std::chrono::steady_clock;

std::chrono::sys_seconds now() {
    return std::chrono::floor<std::chrono::seconds>(std::chrono::system_clock::now());
}

} // namespace

UsageDashboard::UsageDashboard(DatabaseSession& session, QObject* parent)
    : QObject(parent)
    , session_(session)
    , series_(new UsageChartModel(this))
    , topTenants_(new UsageRankingModel(this))
    , topEndpoints_(new UsageRankingModel(this))
    , refreshTimer_(new QTimer(this))
    , clock_(new QTimer(this)) {
    refreshTimer_->setSingleShot(true);
    refreshTimer_->setTimerType(Qt::PreciseTimer); // a coarse timer may fire before it is due
    connect(refreshTimer_, &QTimer::timeout, this, &UsageDashboard::refreshNow);
    clock_->setInterval(1s);
    connect(clock_, &QTimer::timeout, this, &UsageDashboard::scrollWindow);
    clock_->start();
}

store::UsageWindow UsageDashboard::currentWindow() const {
    return windowOf(range_, now());
}

void UsageDashboard::setRange(UsageRange range) {
    if (range == range_ && hasWindow_)
        return;
    range_ = range;
    emit rangeChanged(range);
    reload();
}

void UsageDashboard::setFilter(const store::UsageFilter& filter) {
    if (filter == filter_ && hasWindow_)
        return;
    filter_ = filter;
    reload();
}

void UsageDashboard::setPaused(bool paused) {
    if (paused == paused_)
        return;
    paused_ = paused;
    emit pausedChanged(paused);
    if (paused) {
        refreshTimer_->stop();
        return;
    }
    const store::UsageWindow window = currentWindow();
    if (!hasWindow_ || window.from - series_->window().from >= spanOf(range_)) {
        reload();
        return;
    }
    scrollWindow();
    scheduleRefresh();
}

void UsageDashboard::reload() {
    const quint64 generation = ++generation_;
    const store::UsageWindow window = currentWindow();
    // The read sees every commit before it starts; later notices mark what it missed.
    staleSince_.reset();
    rankingsStale_ = false;
    refreshing_ = false;
    refreshTimer_->stop();
    setLoading(true);
    session_.run(
        this,
        [filter = filter_, window](pqxx::connection& connection) {
            return store::UsageRepository(connection).overview(filter, window, kRankingLimit);
        },
        [this, generation, window](const store::UsageOverview& overview) {
            if (generation != generation_)
                return;
            series_->reset(window, overview.buckets);
            topTenants_->setTenants(overview.topTenants);
            topEndpoints_->setEndpoints(overview.topEndpoints);
            hasWindow_ = true;
            lastRanking_ = SteadyClock::now();
            setLoading(false);
            emit loaded();
            scheduleRefresh();
        },
        [this, generation](const store::StoreError& error) {
            if (generation != generation_)
                return;
            setLoading(false);
            emit loadFailed(QString::fromUtf8(error.what()));
        },
        Retry::OnReconnect);
}

void UsageDashboard::usageCommitted(const UsageNotice& notice) {
    const auto since = std::chrono::floor<std::chrono::seconds>(notice.earliest);
    staleSince_ = staleSince_ ? std::min(*staleSince_, since) : since;
    rankingsStale_ = true;
    scheduleRefresh();
}

bool UsageDashboard::rankingsDue() const {
    return rankingsStale_ && SteadyClock::now() - lastRanking_ >= rankingIntervalOf(range_);
}

void UsageDashboard::scheduleRefresh() {
    if (paused_ || loading_ || refreshing_)
        return;
    // The series when it is stale, else the rankings once they may be read again.
    std::optional<SteadyClock::time_point> due;
    if (staleSince_)
        due = lastRefresh_ + refreshIntervalOf(range_);
    else if (rankingsStale_)
        due = lastRanking_ + rankingIntervalOf(range_);
    if (!due)
        return;
    const auto wait = std::max(
        std::chrono::duration_cast<std::chrono::milliseconds>(*due - SteadyClock::now()), 0ms);
    // A timer set for the rankings must not hold back a series that is due sooner.
    if (refreshTimer_->isActive() && refreshTimer_->remainingTimeAsDuration() <= wait)
        return;
    refreshTimer_->start(wait);
}

void UsageDashboard::refreshNow() {
    const bool rerank = rankingsDue();
    if (paused_ || loading_ || refreshing_ || !hasWindow_)
        return;
    if (!staleSince_ && !rerank) {
        scheduleRefresh(); // woken before the rankings were due
        return;
    }
    const store::UsageWindow window = currentWindow();
    if (window.from - series_->window().from >= spanOf(range_)) {
        reload();
        return;
    }
    series_->slideTo(window);
    // Without stale buckets, the last one is read anyway: it is cheap and always in progress.
    const auto lastBucket = window.until - window.step;
    const auto since = staleSince_
                           ? std::clamp(window.bucketStart(*staleSince_), window.from, lastBucket)
                           : lastBucket;
    staleSince_.reset();
    if (rerank)
        rankingsStale_ = false;
    lastRefresh_ = SteadyClock::now();
    refreshing_ = true;
    const quint64 generation = generation_;
    session_.run(
        this,
        [filter = filter_, window, since, rerank](pqxx::connection& connection) {
            const store::UsageRepository usage(connection);
            Refresh refresh;
            refresh.since = since;
            refresh.buckets = usage.series(filter, {since, window.until, window.step});
            if (rerank) {
                refresh.rankings = usage.rankings(filter, window, kRankingLimit);
            }
            return refresh;
        },
        [this, generation](const Refresh& refresh) {
            if (generation == generation_)
                applyRefresh(refresh);
        },
        [this, generation, since, rerank](const store::StoreError& error) {
            if (generation != generation_)
                return;
            refreshing_ = false;
            staleSince_ = staleSince_ ? std::min(*staleSince_, since) : since;
            rankingsStale_ = rankingsStale_ || rerank;
            emit loadFailed(QString::fromUtf8(error.what()));
        },
        Retry::OnReconnect);
}

void UsageDashboard::applyRefresh(const Refresh& refresh) {
    refreshing_ = false;
    series_->merge(refresh.since, refresh.buckets);
    if (refresh.rankings) {
        topTenants_->setTenants(refresh.rankings->topTenants);
        topEndpoints_->setEndpoints(refresh.rankings->topEndpoints);
        lastRanking_ = SteadyClock::now();
    }
    emit refreshed();
    scheduleRefresh();
}

void UsageDashboard::scrollWindow() {
    if (paused_ || loading_ || !hasWindow_)
        return;
    const store::UsageWindow window = currentWindow();
    if (window.from == series_->window().from)
        return;
    if (window.from - series_->window().from >= spanOf(range_))
        reload();
    else
        series_->slideTo(window);
}

void UsageDashboard::setLoading(bool loading) {
    if (loading == loading_)
        return;
    loading_ = loading;
    emit loadingChanged(loading);
}

} // namespace meterdesk::models

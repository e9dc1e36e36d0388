#include "usage_range.h"

#include <QCoreApplication>
#include <QDateTime>

#include <stdexcept>

namespace meterdesk::models {

namespace {

using namespace std::chrono_literals;

struct RangeSpec {
    std::chrono::seconds span;
    std::chrono::seconds step;
    std::chrono::milliseconds refresh;
    std::chrono::milliseconds ranking;
    const char* name;
};

const RangeSpec& specOf(UsageRange range) {
    static const RangeSpec fiveMinutes{5min, 1s, 250ms, 5s, "5m"};
    static const RangeSpec hour{1h, 1min, 1s, 10s, "1h"};
    static const RangeSpec day{24h, 1min, 2s, 30s, "24h"};
    static const RangeSpec month{std::chrono::days{30}, 1h, 10s, 60s, "30d"};
    static const RangeSpec quarter{std::chrono::days{90}, std::chrono::days{1}, 30s, 120s, "90d"};
    switch (range) {
    case UsageRange::FiveMinutes:
        return fiveMinutes;
    case UsageRange::Hour:
        return hour;
    case UsageRange::Day:
        return day;
    case UsageRange::Month:
        return month;
    case UsageRange::Quarter:
        return quarter;
    }
    throw std::logic_error("unknown usage range");
}

} // namespace

std::chrono::seconds spanOf(UsageRange range) {
    return specOf(range).span;
}

std::chrono::seconds stepOf(UsageRange range) {
    return specOf(range).step;
}

std::chrono::milliseconds refreshIntervalOf(UsageRange range) {
    return specOf(range).refresh;
}

std::chrono::milliseconds rankingIntervalOf(UsageRange range) {
    return specOf(range).ranking;
}

QString usageRangeName(UsageRange range) {
    return QString::fromLatin1(specOf(range).name);
}

std::optional<UsageRange> usageRangeFromName(const QString& name) {
    for (UsageRange range : kAllUsageRanges) {
        if (usageRangeName(range) == name)
            return range;
    }
    return std::nullopt;
}

QString usageRangeTitle(UsageRange range) {
    switch (range) {
    case UsageRange::FiveMinutes:
        return QCoreApplication::translate("UsageRange", "5 minutes (live)");
    case UsageRange::Hour:
        return QCoreApplication::translate("UsageRange", "1 hour");
    case UsageRange::Day:
        return QCoreApplication::translate("UsageRange", "24 hours");
    case UsageRange::Month:
        return QCoreApplication::translate("UsageRange", "30 days");
    case UsageRange::Quarter:
        return QCoreApplication::translate("UsageRange", "90 days");
    }
    throw std::logic_error("unknown usage range");
}

store::UsageWindow windowOf(UsageRange range, std::chrono::sys_seconds now, const QTimeZone& zone) {
    const QDateTime local = QDateTime::fromSecsSinceEpoch(now.time_since_epoch().count(), zone);
    const QDateTime midnight(local.date(), QTime(0, 0), zone);
    const std::chrono::sys_seconds origin{std::chrono::seconds{midnight.toSecsSinceEpoch()}};
    const std::chrono::seconds step = stepOf(range);
    const store::UsageWindow grid{origin, origin + step, step};
    const auto until = grid.bucketStart(now) + step;
    return {until - spanOf(range), until, step};
}

} // namespace meterdesk::models

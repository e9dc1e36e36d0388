#pragma once

#include <store/usage.h>

#include <QString>
#include <QTimeZone>

#include <array>
#include <chrono>
#include <optional>

namespace meterdesk::models {

// The periods a usage chart shows, each with the step that gives it a few dozen to a
// couple of thousand points: 5 minutes per second (live, from the raw events), 1 hour and
// 24 hours per minute, 30 days per hour and 90 days per day (from the rollups).
enum class UsageRange { FiveMinutes, Hour, Day, Month, Quarter };

inline constexpr std::array kAllUsageRanges{UsageRange::FiveMinutes, UsageRange::Hour,
                                            UsageRange::Day, UsageRange::Month,
                                            UsageRange::Quarter};

std::chrono::seconds spanOf(UsageRange range);
std::chrono::seconds stepOf(UsageRange range);

// How often live notifications may re-read the range, and how often they may re-rank its
// busiest tenants and endpoints: coarser ranges change more slowly and cost more to read.
std::chrono::milliseconds refreshIntervalOf(UsageRange range);
std::chrono::milliseconds rankingIntervalOf(UsageRange range);

// "5m", "1h", "24h", "30d", "90d": stable names for settings and the command line.
QString usageRangeName(UsageRange range);
std::optional<UsageRange> usageRangeFromName(const QString& name);
// What the range picker shows ("5 minutes (live)", "1 hour", ...), translated.
QString usageRangeTitle(UsageRange range);

// The range's window ending with the bucket that holds `now`. Buckets are aligned to midnight
// in `zone`, so that hours and days start where the operator's do.
store::UsageWindow windowOf(UsageRange range, std::chrono::sys_seconds now,
                            const QTimeZone& zone = QTimeZone::systemTimeZone());

} // namespace meterdesk::models

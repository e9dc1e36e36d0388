#include "rate_window.h"

#include <billing/checked_int.h>
#include <billing/errors.h>

#include <algorithm>
#include <optional>
#include <string>

namespace meterdesk::billing {

namespace {

void requireValid(const RateLimit& limit) {
    if (limit.requests < 1 || limit.periodSeconds < 1) {
        throw InvalidArgument(
            "rate limit must allow at least 1 request per at least 1 second (got " +
            std::to_string(limit.requests) + " per " + std::to_string(limit.periodSeconds) + " s)");
    }
}

void requireCount(std::int64_t count, std::string_view name) {
    if (count < 0) {
        throw InvalidArgument(std::string(name) + " must not be negative (got " +
                              std::to_string(count) + ")");
    }
}

std::int64_t floorDiv(std::int64_t numerator, std::int64_t denominator) {
    const std::int64_t quotient = numerator / denominator;
    return (numerator % denominator < 0) ? quotient - 1 : quotient;
}

std::int64_t secondsIntoWindow(std::chrono::sys_seconds now, std::int64_t periodSeconds) {
    return (now - fixed_window::windowStart(now, periodSeconds)).count();
}

// The first elapsed second e in [0, period) of a window at which a request passes given the
// window's counts, or nullopt if none does. The estimate only falls as e grows, so solving
//   previous × (period − e) + (current + 1) × period <= requests × period
// for the smallest e is enough.
std::optional<std::int64_t> firstAdmittingSecond(std::int64_t previous, std::int64_t current,
                                                 const RateLimit& limit) {
    const WideInt period = limit.periodSeconds;
    const WideInt slack = (WideInt{limit.requests} - current - 1) * period;
    if (slack < 0) {
        return std::nullopt;
    }
    if (previous == 0) {
        return 0;
    }
    const WideInt second = std::max(period - slack / previous, WideInt{0});
    if (second >= period) {
        return std::nullopt;
    }
    return static_cast<std::int64_t>(second);
}

} // namespace

namespace fixed_window {

std::chrono::sys_seconds windowStart(std::chrono::sys_seconds now, std::int64_t periodSeconds) {
    const std::int64_t index = floorDiv(now.time_since_epoch().count(), periodSeconds);
    return std::chrono::sys_seconds{
        std::chrono::seconds{checkedMul(index, periodSeconds, "rate window start")}};
}

WindowCheck check(std::int64_t countInWindow, const RateLimit& limit,
                  std::chrono::sys_seconds now) {
    requireValid(limit);
    requireCount(countInWindow, "countInWindow");
    if (countInWindow < limit.requests) {
        return {true, limit.requests - countInWindow - 1, 0};
    }
    return {false, 0, limit.periodSeconds - secondsIntoWindow(now, limit.periodSeconds)};
}

} // namespace fixed_window

namespace sliding_window {

WindowCheck check(std::int64_t previousCount, std::int64_t currentCount, const RateLimit& limit,
                  std::chrono::sys_seconds now) {
    requireValid(limit);
    requireCount(previousCount, "previousCount");
    requireCount(currentCount, "currentCount");
    const std::int64_t period = limit.periodSeconds;
    const std::int64_t elapsed = secondsIntoWindow(now, period);
    const WideInt usedScaled =
        WideInt{previousCount} * (period - elapsed) + WideInt{currentCount} * period;
    const WideInt freeScaled = WideInt{limit.requests} * period - usedScaled;
    if (freeScaled >= period) {
        return {true, static_cast<std::int64_t>(freeScaled / period - 1), 0};
    }
    const std::int64_t untilWindowEnd = period - elapsed;
    if (const auto second = firstAdmittingSecond(previousCount, currentCount, limit)) {
        return {false, 0, *second - elapsed};
    }
    // In the next window this window's count becomes the weighted previous one.
    if (const auto second = firstAdmittingSecond(currentCount, 0, limit)) {
        return {false, 0, untilWindowEnd + *second};
    }
    return {false, 0, untilWindowEnd + period};
}

} // namespace sliding_window

} // namespace meterdesk::billing

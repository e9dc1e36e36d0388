#pragma once

#include <billing/tariff.h>

#include <chrono>
#include <cstdint>

// Rate-limit decisions as pure functions of request counts and the current time (Unix
// seconds, UTC); the caller stores the counts. Each check decides whether ONE more request may
// pass. Throws InvalidArgument for a limit below 1 request or 1 second, or a negative count.
namespace meterdesk::billing {

struct WindowCheck {
    bool allowed = false;
    // Requests that may still pass in the window after this one (0 when denied).
    std::int64_t remaining = 0;
    // Seconds until a request would pass if no other arrives (0 when allowed).
    std::int64_t retryAfterSeconds = 0;

    friend bool operator==(const WindowCheck&, const WindowCheck&) = default;
};

namespace fixed_window {

// floor(now / period) × period: windows are aligned to the Unix epoch, so every node agrees.
std::chrono::sys_seconds windowStart(std::chrono::sys_seconds now, std::int64_t periodSeconds);

// countInWindow requests have already passed in the window holding `now`. Allowed while
// countInWindow < limit.requests; a denied request may retry when the window ends.
WindowCheck check(std::int64_t countInWindow, const RateLimit& limit, std::chrono::sys_seconds now);

} // namespace fixed_window

namespace sliding_window {

// Weighted approximation of a sliding window (as Cloudflare does): with e seconds elapsed in
// the current fixed window of length p, the estimated count is
//   previousCount × (p − e) / p + currentCount,
// and the request passes when estimate + 1 <= limit.requests. Computed exactly in integers
// (scaled by p); retryAfterSeconds is the first whole second at which the estimate admits a
// request, possibly in a later window.
WindowCheck check(std::int64_t previousCount, std::int64_t currentCount, const RateLimit& limit,
                  std::chrono::sys_seconds now);

} // namespace sliding_window

} // namespace meterdesk::billing

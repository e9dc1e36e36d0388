#include "reconnect_backoff.h"

#include <algorithm>

namespace meterdesk::models {

std::chrono::milliseconds ReconnectBackoff::next() {
    const std::chrono::milliseconds current = delay_;
    delay_ = std::min(delay_ * 2, kMaxDelay);
    return current;
}

void ReconnectBackoff::reset() {
    delay_ = kFirstDelay;
}

} // namespace meterdesk::models

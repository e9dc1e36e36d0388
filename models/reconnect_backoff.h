#pragma once

#include <chrono>

namespace meterdesk::models {

// The waits between reconnection attempts: 250 ms, doubling after each failure, never
// more than 30 s, back to 250 ms once a connection succeeds. A dead server is retried
// quickly at first and then without hammering it.
class ReconnectBackoff {
public:
    static constexpr std::chrono::milliseconds kFirstDelay{250};
    static constexpr std::chrono::milliseconds kMaxDelay{30'000};

    // The wait before the next attempt; each call doubles the one after.
    std::chrono::milliseconds next();
    void reset();

private:
    std::chrono::milliseconds delay_ = kFirstDelay;
};

} // namespace meterdesk::models

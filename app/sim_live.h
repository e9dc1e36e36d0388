#pragma once

#include "sim_traffic.h"

#include <store/connection.h>

#include <atomic>
#include <chrono>
#include <cstdint>
#include <functional>
#include <map>
#include <string>

namespace meterdesk::sim {

// What metering decided about the calls sent so far.
struct MeteringTally {
    std::int64_t events = 0;
    std::int64_t duplicates = 0;
    std::map<std::string, std::int64_t> decisions; // by reason: allowed, rate_limited, ...
    double seconds = 0;

    double rate() const { return seconds > 0 ? static_cast<double>(events) / seconds : 0; }
    void add(const MeteringTally& other);
};

struct LivePlan {
    double rate = 50;                  // events per second, held steady
    std::chrono::seconds duration{0};  // 0: until stopped
    int batch = 200;                   // at most this many events per meter.track_batch call
    std::string requestPrefix = "sim"; // request ids are <prefix>-<n>
};

// Plays the traffic model now, through meter.track_batch, at a steady rate. Calls are spread
// over a few connections by tenant, so that no two connections wait for the same tenant's
// balance lock. When the database falls behind, at most one second of calls waits for it:
// the rate achieved is then what the database managed, not a backlog played later.
class LiveTraffic {
public:
    using Progress = std::function<void(const MeteringTally&)>;
    static constexpr std::chrono::seconds kProgressInterval{5};
    static constexpr double kRetryShare = 0.003; // calls re-sent with an earlier request id

    LiveTraffic(store::ConnectionSettings settings, TrafficModel& model, LivePlan plan);

    // Runs until the plan's duration has passed or `stop` is set; progress() is called from
    // this thread every kProgressInterval.
    MeteringTally run(const std::atomic<bool>& stop, const Progress& progress);

    // One event as a JSON object with meter.track_batch's field names.
    static std::string eventJson(const SimCall& call, const std::string& tenantSlug,
                                 const std::string& requestId);

private:
    store::ConnectionSettings settings_;
    TrafficModel& model_;
    LivePlan plan_;
};

} // namespace meterdesk::sim

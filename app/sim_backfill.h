#pragma once

#include "sim_traffic.h"

#include <billing/money.h>

#include <chrono>
#include <cstdint>
#include <functional>

namespace pqxx {
class connection_base;
}

namespace meterdesk::sim {

struct BackfillResult {
    std::chrono::sys_seconds from{};
    std::chrono::sys_seconds until{};
    std::int64_t events = 0;
    std::int64_t rollups = 0;
    std::int64_t ledgerEntries = 0;
    billing::Credits charged;
    double seconds = 0;
};

// Writes the usage history of the `days` before the current minute, as metering would have
// written it, in one transaction and in chunks of a day:
//  - raw usage events at `rate` events per second of history on average, shaped by the
//    traffic model's daily and weekly rhythm and its bursts, in sessions of a few calls of
//    one tenant and endpoint within a minute;
//  - each priced by billing::rate() with the tariff version in force at its instant, denied
//    when the plan lacks the endpoint or premium access, when the tenant's rate limit (kept
//    in memory, fixed windows) is spent, or on the rare day a tenant ran dry (no credits);
//  - the per-minute rollups of exactly those events (added to any already there);
//  - one usage ledger entry per tenant and day with charges, at its last charged call.
//
// The ledger rule: each tenant also gets one top-up entry at the start of the history worth
// what its history charges. Both kinds go into the ledger in one statement, so that every
// balance ends where it started (no alert fires) and the ledger still sums to the balance.
// History has no request ids (idempotency concerns retries of live calls only) and no
// allowance grants or expiries. Needs the database owner's rights: it writes the tables that
// only meter.track may write in the present.
class HistoryBackfill {
public:
    using Progress = std::function<void(int daysDone, int days, std::int64_t events)>;
    static constexpr double kDefaultRate = 0.15;
    static constexpr double kDryDayShare = 0.015;

    HistoryBackfill(pqxx::connection_base& connection, TrafficModel& model);

    BackfillResult write(int days, double rate, const Progress& progress);

private:
    pqxx::connection_base& connection_;
    TrafficModel& model_;
};

} // namespace meterdesk::sim

#pragma once

#include <billing/money.h>

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace pqxx {
class connection_base;
}

namespace meterdesk::store {

// Calls counted together: allowed, and denied by reason, with what the allowed ones used.
struct UsageCounts {
    std::int64_t allowed = 0;
    std::int64_t notInPlan = 0;
    std::int64_t premiumRequired = 0;
    std::int64_t rateLimited = 0;
    std::int64_t noCredits = 0;
    std::int64_t suspended = 0;
    std::int64_t units = 0; // of the allowed calls
    billing::Credits credits;

    std::int64_t denied() const {
        return notInPlan + premiumRequired + rateLimited + noCredits + suspended;
    }
    std::int64_t calls() const { return allowed + denied(); }

    friend bool operator==(const UsageCounts&, const UsageCounts&) = default;
};

// The calls of [start, start + step) of a UsageWindow.
struct UsageBucket {
    std::chrono::sys_seconds start{};
    UsageCounts counts;

    friend bool operator==(const UsageBucket&, const UsageBucket&) = default;
};

struct EndpointKey {
    std::string service;
    std::string endpoint;

    friend bool operator==(const EndpointKey&, const EndpointKey&) = default;
    friend auto operator<=>(const EndpointKey&, const EndpointKey&) = default;
};

// Whose calls to count: every tenant's when tenantId is empty, every endpoint's when
// endpoint is empty.
struct UsageFilter {
    std::optional<std::int64_t> tenantId;
    std::optional<EndpointKey> endpoint;

    friend bool operator==(const UsageFilter&, const UsageFilter&) = default;
};

// [from, until) cut into buckets of `step`, the first starting at `from`.
struct UsageWindow {
    std::chrono::sys_seconds from{};
    std::chrono::sys_seconds until{};
    std::chrono::seconds step{1};

    // The start of the bucket holding `at` (which may lie outside the window).
    std::chrono::sys_seconds bucketStart(std::chrono::sys_seconds at) const;
    std::int64_t bucketCount() const { return (until - from) / step; }

    friend bool operator==(const UsageWindow&, const UsageWindow&) = default;
};

struct TenantUsage {
    std::int64_t tenantId = 0;
    std::string slug;
    UsageCounts counts;

    friend bool operator==(const TenantUsage&, const TenantUsage&) = default;
};

struct EndpointUsage {
    EndpointKey endpoint;
    UsageCounts counts;

    friend bool operator==(const EndpointUsage&, const EndpointUsage&) = default;
};

// The busiest tenants and endpoints of a window, busiest first.
struct UsageRankings {
    std::vector<TenantUsage> topTenants;
    std::vector<EndpointUsage> topEndpoints;
};

// What a usage chart shows for one window: the series and the busiest tenants and endpoints.
struct UsageOverview {
    std::vector<UsageBucket> buckets; // only buckets with calls, oldest first
    std::vector<TenantUsage> topTenants;
    std::vector<EndpointUsage> topEndpoints;
};

// Usage for charts. A window with a one-second step is read from the raw events of the
// tenants that called in it (found in the rollups), through the events' only index (tenant,
// time), which suits the last few minutes; a step of whole minutes is read from the
// per-minute rollups, which suits any range. Rankings always read the rollups, counting every
// minute that overlaps the window in full. Busiest means most calls, allowed or denied; ties
// go to the smaller tenant id or endpoint name.
//
// A window whose step is neither 1 s nor a whole number of minutes, that is empty, or that
// is not a whole number of steps, and a limit below 1, are refused with
// StoreError::InvalidArgument naming the field.
class UsageRepository {
public:
    static constexpr std::chrono::seconds kRawStep{1};
    static constexpr std::chrono::seconds kRollupGrain{60};

    explicit UsageRepository(pqxx::connection_base& connection);

    std::vector<UsageBucket> series(const UsageFilter& filter, const UsageWindow& window) const;
    // The `limit` busiest tenants and endpoints, in one statement.
    UsageRankings rankings(const UsageFilter& filter, const UsageWindow& window, int limit) const;
    // series() and rankings() from one snapshot; for a step of minutes, in one statement.
    UsageOverview overview(const UsageFilter& filter, const UsageWindow& window, int limit) const;

    // The endpoints a tenant called since `since`, by name.
    std::vector<EndpointKey> endpointsOf(std::int64_t tenantId,
                                         std::chrono::sys_seconds since) const;

private:
    pqxx::connection_base& connection_;
};

} // namespace meterdesk::store

#pragma once

#include <billing/money.h>
#include <billing/tariff.h>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace meterdesk::billing {

// One metered call as the gateway reports it. Methods are upper case; an empty or unlisted
// region is charged at ×1.
struct UsageEvent {
    std::string service;
    std::string endpoint;
    std::string method;
    std::string region;
    std::int64_t units = 1;
    bool premiumAccess = false;
};

// The outcome of metering a call. rate() only decides Allowed, NotInPlan and
// PremiumRequired; the others are decided by the metering pipeline, which also knows the
// tenant, its balance and its request counts, and share this vocabulary.
enum class Decision {
    Allowed,
    NotInPlan,
    PremiumRequired,
    RateLimited,
    NoCredits,
    Suspended,
    UnknownTenant
};

// allowed not_in_plan premium_required rate_limited no_credits suspended unknown_tenant
std::string_view toString(Decision decision);
std::optional<Decision> decisionFromString(std::string_view text);

// `rule` points into the rated TariffVersion (nullptr for NotInPlan); charge is zero unless
// the call is allowed.
struct Rating {
    Decision decision = Decision::NotInPlan;
    Credits charge;
    const EndpointRule* rule = nullptr;
};

// The rule serving service + endpoint + method: exact service and endpoint, and the exact
// method or '*'. In a valid version at most one rule matches; should an invalid version hold
// both, the exact method wins. nullptr when the plan has no such endpoint.
const EndpointRule* findRule(const TariffVersion& version, std::string_view service,
                             std::string_view endpoint, std::string_view method);

// The region's basis points, or 10000 (×1) when the region is empty or not listed.
std::int64_t regionBasisPoints(const TariffVersion& version, std::string_view region);

// Prices one call. charge = divRound((perCall + perUnit × units) × regionBasisPoints, 10000),
// every step checked: the bracket must fit 64 bits, and so must the rounded result.
// Throws InvalidArgument when event.units < 1 and OverflowError on overflow.
Rating rate(const TariffVersion& version, const UsageEvent& event);

// The rule's own rate limit when it has one, else the version's default.
RateLimit effectiveRateLimit(const TariffVersion& version, const EndpointRule& rule);

} // namespace meterdesk::billing

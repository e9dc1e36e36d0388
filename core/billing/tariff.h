#pragma once

#include <billing/money.h>
#include <billing/validation.h>

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace meterdesk::billing {

struct RateLimit {
    std::int64_t requests = 0;
    std::int64_t periodSeconds = 0;

    friend bool operator==(const RateLimit&, const RateLimit&) = default;
};

// The method of a rule that matches every HTTP method.
inline constexpr std::string_view kAnyMethod = "*";

// GET POST PUT PATCH DELETE HEAD OPTIONS (upper case, as on the wire) or kAnyMethod.
bool isKnownMethod(std::string_view method);

// The price of one endpoint: perCall once per request plus perUnit for each metered unit.
// A premium rule only serves tenants with premium access; rateLimit overrides the version's
// default limit for this endpoint.
struct EndpointRule {
    std::string service;
    std::string endpoint;
    std::string method;
    Credits perCall;
    Credits perUnit;
    bool premium = false;
    std::optional<RateLimit> rateLimit;
};

// Scales charges for calls served in a region: 10000 bp = ×1.0, 12500 bp = ×1.25.
struct RegionMultiplier {
    std::string region;
    std::int64_t basisPoints = kBasisPointsPerWhole;
};

// A plan's prices from effectiveFrom on. The Unix epoch (a default sys_seconds) counts as
// "not set": no tariff legitimately starts on 1970-01-01.
struct TariffVersion {
    std::string planCode;
    int version = 0;
    std::chrono::sys_seconds effectiveFrom{};
    Credits monthlyAllowance;
    RateLimit defaultRateLimit;
    std::vector<EndpointRule> rules;
    std::vector<RegionMultiplier> regions;
};

struct Plan {
    std::string code;
    std::string name;
    std::vector<TariffVersion> versions;

    // The version in force at `at`: the latest effectiveFrom not after `at` (the higher version
    // number on a tie), or nullptr when no version has started yet.
    const TariffVersion* versionAt(std::chrono::sys_seconds at) const;
};

// Every problem of the version at once, with fields such as "rules[2].perCall",
// "regions[0].basisPoints", "defaultRateLimit.periodSeconds", "monthlyAllowance".
ValidationIssues validate(const TariffVersion& version);

// The plan's own fields ("code" must match [a-z0-9-]{1,40}), versions strictly increasing in
// both effectiveFrom and version number, and every version's issues under "versions[i].".
ValidationIssues validate(const Plan& plan);

} // namespace meterdesk::billing

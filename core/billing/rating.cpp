#include "rating.h"

#include <billing/enum_names.h>
#include <billing/errors.h>

#include <algorithm>
#include <string>

namespace meterdesk::billing {

namespace {

constexpr EnumNames<Decision, 7> kDecisionNames({{
    {Decision::Allowed, "allowed"},
    {Decision::NotInPlan, "not_in_plan"},
    {Decision::PremiumRequired, "premium_required"},
    {Decision::RateLimited, "rate_limited"},
    {Decision::NoCredits, "no_credits"},
    {Decision::Suspended, "suspended"},
    {Decision::UnknownTenant, "unknown_tenant"},
}});

Credits chargeFor(const EndpointRule& rule, std::int64_t units, std::int64_t basisPoints) {
    const Credits beforeRegion = rule.perCall + rule.perUnit * units;
    return Credits::fromMicros(
        divRoundWide(WideInt{beforeRegion.micros()} * basisPoints, kBasisPointsPerWhole));
}

} // namespace

std::string_view toString(Decision decision) {
    return kDecisionNames.nameOf(decision);
}

std::optional<Decision> decisionFromString(std::string_view text) {
    return kDecisionNames.valueOf(text);
}

const EndpointRule* findRule(const TariffVersion& version, std::string_view service,
                             std::string_view endpoint, std::string_view method) {
    const EndpointRule* anyMethodRule = nullptr;
    for (const EndpointRule& rule : version.rules) {
        if (rule.service != service || rule.endpoint != endpoint) {
            continue;
        }
        if (rule.method == method) {
            return &rule;
        }
        if (rule.method == kAnyMethod && anyMethodRule == nullptr) {
            anyMethodRule = &rule;
        }
    }
    return anyMethodRule;
}

std::int64_t regionBasisPoints(const TariffVersion& version, std::string_view region) {
    if (region.empty()) {
        return kBasisPointsPerWhole;
    }
    const auto listed = std::find_if(
        version.regions.begin(), version.regions.end(),
        [region](const RegionMultiplier& multiplier) { return multiplier.region == region; });
    return listed == version.regions.end() ? kBasisPointsPerWhole : listed->basisPoints;
}

Rating rate(const TariffVersion& version, const UsageEvent& event) {
    if (event.units < 1) {
        throw InvalidArgument("units must be at least 1 (got " + std::to_string(event.units) + ")");
    }
    const EndpointRule* rule = findRule(version, event.service, event.endpoint, event.method);
    if (rule == nullptr) {
        return {Decision::NotInPlan, Credits{}, nullptr};
    }
    if (rule->premium && !event.premiumAccess) {
        return {Decision::PremiumRequired, Credits{}, rule};
    }
    return {Decision::Allowed,
            chargeFor(*rule, event.units, regionBasisPoints(version, event.region)), rule};
}

RateLimit effectiveRateLimit(const TariffVersion& version, const EndpointRule& rule) {
    return rule.rateLimit.value_or(version.defaultRateLimit);
}

} // namespace meterdesk::billing

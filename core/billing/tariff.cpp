#include "tariff.h"

#include <algorithm>
#include <array>
#include <cstddef>
#include <string>
#include <utility>

namespace meterdesk::billing {

namespace {

constexpr std::array<std::string_view, 8> kMethods = {"GET",    "POST", "PUT",     "PATCH",
                                                      "DELETE", "HEAD", "OPTIONS", kAnyMethod};
constexpr std::size_t kMaxPlanCodeLength = 40;
constexpr std::int64_t kMinRegionBasisPoints = 1;
constexpr std::int64_t kMaxRegionBasisPoints = 100'000;

std::string indexed(std::string_view name, std::size_t index) {
    return std::string(name) + '[' + std::to_string(index) + ']';
}

std::string describeRule(const EndpointRule& rule) {
    return rule.service + ' ' + rule.endpoint + ' ' + rule.method;
}

bool isPlanCode(std::string_view code) {
    return !code.empty() && code.size() <= kMaxPlanCodeLength &&
           std::all_of(code.begin(), code.end(), [](char c) {
               return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
           });
}

void checkPlanCode(const std::string& code, const std::string& field, ValidationIssues& issues) {
    if (code.empty()) {
        issues.push_back({field, "required", "a plan code is required"});
    } else if (!isPlanCode(code)) {
        issues.push_back(
            {field, "format", "\"" + code + "\" must be 1 to 40 characters of a-z, 0-9 and '-'"});
    }
}

void checkNonNegative(Credits amount, const std::string& field, ValidationIssues& issues) {
    if (amount.isNegative()) {
        issues.push_back(
            {field, "non_negative", "must not be negative (got " + amount.toString() + ")"});
    }
}

void checkRequired(std::string_view value, const std::string& field, ValidationIssues& issues) {
    if (value.empty()) {
        issues.push_back({field, "required", "must not be empty"});
    }
}

void checkRateLimit(const RateLimit& limit, const std::string& path, ValidationIssues& issues) {
    if (limit.requests < 1) {
        issues.push_back({path + ".requests", "positive",
                          "must be at least 1 (got " + std::to_string(limit.requests) + ")"});
    }
    if (limit.periodSeconds < 1) {
        issues.push_back(
            {path + ".periodSeconds", "positive",
             "must be at least 1 second (got " + std::to_string(limit.periodSeconds) + ")"});
    }
}

void checkVersionHeader(const TariffVersion& version, ValidationIssues& issues) {
    checkPlanCode(version.planCode, "planCode", issues);
    if (version.version < 1) {
        issues.push_back({"version", "positive",
                          "must be at least 1 (got " + std::to_string(version.version) + ")"});
    }
    if (version.effectiveFrom == std::chrono::sys_seconds{}) {
        issues.push_back({"effectiveFrom", "required", "an effective date is required"});
    }
    checkNonNegative(version.monthlyAllowance, "monthlyAllowance", issues);
    checkRateLimit(version.defaultRateLimit, "defaultRateLimit", issues);
}

void checkRule(const EndpointRule& rule, const std::string& path, ValidationIssues& issues) {
    checkRequired(rule.service, path + ".service", issues);
    checkRequired(rule.endpoint, path + ".endpoint", issues);
    if (!isKnownMethod(rule.method)) {
        issues.push_back(
            {path + ".method", "known_method",
             "\"" + rule.method + "\" is not one of GET POST PUT PATCH DELETE HEAD OPTIONS *"});
    }
    checkNonNegative(rule.perCall, path + ".perCall", issues);
    checkNonNegative(rule.perUnit, path + ".perUnit", issues);
    if (rule.rateLimit) {
        checkRateLimit(*rule.rateLimit, path + ".rateLimit", issues);
    }
}

// Two rules for the same endpoint where one uses '*' would both match a call, so a call's
// price would depend on rule order; the later rule is reported against the earlier one.
void checkRuleConflicts(const std::vector<EndpointRule>& rules, ValidationIssues& issues) {
    for (std::size_t later = 0; later < rules.size(); ++later) {
        const EndpointRule& rule = rules[later];
        for (std::size_t earlier = 0; earlier < later; ++earlier) {
            const EndpointRule& other = rules[earlier];
            if (other.service != rule.service || other.endpoint != rule.endpoint) {
                continue;
            }
            const std::string path = indexed("rules", later);
            if (other.method == rule.method) {
                issues.push_back(
                    {path, "duplicate",
                     "repeats " + indexed("rules", earlier) + " (" + describeRule(rule) + ")"});
                break;
            }
            if (other.method == kAnyMethod || rule.method == kAnyMethod) {
                issues.push_back({path + ".method", "overlap",
                                  describeRule(rule) + " overlaps " + indexed("rules", earlier) +
                                      " (" + describeRule(other) + ")"});
                break;
            }
        }
    }
}

void checkRegions(const std::vector<RegionMultiplier>& regions, ValidationIssues& issues) {
    for (std::size_t index = 0; index < regions.size(); ++index) {
        const RegionMultiplier& region = regions[index];
        const std::string path = indexed("regions", index);
        checkRequired(region.region, path + ".region", issues);
        if (region.basisPoints < kMinRegionBasisPoints ||
            region.basisPoints > kMaxRegionBasisPoints) {
            issues.push_back({path + ".basisPoints", "range",
                              "must be between 1 and 100000 basis points (got " +
                                  std::to_string(region.basisPoints) + ")"});
        }
        const auto firstSame =
            std::find_if(regions.begin(), regions.end(), [&](const RegionMultiplier& other) {
                return other.region == region.region;
            });
        const auto firstIndex = static_cast<std::size_t>(firstSame - regions.begin());
        if (firstIndex < index) {
            issues.push_back({path + ".region", "duplicate",
                              "\"" + region.region + "\" is already listed in " +
                                  indexed("regions", firstIndex)});
        }
    }
}

void checkVersionOrder(const std::vector<TariffVersion>& versions, ValidationIssues& issues) {
    for (std::size_t index = 1; index < versions.size(); ++index) {
        const TariffVersion& previous = versions[index - 1];
        const TariffVersion& current = versions[index];
        const std::string path = indexed("versions", index);
        if (current.effectiveFrom <= previous.effectiveFrom) {
            issues.push_back(
                {path + ".effectiveFrom", "increasing",
                 "must be later than the effective date of " + indexed("versions", index - 1)});
        }
        if (current.version <= previous.version) {
            issues.push_back({path + ".version", "increasing",
                              "must be greater than " + std::to_string(previous.version) +
                                  ", the number of " + indexed("versions", index - 1)});
        }
    }
}

} // namespace

bool isKnownMethod(std::string_view method) {
    return std::find(kMethods.begin(), kMethods.end(), method) != kMethods.end();
}

const TariffVersion* Plan::versionAt(std::chrono::sys_seconds at) const {
    const TariffVersion* inForce = nullptr;
    for (const TariffVersion& candidate : versions) {
        const bool started = candidate.effectiveFrom <= at;
        const bool later = inForce == nullptr || candidate.effectiveFrom > inForce->effectiveFrom ||
                           (candidate.effectiveFrom == inForce->effectiveFrom &&
                            candidate.version > inForce->version);
        if (started && later) {
            inForce = &candidate;
        }
    }
    return inForce;
}

ValidationIssues validate(const TariffVersion& version) {
    ValidationIssues issues;
    checkVersionHeader(version, issues);
    for (std::size_t index = 0; index < version.rules.size(); ++index) {
        checkRule(version.rules[index], indexed("rules", index), issues);
    }
    checkRuleConflicts(version.rules, issues);
    checkRegions(version.regions, issues);
    return issues;
}

ValidationIssues validate(const Plan& plan) {
    ValidationIssues issues;
    checkPlanCode(plan.code, "code", issues);
    checkRequired(plan.name, "name", issues);
    checkVersionOrder(plan.versions, issues);
    for (std::size_t index = 0; index < plan.versions.size(); ++index) {
        const TariffVersion& version = plan.versions[index];
        const std::string path = indexed("versions", index);
        if (!version.planCode.empty() && version.planCode != plan.code) {
            issues.push_back(
                {path + ".planCode", "match",
                 "\"" + version.planCode + "\" differs from the plan code \"" + plan.code + "\""});
        }
        for (ValidationIssue& issue : validate(version)) {
            issue.field = path + '.' + issue.field;
            issues.push_back(std::move(issue));
        }
    }
    return issues;
}

} // namespace meterdesk::billing

#include "pricing.h"

#include <billing/errors.h>

#include <algorithm>
#include <string>
#include <utility>

namespace meterdesk::billing {

namespace {

std::string tierPath(std::size_t index, std::string_view field) {
    return "tiers[" + std::to_string(index) + "]." + std::string(field);
}

void checkNonNegative(Credits amount, std::string field, ValidationIssues& issues) {
    if (amount.isNegative()) {
        issues.push_back({std::move(field), "non_negative",
                          "must not be negative (got " + amount.toString() + ")"});
    }
}

void checkTierBound(std::span<const Tier> tiers, std::size_t index, ValidationIssues& issues) {
    const std::optional<std::int64_t>& upTo = tiers[index].upTo;
    const bool last = index + 1 == tiers.size();
    const std::string field = tierPath(index, "upTo");
    if (last && upTo) {
        issues.push_back({field, "unbounded", "the last tier must have no upper bound"});
    } else if (!last && !upTo) {
        issues.push_back({field, "required", "only the last tier may be unbounded"});
    }
    if (!upTo) {
        return;
    }
    if (*upTo < 1) {
        issues.push_back(
            {field, "positive", "must be at least 1 (got " + std::to_string(*upTo) + ")"});
    } else if (index > 0 && tiers[index - 1].upTo && *upTo <= *tiers[index - 1].upTo) {
        issues.push_back({field, "increasing",
                          "must be greater than " + std::to_string(*tiers[index - 1].upTo) +
                              ", the bound of tiers[" + std::to_string(index - 1) + "]"});
    }
}

ValidationIssues validateModel(const PerUnitPricing& model) {
    ValidationIssues issues;
    checkNonNegative(model.unitPrice, "unitPrice", issues);
    return issues;
}

ValidationIssues validateModel(const GraduatedPricing& model) {
    return validateTiers(model.tiers);
}

ValidationIssues validateModel(const VolumePricing& model) {
    return validateTiers(model.tiers);
}

ValidationIssues validateModel(const PackagePricing& model) {
    ValidationIssues issues;
    if (model.packageSize < 1) {
        issues.push_back({"packageSize", "positive",
                          "must be at least 1 (got " + std::to_string(model.packageSize) + ")"});
    }
    checkNonNegative(model.packagePrice, "packagePrice", issues);
    return issues;
}

Credits chargeFor(const PerUnitPricing& model, std::int64_t units) {
    return model.unitPrice * units;
}

Credits chargeFor(const GraduatedPricing& model, std::int64_t units) {
    Credits total;
    std::int64_t below = 0; // units already priced by lower tiers
    for (const Tier& tier : model.tiers) {
        if (units <= below) {
            break;
        }
        const std::int64_t top = std::min(units, tier.upTo.value_or(units));
        total += tier.unitPrice * (top - below) + tier.flatFee;
        below = top;
    }
    return total;
}

Credits chargeFor(const VolumePricing& model, std::int64_t units) {
    if (units == 0) {
        return {};
    }
    const auto tier = std::find_if(model.tiers.begin(), model.tiers.end(),
                                   [units](const Tier& t) { return !t.upTo || units <= *t.upTo; });
    return tier->unitPrice * units + tier->flatFee;
}

Credits chargeFor(const PackagePricing& model, std::int64_t units) {
    const std::int64_t packages =
        units / model.packageSize + (units % model.packageSize == 0 ? 0 : 1);
    return model.packagePrice * packages;
}

} // namespace

ValidationIssues validateTiers(std::span<const Tier> tiers) {
    ValidationIssues issues;
    if (tiers.empty()) {
        issues.push_back({"tiers", "required", "at least one tier is required"});
    }
    for (std::size_t index = 0; index < tiers.size(); ++index) {
        checkTierBound(tiers, index, issues);
        checkNonNegative(tiers[index].unitPrice, tierPath(index, "unitPrice"), issues);
        checkNonNegative(tiers[index].flatFee, tierPath(index, "flatFee"), issues);
    }
    return issues;
}

ValidationIssues validate(const PricingModel& model) {
    return std::visit([](const auto& concrete) { return validateModel(concrete); }, model);
}

Credits periodCharge(const PricingModel& model, std::int64_t units) {
    if (units < 0) {
        throw InvalidArgument("units must not be negative (got " + std::to_string(units) + ")");
    }
    throwIfInvalid(validate(model));
    return std::visit([units](const auto& concrete) { return chargeFor(concrete, units); }, model);
}

} // namespace meterdesk::billing

#pragma once

#include <billing/money.h>
#include <billing/validation.h>

#include <cstdint>
#include <optional>
#include <span>
#include <variant>
#include <vector>

// Pricing models that turn a billing period's total units into one invoice amount.
namespace meterdesk::billing {

// A price band covering the units above the previous tier's upTo up to and including its own
// upTo; nullopt means "and beyond" and is allowed on the last tier only. flatFee is charged
// once when the band is used.
struct Tier {
    std::optional<std::int64_t> upTo;
    Credits unitPrice;
    Credits flatFee;
};

// Every unit at one price.
struct PerUnitPricing {
    Credits unitPrice;
};

// Each tier's units at that tier's price, plus the flat fee of every tier reached:
// 150 units over {upTo 100 at 2, beyond at 1} cost 100 × 2 + 50 × 1.
struct GraduatedPricing {
    std::vector<Tier> tiers;
};

// All units at the price of the tier the total falls in, plus that tier's flat fee:
// 150 units over {upTo 100 at 2, beyond at 1} cost 150 × 1.
struct VolumePricing {
    std::vector<Tier> tiers;
};

// Units sold in whole packages: ceil(units / packageSize) × packagePrice.
struct PackagePricing {
    std::int64_t packageSize = 1;
    Credits packagePrice;
};

using PricingModel = std::variant<PerUnitPricing, GraduatedPricing, VolumePricing, PackagePricing>;

// Fields "tiers", "tiers[i].upTo", "tiers[i].unitPrice", "tiers[i].flatFee": at least one tier,
// upTo positive and strictly ascending, only the last tier unbounded, prices not negative.
ValidationIssues validateTiers(std::span<const Tier> tiers);

ValidationIssues validate(const PricingModel& model);

// The period's charge for `units` (zero units always cost nothing: fixed fees are invoice lines
// of their own). Throws ValidationError for an invalid model, InvalidArgument for negative
// units and OverflowError when the charge exceeds 64 bits.
Credits periodCharge(const PricingModel& model, std::int64_t units);

} // namespace meterdesk::billing

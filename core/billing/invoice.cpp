#include "invoice.h"

#include <billing/checked_int.h>
#include <billing/errors.h>

#include <algorithm>
#include <utility>

namespace meterdesk::billing {

namespace {

constexpr int kMaxRateDecimals = 18;
constexpr int kMaxCurrencyDecimals = 4;
constexpr std::size_t kCurrencyCodeLength = 3;

void requireNonNegative(std::int64_t basisPoints, std::string_view field) {
    if (basisPoints < 0) {
        throw InvalidArgument(std::string(field) + " must not be negative (got " +
                              std::to_string(basisPoints) + ")");
    }
}

// The fee and tax rules on plain integers, shared by credits (micros) and currencies (minor
// units) so both follow one derivation.
CurrencyTotals deriveTotals(std::int64_t subtotal, const FeeSchedule& fees) {
    requireNonNegative(fees.platformFeeBasisPoints, "platformFeeBasisPoints");
    requireNonNegative(fees.taxBasisPoints, "taxBasisPoints");
    const std::int64_t fee =
        divRoundWide(WideInt{subtotal} * fees.platformFeeBasisPoints, kBasisPointsPerWhole);
    const std::int64_t taxable = checkedAdd(subtotal, fee, "invoice taxable amount");
    const std::int64_t tax =
        divRoundWide(WideInt{taxable} * fees.taxBasisPoints, kBasisPointsPerWhole);
    return {subtotal, fee, tax, checkedAdd(taxable, tax, "invoice total")};
}

WideInt powerOfTen(int exponent) {
    WideInt power = 1;
    for (int i = 0; i < exponent; ++i) {
        power *= 10;
    }
    return power;
}

// Converts with a rate already validated.
std::int64_t convertedMinor(Credits amount, const CurrencyRate& rate) {
    const WideInt scaled = WideInt{amount.micros()} * rate.minorUnitsPerCreditScaled;
    return divRoundWide(scaled, Credits::kMicrosPerCredit * powerOfTen(rate.rateDecimals));
}

bool isCurrencyCode(std::string_view code) {
    return code.size() == kCurrencyCodeLength &&
           std::all_of(code.begin(), code.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
}

} // namespace

InvoiceLine InvoiceLine::priced(std::string description, std::int64_t quantity, Credits unitPrice) {
    return {std::move(description), quantity, unitPrice, unitPrice * quantity};
}

InvoiceLine InvoiceLine::withAmount(std::string description, std::int64_t quantity,
                                    Credits amount) {
    return {std::move(description), quantity, Credits{}, amount};
}

InvoiceTotals computeTotals(std::span<const InvoiceLine> lines, const FeeSchedule& fees) {
    Credits subtotal;
    for (const InvoiceLine& line : lines) {
        subtotal += line.amount;
    }
    const CurrencyTotals totals = deriveTotals(subtotal.micros(), fees);
    return {subtotal, Credits::fromMicros(totals.platformFee), Credits::fromMicros(totals.tax),
            Credits::fromMicros(totals.total)};
}

ValidationIssues validate(const CurrencyRate& rate) {
    ValidationIssues issues;
    if (rate.minorUnitsPerCreditScaled < 1) {
        issues.push_back(
            {"minorUnitsPerCreditScaled", "positive",
             "must be at least 1 (got " + std::to_string(rate.minorUnitsPerCreditScaled) + ")"});
    }
    if (rate.rateDecimals < 0 || rate.rateDecimals > kMaxRateDecimals) {
        issues.push_back(
            {"rateDecimals", "range",
             "must be between 0 and 18 (got " + std::to_string(rate.rateDecimals) + ")"});
    }
    if (rate.currencyDecimals < 0 || rate.currencyDecimals > kMaxCurrencyDecimals) {
        issues.push_back(
            {"currencyDecimals", "range",
             "must be between 0 and 4 (got " + std::to_string(rate.currencyDecimals) + ")"});
    }
    if (!isCurrencyCode(rate.currency)) {
        issues.push_back({"currency", "format",
                          "\"" + rate.currency + "\" must be three letters A-Z, such as EUR"});
    }
    return issues;
}

std::int64_t toCurrencyMinor(Credits amount, const CurrencyRate& rate) {
    throwIfInvalid(validate(rate));
    return convertedMinor(amount, rate);
}

CurrencyTotals currencyTotals(std::span<const std::int64_t> lineAmounts, const FeeSchedule& fees) {
    std::int64_t subtotal = 0;
    for (const std::int64_t amount : lineAmounts)
        subtotal = checkedAdd(subtotal, amount, "converted invoice subtotal");
    return deriveTotals(subtotal, fees);
}

ConvertedInvoice convertInvoice(std::span<const InvoiceLine> lines, const FeeSchedule& fees,
                                const CurrencyRate& rate) {
    throwIfInvalid(validate(rate));
    ConvertedInvoice invoice{rate.currency, {}, {}};
    invoice.lineAmounts.reserve(lines.size());
    std::int64_t subtotal = 0;
    for (const InvoiceLine& line : lines) {
        const std::int64_t converted = convertedMinor(line.amount, rate);
        invoice.lineAmounts.push_back(converted);
        subtotal = checkedAdd(subtotal, converted, "converted invoice subtotal");
    }
    invoice.totals = deriveTotals(subtotal, fees);
    return invoice;
}

} // namespace meterdesk::billing

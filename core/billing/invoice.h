#pragma once

#include <billing/money.h>
#include <billing/validation.h>

#include <cstdint>
#include <span>
#include <string>
#include <vector>

// Invoice arithmetic: line amounts, platform fee, tax and totals, in credits and converted to
// a fiat currency. Every rounding is divRound.
namespace meterdesk::billing {

inline constexpr std::int64_t kDefaultPlatformFeeBasisPoints = 250; // 2.5 %

struct InvoiceLine {
    std::string description;
    std::int64_t quantity = 0;
    Credits unitPrice;
    Credits amount;

    // amount = quantity × unitPrice (checked).
    static InvoiceLine priced(std::string description, std::int64_t quantity, Credits unitPrice);
    // A line whose amount comes from a pricing model (tiers, packages) rather than one unit
    // price; unitPrice stays zero.
    static InvoiceLine withAmount(std::string description, std::int64_t quantity, Credits amount);
};

// The fee is charged on the subtotal, tax on the subtotal plus the fee.
struct FeeSchedule {
    std::int64_t platformFeeBasisPoints = kDefaultPlatformFeeBasisPoints;
    std::int64_t taxBasisPoints = 0;
};

struct InvoiceTotals {
    Credits subtotal;
    Credits platformFee;
    Credits tax;
    Credits total;

    friend bool operator==(const InvoiceTotals&, const InvoiceTotals&) = default;
};

// subtotal = Σ amounts; platformFee = applyBasisPoints(subtotal, fee bp);
// tax = applyBasisPoints(subtotal + platformFee, tax bp); total = their sum.
// Throws InvalidArgument for negative basis points, OverflowError on overflow.
InvoiceTotals computeTotals(std::span<const InvoiceLine> lines, const FeeSchedule& fees = {});

// The price of one credit in a currency's minor units (cents), as the integer
// minorUnitsPerCreditScaled / 10^rateDecimals: EUR 0.012345 per credit is 1.2345 cents, stored
// as 12345 with rateDecimals 4, currencyDecimals 2 and currency "EUR".
struct CurrencyRate {
    std::int64_t minorUnitsPerCreditScaled = 0;
    int rateDecimals = 0;
    int currencyDecimals = 2;
    std::string currency;
};

// Fields "minorUnitsPerCreditScaled" ("positive"), "rateDecimals" ("range", 0..18),
// "currencyDecimals" ("range", 0..4) and "currency" ("format", three letters A-Z).
ValidationIssues validate(const CurrencyRate& rate);

// divRound(micros × minorUnitsPerCreditScaled, 10^6 × 10^rateDecimals), 128-bit intermediates.
// Throws ValidationError for an invalid rate, OverflowError when the result exceeds 64 bits.
std::int64_t toCurrencyMinor(Credits amount, const CurrencyRate& rate);

struct CurrencyTotals {
    std::int64_t subtotal = 0;
    std::int64_t platformFee = 0;
    std::int64_t tax = 0;
    std::int64_t total = 0;

    friend bool operator==(const CurrencyTotals&, const CurrencyTotals&) = default;
};

// An invoice in a currency's minor units. Each line is converted on its own and the totals
// are derived from the converted lines with the same fee and tax rules, so the printed lines
// always add up to the printed subtotal.
struct ConvertedInvoice {
    std::string currency;
    std::vector<std::int64_t> lineAmounts;
    CurrencyTotals totals;
};

ConvertedInvoice convertInvoice(std::span<const InvoiceLine> lines, const FeeSchedule& fees,
                                const CurrencyRate& rate);

// The fee and tax rules of computeTotals on line amounts already in minor units, for an invoice
// whose converted lines were adjusted (see store::composeInvoice: an allowance that pays for all
// the usage takes the usage's converted amounts, so nothing is due in the currency either).
CurrencyTotals currencyTotals(std::span<const std::int64_t> lineAmounts, const FeeSchedule& fees);

} // namespace meterdesk::billing

#pragma once

#include <billing/money.h>
#include <billing/validation.h>

#include <chrono>
#include <optional>
#include <span>
#include <string>
#include <string_view>

// The prepaid-credit ledger: a tenant's balance is the sum of its entries, never a stored
// number that could drift from them.
namespace meterdesk::billing {

// Sign rules, checked by validate():
//   Grant, TopUp, Refund  add credits:     amount > 0
//   Usage, Expiry         remove credits:  amount <= 0 (a free call is a zero usage entry)
//   Adjustment            either way:      amount != 0, and a reason is required
enum class EntryKind { Grant, TopUp, Usage, Refund, Adjustment, Expiry };

// grant top_up usage refund adjustment expiry
std::string_view toString(EntryKind kind);
std::optional<EntryKind> entryKindFromString(std::string_view text);

struct LedgerEntry {
    EntryKind kind = EntryKind::Grant;
    Credits amount;
    std::string reason;
    std::chrono::sys_seconds at{};
};

// Fields "amount" (rules "positive", "non_positive", "non_zero"), "reason" ("required") and
// "at" ("required": the Unix epoch counts as not set).
ValidationIssues validate(const LedgerEntry& entry);

// The sum of all amounts; throws OverflowError rather than wrap.
Credits balance(std::span<const LedgerEntry> entries);

// How much of a month's allowance expires at the month's end. Usage consumes the allowance
// before purchased credits, so what is left is granted − used (not below zero), and no more
// than the balance actually holds (not below zero either):
//   min(max(0, granted − usedInMonth), max(0, currentBalance)).
// The result is positive or zero; the Expiry entry records its negation.
Credits allowanceExpiry(Credits granted, Credits usedInMonth, Credits currentBalance);

// 00:00:00 UTC on the first day of the month holding `at`, and of the month after it.
std::chrono::sys_seconds monthStart(std::chrono::sys_seconds at);
std::chrono::sys_seconds nextMonthStart(std::chrono::sys_seconds at);

} // namespace meterdesk::billing

#include "ledger.h"

#include <billing/enum_names.h>

#include <algorithm>

namespace meterdesk::billing {

namespace {

constexpr EnumNames<EntryKind, 6> kKindNames({{
    {EntryKind::Grant, "grant"},
    {EntryKind::TopUp, "top_up"},
    {EntryKind::Usage, "usage"},
    {EntryKind::Refund, "refund"},
    {EntryKind::Adjustment, "adjustment"},
    {EntryKind::Expiry, "expiry"},
}});

std::string got(Credits amount) {
    return " (got " + amount.toString() + ")";
}

void checkSign(const LedgerEntry& entry, ValidationIssues& issues) {
    const std::string kind(toString(entry.kind));
    switch (entry.kind) {
    case EntryKind::Grant:
    case EntryKind::TopUp:
    case EntryKind::Refund:
        if (!entry.amount.isPositive()) {
            issues.push_back(
                {"amount", "positive", "a " + kind + " must add credits" + got(entry.amount)});
        }
        break;
    case EntryKind::Usage:
    case EntryKind::Expiry:
        if (entry.amount.isPositive()) {
            issues.push_back({"amount", "non_positive",
                              "a " + kind + " must not add credits" + got(entry.amount)});
        }
        break;
    case EntryKind::Adjustment:
        if (entry.amount.isZero()) {
            issues.push_back({"amount", "non_zero", "an adjustment must change the balance"});
        }
        break;
    }
}

} // namespace

std::string_view toString(EntryKind kind) {
    return kKindNames.nameOf(kind);
}

std::optional<EntryKind> entryKindFromString(std::string_view text) {
    return kKindNames.valueOf(text);
}

ValidationIssues validate(const LedgerEntry& entry) {
    ValidationIssues issues;
    checkSign(entry, issues);
    if (entry.kind == EntryKind::Adjustment && entry.reason.empty()) {
        issues.push_back({"reason", "required", "an adjustment needs a reason"});
    }
    if (entry.at == std::chrono::sys_seconds{}) {
        issues.push_back({"at", "required", "the entry time is required"});
    }
    return issues;
}

Credits balance(std::span<const LedgerEntry> entries) {
    Credits sum;
    for (const LedgerEntry& entry : entries) {
        sum += entry.amount;
    }
    return sum;
}

Credits allowanceExpiry(Credits granted, Credits usedInMonth, Credits currentBalance) {
    const Credits unusedAllowance = std::max(Credits{}, granted - usedInMonth);
    return std::min(unusedAllowance, std::max(Credits{}, currentBalance));
}

std::chrono::sys_seconds monthStart(std::chrono::sys_seconds at) {
    const std::chrono::year_month_day day{std::chrono::floor<std::chrono::days>(at)};
    return std::chrono::sys_days{day.year() / day.month() / 1};
}

std::chrono::sys_seconds nextMonthStart(std::chrono::sys_seconds at) {
    const std::chrono::year_month_day day{std::chrono::floor<std::chrono::days>(at)};
    return std::chrono::sys_days{(day.year() / day.month() + std::chrono::months{1}) / 1};
}

} // namespace meterdesk::billing

#include "invoice_composition.h"

#include <algorithm>

namespace meterdesk::store {

namespace {

using billing::Credits;
using std::chrono::sys_seconds;

const billing::TariffVersion* findVersion(const billing::Plan& plan, std::optional<int> number) {
    if (!number)
        return nullptr;
    const auto found = std::find_if(plan.versions.begin(), plan.versions.end(),
                                    [&](const auto& v) { return v.version == *number; });
    return found == plan.versions.end() ? nullptr : &*found;
}

// The version's list prices for an endpoint, when every method of it costs the same; an
// endpoint priced per method has no single price to print.
void setListPrices(const billing::TariffVersion* version, InvoiceItem& item) {
    if (version == nullptr)
        return;
    const billing::EndpointRule* first = nullptr;
    for (const auto& rule : version->rules) {
        if (rule.service != item.service || rule.endpoint != item.endpoint)
            continue;
        if (first != nullptr && (rule.perCall != first->perCall || rule.perUnit != first->perUnit))
            return;
        first = first == nullptr ? &rule : first;
    }
    if (first != nullptr) {
        item.perCall = first->perCall;
        item.perUnit = first->perUnit;
    }
}

std::string usageDescription(const InvoiceInputs& inputs, const UsageSlice& usage,
                             std::optional<int> version) {
    std::string text = usage.service + " " + usage.endpoint;
    if (version)
        text += " (plan " + inputs.plan.code + " v" + std::to_string(*version) + ")";
    return text;
}

void appendUsageItems(const InvoiceInputs& inputs, std::vector<InvoiceItem>& items) {
    for (const UsageSlice& usage : inputs.usage) {
        const TariffSlice& slice = inputs.slices.at(usage.slice);
        InvoiceItem item;
        item.kind = InvoiceLineKind::Usage;
        item.description = usageDescription(inputs, usage, slice.version);
        item.service = usage.service;
        item.endpoint = usage.endpoint;
        item.planVersion = slice.version;
        item.coversFrom = slice.from;
        item.coversUntil = slice.until;
        item.calls = usage.calls;
        item.units = usage.units;
        item.amount = usage.credits;
        setListPrices(findVersion(inputs.plan, slice.version), item);
        items.push_back(std::move(item));
    }
}

Credits sumOf(const std::vector<InvoiceItem>& items) {
    Credits sum;
    for (const InvoiceItem& item : items)
        sum += item.amount;
    return sum;
}

InvoiceItem creditItem(InvoiceLineKind kind, std::string description, Credits amount) {
    InvoiceItem item;
    item.kind = kind;
    item.description = std::move(description);
    item.amount = -amount;
    return item;
}

// Usage spends the allowance before purchased credits (core/billing's allowance rule), so the
// allowance pays for the period's usage up to what was granted.
void appendAllowanceItem(const InvoiceInputs& inputs, std::vector<InvoiceItem>& items) {
    const Credits covered = std::min(inputs.account.grants, sumOf(items));
    if (covered.isPositive())
        items.push_back(creditItem(InvoiceLineKind::Allowance, "Monthly allowance", covered));
}

// Refunds give back credits that were paid for; usage the allowance paid was free, so refunds
// are credited up to what is still billed, and an invoice never turns into a credit note.
void appendRefundItem(const InvoiceInputs& inputs, std::vector<InvoiceItem>& items) {
    const Credits credited = std::min(inputs.account.refunds, sumOf(items));
    if (credited.isPositive())
        items.push_back(creditItem(InvoiceLineKind::Refund, "Refunded credits", credited));
}

void appendEscrowItems(const InvoiceInputs& inputs, std::vector<InvoiceItem>& items) {
    for (const EscrowSettlement& settlement : inputs.escrowSettlements) {
        InvoiceItem item;
        item.kind = InvoiceLineKind::Escrow;
        item.description = "Escrow " + settlement.escrowId + " settled";
        item.coversFrom = settlement.decidedAt;
        item.reference = settlement.transactionHash;
        items.push_back(std::move(item));
    }
}

// Lines are converted one by one, so an allowance or refund that pays for everything billed
// before it could differ from the sum of those lines' converted amounts by rounding, leaving a
// cent due (or owed) on an invoice of zero credits. Such a line takes exactly the negated sum
// of the lines it pays for: zero credits due is zero in the currency, and the subtotal never
// goes below zero.
void offsetInTheCurrency(const Invoice& invoice, std::vector<std::int64_t>& minor) {
    Credits billed;
    std::int64_t billedMinor = 0;
    for (std::size_t i = 0; i < invoice.items.size(); ++i) {
        const InvoiceItem& item = invoice.items[i];
        const bool offset =
            item.kind == InvoiceLineKind::Allowance || item.kind == InvoiceLineKind::Refund;
        if (offset && item.amount.isNegative() && item.amount == -billed)
            minor[i] = -billedMinor;
        billed += item.amount;
        billedMinor += minor[i];
    }
}

void priceItems(Invoice& invoice) {
    std::vector<billing::InvoiceLine> lines;
    lines.reserve(invoice.items.size());
    for (const InvoiceItem& item : invoice.items)
        lines.push_back(
            billing::InvoiceLine::withAmount(item.description, item.calls, item.amount));
    invoice.totals = billing::computeTotals(lines, invoice.fees);
    auto minor = billing::convertInvoice(lines, invoice.fees, invoice.rate).lineAmounts;
    offsetInTheCurrency(invoice, minor);
    for (std::size_t i = 0; i < invoice.items.size(); ++i)
        invoice.items[i].amountMinor = minor[i];
    invoice.currencyTotals = billing::currencyTotals(minor, invoice.fees);
}

} // namespace

std::vector<TariffSlice> tariffSlices(const billing::Plan& plan, const InvoicePeriod& period) {
    std::vector<sys_seconds> starts{period.start};
    for (const auto& version : plan.versions) {
        if (version.effectiveFrom > period.start && version.effectiveFrom < period.end)
            starts.push_back(version.effectiveFrom);
    }
    std::sort(starts.begin(), starts.end());
    starts.erase(std::unique(starts.begin(), starts.end()), starts.end());

    std::vector<TariffSlice> slices;
    for (std::size_t i = 0; i < starts.size(); ++i) {
        const auto* inForce = plan.versionAt(starts[i]);
        const std::optional<int> version =
            inForce != nullptr ? std::optional(inForce->version) : std::nullopt;
        const sys_seconds until = i + 1 < starts.size() ? starts[i + 1] : period.end;
        // A version that starts and is overtaken at the same instant never serves a minute.
        if (!slices.empty() && slices.back().version == version)
            slices.back().until = until;
        else
            slices.push_back({starts[i], until, version});
    }
    return slices;
}

Invoice composeInvoice(const InvoiceInputs& inputs) {
    Invoice invoice;
    invoice.period = inputs.period;
    invoice.customer = inputs.customer;
    invoice.issuer = inputs.issuer;
    invoice.rate = inputs.rate;
    invoice.fees = inputs.fees;
    invoice.account = inputs.account;
    appendUsageItems(inputs, invoice.items);
    appendAllowanceItem(inputs, invoice.items);
    appendRefundItem(inputs, invoice.items);
    appendEscrowItems(inputs, invoice.items);
    for (std::size_t i = 0; i < invoice.items.size(); ++i)
        invoice.items[i].position = static_cast<int>(i + 1);
    priceItems(invoice);
    return invoice;
}

} // namespace meterdesk::store

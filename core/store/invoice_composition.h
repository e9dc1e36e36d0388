#pragma once

#include <billing/invoice.h>
#include <billing/money.h>
#include <billing/tariff.h>
#include <store/invoices.h>

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace meterdesk::store {

// A part of the period during which one tariff version was in force. A rollup minute belongs to
// the version in force when the minute starts.
struct TariffSlice {
    std::chrono::sys_seconds from{};
    std::chrono::sys_seconds until{};
    std::optional<int> version; // none before the plan's first version
};

// The period cut wherever a version of `plan` takes effect; one slice when none does.
std::vector<TariffSlice> tariffSlices(const billing::Plan& plan, const InvoicePeriod& period);

// One service and endpoint during one tariff slice, summed from the rollups. Credits are what
// metering charged (region multipliers included), so the invoice bills exactly what the
// balance paid.
struct UsageSlice {
    std::string service;
    std::string endpoint;
    std::size_t slice = 0; // index into the tariff slices
    std::int64_t calls = 0;
    std::int64_t units = 0;
    billing::Credits credits;
};

struct EscrowSettlement {
    std::string escrowId;
    std::string transactionHash;
    std::chrono::sys_seconds decidedAt{};
};

// Everything an invoice is computed from. InvoiceRun reads it from the database; composeInvoice
// turns it into lines and totals without touching the database.
struct InvoiceInputs {
    InvoicePeriod period;
    InvoiceCustomer customer;
    InvoiceParty issuer;
    billing::CurrencyRate rate;
    billing::FeeSchedule fees;
    billing::Plan plan;
    std::vector<TariffSlice> slices; // of `plan`, over `period`
    std::vector<UsageSlice> usage;
    CreditAccountSummary account;
    std::vector<EscrowSettlement> escrowSettlements;
};

// The draft invoice: one usage line per service, endpoint and tariff slice (in that order);
// then the monthly allowance, which pays for usage first (at most what was used); then the
// period's refunds (at most what is still billed, so the subtotal never goes below zero); then
// the escrow settlements, for reference. Totals, fee, tax and currency amounts come from
// core/billing's computeTotals and convertInvoice.
Invoice composeInvoice(const InvoiceInputs& inputs);

} // namespace meterdesk::store

#pragma once

#include <billing/invoice.h>
#include <billing/money.h>

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace pqxx {
class connection_base;
}

namespace meterdesk::store {

enum class InvoiceStatus { Draft, Issued, Void };
// draft issued void
std::string_view toString(InvoiceStatus status);
InvoiceStatus invoiceStatusFromString(std::string_view text);

// usage: one service and endpoint under one tariff version; allowance and refund: credits the
// tenant does not pay for (negative amounts); escrow: a settlement of the period, listed for
// reference with its transaction hash (amount zero).
enum class InvoiceLineKind { Usage, Allowance, Refund, Escrow };
// usage allowance refund escrow
std::string_view toString(InvoiceLineKind kind);
InvoiceLineKind invoiceLineKindFromString(std::string_view text);

// A half-open interval of UTC instants [start, end).
struct InvoicePeriod {
    std::chrono::sys_seconds start{};
    std::chrono::sys_seconds end{};

    // The calendar month (UTC); throws billing::InvalidArgument for a month outside 1..12.
    static InvoicePeriod month(int year, unsigned month);
    // Reads "2026-11"; throws billing::ParseError quoting anything else.
    static InvoicePeriod parseMonth(std::string_view text);
    // "2026-11" for a calendar month, "2026-11-03..2026-11-17" (end exclusive) otherwise.
    std::string label() const;

    friend bool operator==(const InvoicePeriod&, const InvoicePeriod&) = default;
};

struct InvoiceParty {
    std::string name;
    std::string address; // lines separated by '\n'
    std::string email;
    std::string taxId;
};

// The tenant as it was when the invoice was made.
struct InvoiceCustomer {
    std::int64_t tenantId = 0;
    std::string slug;
    std::string name;
    std::string email;
    std::string region;
    std::string planCode;
};

struct InvoiceItem {
    int position = 0;
    InvoiceLineKind kind = InvoiceLineKind::Usage;
    std::string description; // English, language-neutral for machines; renderers localise
    std::string service;
    std::string endpoint;
    std::optional<int> planVersion;
    std::optional<std::chrono::sys_seconds> coversFrom;
    std::optional<std::chrono::sys_seconds> coversUntil;
    std::int64_t calls = 0;
    std::int64_t units = 0;
    std::optional<billing::Credits> perCall; // list prices, when one price serves the endpoint
    std::optional<billing::Credits> perUnit;
    billing::Credits amount;
    std::int64_t amountMinor = 0; // in the invoice's currency
    std::string reference;        // an escrow settlement's transaction hash

    friend bool operator==(const InvoiceItem&, const InvoiceItem&) = default;
};

// The tenant's credit account in the period, from the ledger: a statement, not billed.
struct CreditAccountSummary {
    billing::Credits topUps;
    billing::Credits grants;
    billing::Credits refunds;
    billing::Credits usage; // negative, as the ledger records it
    billing::Credits adjustments;
    billing::Credits expired; // negative

    friend bool operator==(const CreditAccountSummary&, const CreditAccountSummary&) = default;
};

struct Invoice {
    std::int64_t id = 0; // 0 until saved
    InvoiceStatus status = InvoiceStatus::Draft;
    std::optional<std::string> number;
    std::optional<std::int64_t> creditNoteFor;
    std::optional<std::string> creditNoteForNumber; // the number of the invoice it corrects
    InvoicePeriod period;
    InvoiceCustomer customer;
    InvoiceParty issuer;
    billing::CurrencyRate rate;
    billing::FeeSchedule fees;
    std::vector<InvoiceItem> items;
    billing::InvoiceTotals totals;
    billing::CurrencyTotals currencyTotals;
    CreditAccountSummary account;
    std::string contentSha256;
    std::optional<std::chrono::sys_seconds> issuedAt;
    std::string issuedBy;
    std::optional<std::chrono::sys_seconds> voidedAt;
    std::string voidReason;

    bool isCreditNote() const { return creditNoteFor.has_value(); }
};

struct InvoiceQuery {
    std::optional<InvoicePeriod> period;
    std::optional<std::int64_t> tenantId;
    std::optional<InvoiceStatus> status;
};

// Invoices in the metering database. The database enforces the rules: an invoice is saved as a
// draft, issued (which gives it the next gapless number of the year and seals its content with
// a SHA-256) and possibly voided; issued invoices refuse every other change. Each call is one
// transaction; errors come as StoreError (an issued invoice's change: ConstraintViolated).
class InvoiceRepository {
public:
    explicit InvoiceRepository(pqxx::connection_base& connection);

    // Saves a built invoice as a draft, replacing the tenant's earlier draft of the period.
    // Refused (ConstraintViolated) when the period already has an issued invoice.
    Invoice saveDraft(const Invoice& built);
    // Saves and issues a built invoice in one transaction.
    Invoice issueNew(const Invoice& built);
    Invoice issue(std::int64_t tenantId, std::int64_t invoiceId);
    Invoice voidInvoice(std::int64_t tenantId, std::int64_t invoiceId, const std::string& reason);
    // Drafts the credit note correcting an issued invoice; issue it with issue().
    Invoice draftCreditNote(std::int64_t tenantId, std::int64_t invoiceId);
    // Deletes a draft; false when there was none with that id.
    bool discardDraft(std::int64_t tenantId, std::int64_t invoiceId);

    std::optional<Invoice> find(std::int64_t tenantId, std::int64_t invoiceId) const;
    std::optional<Invoice> findByNumber(const std::string& number) const;
    // Newest period first, then by tenant; headers only (items left empty).
    std::vector<Invoice> list(const InvoiceQuery& query) const;

private:
    pqxx::connection_base& connection_;
};

} // namespace meterdesk::store

#pragma once

#include <billing/money.h>
#include <store/invoices.h>

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace pqxx {
class connection_base;
}

namespace meterdesk::store {

// What the operator works through for one period: every invoice made for it (drafts, issued,
// void, credit notes) and every tenant with usage in it that has no live invoice yet, so that
// the tenants still to be invoiced are in the same list as the invoices.
enum class InvoiceListFilter {
    All,
    NotInvoiced, // tenants with usage in the period and no draft or issued invoice
    Draft,
    Issued,
    Void
};

struct InvoiceListQuery {
    InvoicePeriod period;
    std::string tenantSearch; // part of the tenant's slug or name, any case; empty: every tenant
    InvoiceListFilter filter = InvoiceListFilter::All;
};

struct InvoiceListRow {
    std::int64_t tenantId = 0;
    std::string tenantSlug;
    std::string tenantName;
    std::optional<std::int64_t> invoiceId;    // none for a tenant not invoiced yet
    std::optional<InvoiceStatus> status;      // none for a tenant not invoiced yet
    std::optional<std::string> number;        // issued and void invoices
    std::optional<std::string> creditNoteFor; // the number a credit note corrects
    billing::Credits total;
    std::int64_t totalMinor = 0;
    std::string currency; // empty for a tenant not invoiced yet
    int currencyDecimals = 2;
    std::optional<std::chrono::sys_seconds> issuedAt;
    std::string voidReason;

    bool isInvoiced() const { return invoiceId.has_value(); }
};

// Rows are ordered by tenant slug, then tenant id, then invoice id (a tenant not invoiced yet
// comes first, with invoice id 0); the cursor is the last row's key.
struct InvoiceListCursor {
    std::string tenantSlug;
    std::int64_t tenantId = 0;
    std::int64_t invoiceId = 0;
};

struct InvoiceListPage {
    std::vector<InvoiceListRow> rows;
    std::optional<InvoiceListCursor> next; // none on the last page
};

// Reads the list a page at a time (keyset paging). A tenant counts as having usage when one
// of its rollup minutes in the period allowed a call or charged credits, which is what makes
// InvoiceRun bill it; that is one index probe per tenant, never a scan of the rollups.
class InvoiceListing {
public:
    explicit InvoiceListing(pqxx::connection_base& connection);

    // Throws billing::InvalidArgument for a limit below 1.
    InvoiceListPage page(const InvoiceListQuery& query,
                         const std::optional<InvoiceListCursor>& after, int limit) const;

private:
    pqxx::connection_base& connection_;
};

// The number an invoice issued now would get ("MD-2026-000043"), unless another one is issued
// first: for telling the operator before issuing, never for numbering (meter.issue_invoice
// numbers, in the issuing transaction).
std::string nextInvoiceNumber(pqxx::connection_base& connection);

} // namespace meterdesk::store

#include "invoice_listing.h"

#include "errors.h"
#include "sql_values.h"

#include <billing/errors.h>

#include <pqxx/pqxx>

namespace meterdesk::store {

namespace {

// Invoices of the period and tenants still to invoice, in one keyed order. The second branch
// mirrors InvoiceRun's choice of tenants (usage in the period) and the unique index
// invoices_one_per_period (a live invoice is a draft or issued one that is not a credit note).
constexpr const char* kListSql = R"(
    WITH listed AS (
        SELECT t.slug, t.tenant_id, i.invoice_id, i.status, t.name, i.number,
               (SELECT o.number FROM meter.invoices o
                 WHERE o.tenant_id = i.tenant_id AND o.invoice_id = i.credit_note_for) AS credit_note_for,
               i.total_ucr, i.total_minor, i.currency, i.currency_decimals,
               extract(epoch FROM i.issued_at)::bigint AS issued_at, coalesce(i.void_reason, '') AS void_reason
          FROM meter.invoices i
          JOIN meter.tenants t ON t.tenant_id = i.tenant_id
         WHERE i.period_start = to_timestamp($1) AND i.period_end = to_timestamp($2)
        UNION ALL
        SELECT t.slug, t.tenant_id, 0, 'not_invoiced', t.name, NULL, NULL, 0, 0, '', 2, NULL, ''
          FROM meter.tenants t
         WHERE EXISTS (SELECT 1 FROM meter.usage_rollups r
                        WHERE r.tenant_id = t.tenant_id
                          AND r.minute >= to_timestamp($1) AND r.minute < to_timestamp($2)
                          AND (r.allowed_calls > 0 OR r.credits_ucr <> 0))
           AND NOT EXISTS (SELECT 1 FROM meter.invoices i
                            WHERE i.tenant_id = t.tenant_id AND i.period_start = to_timestamp($1)
                              AND i.period_end = to_timestamp($2) AND i.status <> 'void'
                              AND i.credit_note_for IS NULL))
    SELECT * FROM listed
     WHERE ($3 = '' OR slug ILIKE $4 OR name ILIKE $4)
       AND ($5::text IS NULL OR status = $5)
       AND ($6::text IS NULL OR (slug, tenant_id, invoice_id) > ($6::text, $7::bigint, $8::bigint))
     ORDER BY slug, tenant_id, invoice_id
     LIMIT $9)";

std::optional<std::string> statusText(InvoiceListFilter filter) {
    switch (filter) {
    case InvoiceListFilter::All:
        return std::nullopt;
    case InvoiceListFilter::NotInvoiced:
        return "not_invoiced";
    case InvoiceListFilter::Draft:
        return std::string(toString(InvoiceStatus::Draft));
    case InvoiceListFilter::Issued:
        return std::string(toString(InvoiceStatus::Issued));
    case InvoiceListFilter::Void:
        return std::string(toString(InvoiceStatus::Void));
    }
    return std::nullopt;
}

InvoiceListRow rowFrom(const pqxx::row& row) {
    InvoiceListRow listed;
    listed.tenantSlug = row["slug"].as<std::string>();
    listed.tenantId = row["tenant_id"].as<std::int64_t>();
    listed.tenantName = row["name"].as<std::string>();
    const auto invoiceId = row["invoice_id"].as<std::int64_t>();
    if (invoiceId != 0) {
        listed.invoiceId = invoiceId;
        listed.status = invoiceStatusFromString(row["status"].as<std::string>());
    }
    listed.number = sql::optionalText(row["number"]);
    listed.creditNoteFor = sql::optionalText(row["credit_note_for"]);
    listed.total = billing::Credits::fromMicros(row["total_ucr"].as<std::int64_t>());
    listed.totalMinor = row["total_minor"].as<std::int64_t>();
    listed.currency = row["currency"].as<std::string>();
    listed.currencyDecimals = row["currency_decimals"].as<int>();
    listed.issuedAt = sql::optionalSeconds(row["issued_at"]);
    listed.voidReason = row["void_reason"].as<std::string>();
    return listed;
}

} // namespace

InvoiceListing::InvoiceListing(pqxx::connection_base& connection)
    : connection_(connection) {}

InvoiceListPage InvoiceListing::page(const InvoiceListQuery& query,
                                     const std::optional<InvoiceListCursor>& after,
                                     int limit) const {
    if (limit < 1) {
        throw billing::InvalidArgument("limit must be at least 1 (got " + std::to_string(limit) +
                                       ")");
    }
    return translatingErrors([&] {
        const std::optional<std::string> cursorSlug =
            after ? std::optional(after->tenantSlug) : std::nullopt;
        pqxx::read_transaction read(connection_);
        const auto rows =
            read.exec_params(kListSql, sql::epoch(query.period.start), sql::epoch(query.period.end),
                             query.tenantSearch, sql::likePattern(query.tenantSearch),
                             sql::nullable(statusText(query.filter)), sql::nullable(cursorSlug),
                             after ? after->tenantId : 0, after ? after->invoiceId : 0, limit + 1);
        InvoiceListPage page;
        for (const auto& row : rows) {
            if (static_cast<int>(page.rows.size()) == limit) {
                const InvoiceListRow& last = page.rows.back();
                page.next =
                    InvoiceListCursor{last.tenantSlug, last.tenantId, last.invoiceId.value_or(0)};
                break;
            }
            page.rows.push_back(rowFrom(row));
        }
        return page;
    });
}

std::string nextInvoiceNumber(pqxx::connection_base& connection) {
    return translatingErrors([&] {
        pqxx::read_transaction read(connection);
        // The same format as meter.issue_invoice: at least six digits.
        return read
            .exec1(R"(SELECT format('MD-%s-%s', y.year,
                                    lpad(n.next::text, greatest(6, length(n.next::text)), '0'))
                        FROM (SELECT extract(year FROM now() AT TIME ZONE 'UTC')::integer AS year) y,
                             LATERAL (SELECT coalesce((SELECT last_number FROM meter.invoice_numbers
                                                        WHERE year = y.year), 0) + 1 AS next) n)")
                [0]
            .as<std::string>();
    });
}

} // namespace meterdesk::store

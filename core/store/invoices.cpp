#include "invoices.h"

#include "errors.h"
#include "sql_values.h"

#include <billing/errors.h>
#include <billing/ledger.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <pqxx/pqxx>

#include <charconv>

namespace meterdesk::store {

namespace {

using billing::Credits;
using std::chrono::sys_seconds;

constexpr const char* headerColumns = R"(
    i.tenant_id, i.invoice_id, i.status, i.number, i.credit_note_for,
    (SELECT o.number FROM meter.invoices o
      WHERE o.tenant_id = i.tenant_id AND o.invoice_id = i.credit_note_for) AS credit_note_for_number,
    extract(epoch FROM i.period_start)::bigint AS period_start,
    extract(epoch FROM i.period_end)::bigint AS period_end,
    i.tenant_slug, i.tenant_name, i.tenant_email, i.tenant_region, i.plan_code,
    i.issuer_name, i.issuer_address, i.issuer_email, i.issuer_tax_id,
    i.currency, i.minor_units_per_credit_scaled, i.rate_decimals, i.currency_decimals,
    i.platform_fee_basis_points, i.tax_basis_points,
    i.subtotal_ucr, i.platform_fee_ucr, i.tax_ucr, i.total_ucr,
    i.subtotal_minor, i.platform_fee_minor, i.tax_minor, i.total_minor,
    i.top_ups_ucr, i.grants_ucr, i.refunds_ucr, i.usage_ucr, i.adjustments_ucr, i.expired_ucr,
    coalesce(i.content_sha256, '') AS content_sha256,
    extract(epoch FROM i.issued_at)::bigint AS issued_at, coalesce(i.issued_by, '') AS issued_by,
    extract(epoch FROM i.voided_at)::bigint AS voided_at, coalesce(i.void_reason, '') AS void_reason
    FROM meter.invoices i )";

Credits creditsAt(const pqxx::row& row, const char* column) {
    return Credits::fromMicros(row[column].as<std::int64_t>());
}

std::optional<Credits> optionalCredits(const pqxx::field& field) {
    if (field.is_null())
        return std::nullopt;
    return Credits::fromMicros(field.as<std::int64_t>());
}

Invoice headerFromRow(const pqxx::row& row) {
    Invoice invoice;
    invoice.id = row["invoice_id"].as<std::int64_t>();
    invoice.status = invoiceStatusFromString(row["status"].as<std::string>());
    invoice.number = sql::optionalText(row["number"]);
    if (!row["credit_note_for"].is_null())
        invoice.creditNoteFor = row["credit_note_for"].as<std::int64_t>();
    invoice.creditNoteForNumber = sql::optionalText(row["credit_note_for_number"]);
    invoice.period = {sql::timestamp(row["period_start"]), sql::timestamp(row["period_end"])};
    invoice.customer = {
        row["tenant_id"].as<std::int64_t>(),    row["tenant_slug"].as<std::string>(),
        row["tenant_name"].as<std::string>(),   row["tenant_email"].as<std::string>(),
        row["tenant_region"].as<std::string>(), row["plan_code"].as<std::string>()};
    invoice.issuer = {row["issuer_name"].as<std::string>(), row["issuer_address"].as<std::string>(),
                      row["issuer_email"].as<std::string>(),
                      row["issuer_tax_id"].as<std::string>()};
    invoice.rate = {row["minor_units_per_credit_scaled"].as<std::int64_t>(),
                    row["rate_decimals"].as<int>(), row["currency_decimals"].as<int>(),
                    row["currency"].as<std::string>()};
    invoice.fees = {row["platform_fee_basis_points"].as<std::int64_t>(),
                    row["tax_basis_points"].as<std::int64_t>()};
    invoice.totals = {creditsAt(row, "subtotal_ucr"), creditsAt(row, "platform_fee_ucr"),
                      creditsAt(row, "tax_ucr"), creditsAt(row, "total_ucr")};
    invoice.currencyTotals = {
        row["subtotal_minor"].as<std::int64_t>(), row["platform_fee_minor"].as<std::int64_t>(),
        row["tax_minor"].as<std::int64_t>(), row["total_minor"].as<std::int64_t>()};
    invoice.account = {creditsAt(row, "top_ups_ucr"),     creditsAt(row, "grants_ucr"),
                       creditsAt(row, "refunds_ucr"),     creditsAt(row, "usage_ucr"),
                       creditsAt(row, "adjustments_ucr"), creditsAt(row, "expired_ucr")};
    invoice.contentSha256 = row["content_sha256"].as<std::string>();
    invoice.issuedAt = sql::optionalSeconds(row["issued_at"]);
    invoice.issuedBy = row["issued_by"].as<std::string>();
    invoice.voidedAt = sql::optionalSeconds(row["voided_at"]);
    invoice.voidReason = row["void_reason"].as<std::string>();
    return invoice;
}

InvoiceItem itemFromRow(const pqxx::row& row) {
    InvoiceItem item;
    item.position = row["position"].as<int>();
    item.kind = invoiceLineKindFromString(row["kind"].as<std::string>());
    item.description = row["description"].as<std::string>();
    item.service = row["service"].as<std::string>();
    item.endpoint = row["endpoint"].as<std::string>();
    if (!row["plan_version"].is_null())
        item.planVersion = row["plan_version"].as<int>();
    item.coversFrom = sql::optionalSeconds(row["covers_from"]);
    item.coversUntil = sql::optionalSeconds(row["covers_until"]);
    item.calls = row["calls"].as<std::int64_t>();
    item.units = row["units"].as<std::int64_t>();
    item.perCall = optionalCredits(row["per_call_ucr"]);
    item.perUnit = optionalCredits(row["per_unit_ucr"]);
    item.amount = creditsAt(row, "amount_ucr");
    item.amountMinor = row["amount_minor"].as<std::int64_t>();
    item.reference = row["reference"].as<std::string>();
    return item;
}

std::vector<InvoiceItem> readItems(pqxx::transaction_base& tx, std::int64_t tenantId,
                                   std::int64_t invoiceId) {
    std::vector<InvoiceItem> items;
    for (const auto& row : tx.exec_params(
             R"(SELECT position, kind, description, coalesce(service, '') AS service,
                       coalesce(endpoint, '') AS endpoint, plan_version,
                       extract(epoch FROM covers_from)::bigint AS covers_from,
                       extract(epoch FROM covers_until)::bigint AS covers_until,
                       calls, units, per_call_ucr, per_unit_ucr, amount_ucr, amount_minor,
                       coalesce(reference, '') AS reference
                  FROM meter.invoice_lines WHERE tenant_id = $1 AND invoice_id = $2
                 ORDER BY position)",
             tenantId, invoiceId))
        items.push_back(itemFromRow(row));
    return items;
}

template <typename... Params>
std::optional<Invoice> readInvoice(pqxx::transaction_base& tx, const std::string& where,
                                   const Params&... params) {
    const auto rows = tx.exec_params(std::string("SELECT ") + headerColumns + where, params...);
    if (rows.empty())
        return std::nullopt;
    Invoice invoice = headerFromRow(rows[0]);
    invoice.items = readItems(tx, invoice.customer.tenantId, invoice.id);
    return invoice;
}

QJsonValue optionalJson(const std::optional<Credits>& amount) {
    return amount ? QJsonValue(static_cast<qint64>(amount->micros())) : QJsonValue();
}

QJsonValue optionalJson(const std::optional<sys_seconds>& at) {
    return at ? QJsonValue(static_cast<qint64>(sql::epoch(*at))) : QJsonValue();
}

// The items as one JSON document, so that any number of lines is stored by one statement.
std::string itemsAsJson(const std::vector<InvoiceItem>& items) {
    QJsonArray array;
    for (const InvoiceItem& item : items) {
        array.append(QJsonObject{
            {"position", item.position},
            {"kind", QString::fromUtf8(toString(item.kind))},
            {"description", QString::fromStdString(item.description)},
            {"service", QString::fromStdString(item.service)},
            {"endpoint", QString::fromStdString(item.endpoint)},
            {"plan_version", item.planVersion ? QJsonValue(*item.planVersion) : QJsonValue()},
            {"covers_from", optionalJson(item.coversFrom)},
            {"covers_until", optionalJson(item.coversUntil)},
            {"calls", static_cast<qint64>(item.calls)},
            {"units", static_cast<qint64>(item.units)},
            {"per_call_ucr", optionalJson(item.perCall)},
            {"per_unit_ucr", optionalJson(item.perUnit)},
            {"amount_ucr", static_cast<qint64>(item.amount.micros())},
            {"amount_minor", static_cast<qint64>(item.amountMinor)},
            {"reference", QString::fromStdString(item.reference)},
        });
    }
    return QJsonDocument(array).toJson(QJsonDocument::Compact).toStdString();
}

// A draft must not replace an issued invoice of the same period: say which one is in the way.
void refuseIfAlreadyIssued(pqxx::work& work, const Invoice& built) {
    const auto issued = work.exec_params(
        R"(SELECT number FROM meter.invoices
            WHERE tenant_id = $1 AND period_start = to_timestamp($2) AND period_end = to_timestamp($3)
              AND status = 'issued' AND credit_note_for IS NULL)",
        built.customer.tenantId, sql::epoch(built.period.start), sql::epoch(built.period.end));
    if (!issued.empty()) {
        throw StoreError(StoreError::Kind::ConstraintViolated,
                         "tenant " + built.customer.slug + " already has invoice " +
                             issued[0][0].as<std::string>() + " for " + built.period.label() +
                             ": void it before invoicing the period again");
    }
}

std::int64_t insertDraft(pqxx::work& work, const Invoice& built) {
    refuseIfAlreadyIssued(work, built);
    work.exec_params(R"(DELETE FROM meter.invoices
                         WHERE tenant_id = $1 AND period_start = to_timestamp($2)
                           AND period_end = to_timestamp($3) AND status = 'draft'
                           AND credit_note_for IS NULL)",
                     built.customer.tenantId, sql::epoch(built.period.start),
                     sql::epoch(built.period.end));
    const auto& c = built.customer;
    const auto& s = built.issuer;
    const auto& t = built.totals;
    const auto& m = built.currencyTotals;
    const auto& a = built.account;
    const auto id =
        work.exec_params1(
                R"(INSERT INTO meter.invoices (
                       tenant_id, period_start, period_end, tenant_slug, tenant_name, tenant_email,
                       tenant_region, plan_code, issuer_name, issuer_address, issuer_email, issuer_tax_id,
                       currency, minor_units_per_credit_scaled, rate_decimals, currency_decimals,
                       platform_fee_basis_points, tax_basis_points,
                       subtotal_ucr, platform_fee_ucr, tax_ucr, total_ucr,
                       subtotal_minor, platform_fee_minor, tax_minor, total_minor,
                       top_ups_ucr, grants_ucr, refunds_ucr, usage_ucr, adjustments_ucr, expired_ucr)
                   VALUES ($1, to_timestamp($2), to_timestamp($3), $4, $5, $6, $7, $8, $9, $10, $11,
                           $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25,
                           $26, $27, $28, $29, $30, $31, $32)
                   RETURNING invoice_id)",
                c.tenantId, sql::epoch(built.period.start), sql::epoch(built.period.end), c.slug,
                c.name, c.email, c.region, c.planCode, s.name, s.address, s.email, s.taxId,
                built.rate.currency, built.rate.minorUnitsPerCreditScaled, built.rate.rateDecimals,
                built.rate.currencyDecimals, built.fees.platformFeeBasisPoints,
                built.fees.taxBasisPoints, t.subtotal.micros(), t.platformFee.micros(),
                t.tax.micros(), t.total.micros(), m.subtotal, m.platformFee, m.tax, m.total,
                a.topUps.micros(), a.grants.micros(), a.refunds.micros(), a.usage.micros(),
                a.adjustments.micros(), a.expired.micros())[0]
            .as<std::int64_t>();
    work.exec_params(
        R"(INSERT INTO meter.invoice_lines (
               tenant_id, invoice_id, position, kind, description, service, endpoint, plan_version,
               covers_from, covers_until, calls, units, per_call_ucr, per_unit_ucr, amount_ucr,
               amount_minor, reference)
           SELECT $1, $2, l.position, l.kind, l.description, nullif(l.service, ''),
                  nullif(l.endpoint, ''), l.plan_version, to_timestamp(l.covers_from),
                  to_timestamp(l.covers_until), l.calls, l.units, l.per_call_ucr, l.per_unit_ucr,
                  l.amount_ucr, l.amount_minor, nullif(l.reference, '')
             FROM jsonb_to_recordset($3::jsonb) AS l (
                  position integer, kind text, description text, service text, endpoint text,
                  plan_version integer, covers_from bigint, covers_until bigint, calls bigint,
                  units bigint, per_call_ucr bigint, per_unit_ucr bigint, amount_ucr bigint,
                  amount_minor bigint, reference text))",
        c.tenantId, id, itemsAsJson(built.items));
    return id;
}

void issueDraft(pqxx::work& work, std::int64_t tenantId, std::int64_t invoiceId) {
    work.exec_params("SELECT meter.issue_invoice($1, $2)", tenantId, invoiceId);
}

std::string twoDigits(unsigned value) {
    return (value < 10 ? "0" : "") + std::to_string(value);
}

std::string isoDate(sys_seconds at) {
    const std::chrono::year_month_day day{std::chrono::floor<std::chrono::days>(at)};
    return std::to_string(static_cast<int>(day.year())) + "-" +
           twoDigits(static_cast<unsigned>(day.month())) + "-" +
           twoDigits(static_cast<unsigned>(day.day()));
}

} // namespace

std::string_view toString(InvoiceStatus status) {
    switch (status) {
    case InvoiceStatus::Draft:
        return "draft";
    case InvoiceStatus::Issued:
        return "issued";
    case InvoiceStatus::Void:
        return "void";
    }
    throw std::logic_error("unknown invoice status");
}

InvoiceStatus invoiceStatusFromString(std::string_view text) {
    for (auto status : {InvoiceStatus::Draft, InvoiceStatus::Issued, InvoiceStatus::Void}) {
        if (toString(status) == text)
            return status;
    }
    throw StoreError(StoreError::Kind::Other, "unknown invoice status '" + std::string(text) + "'");
}

std::string_view toString(InvoiceLineKind kind) {
    switch (kind) {
    case InvoiceLineKind::Usage:
        return "usage";
    case InvoiceLineKind::Allowance:
        return "allowance";
    case InvoiceLineKind::Refund:
        return "refund";
    case InvoiceLineKind::Escrow:
        return "escrow";
    }
    throw std::logic_error("unknown invoice line kind");
}

InvoiceLineKind invoiceLineKindFromString(std::string_view text) {
    for (auto kind : {InvoiceLineKind::Usage, InvoiceLineKind::Allowance, InvoiceLineKind::Refund,
                      InvoiceLineKind::Escrow}) {
        if (toString(kind) == text)
            return kind;
    }
    throw StoreError(StoreError::Kind::Other,
                     "unknown invoice line kind '" + std::string(text) + "'");
}

InvoicePeriod InvoicePeriod::month(int year, unsigned month) {
    using namespace std::chrono;
    const year_month_day first{std::chrono::year{year}, std::chrono::month{month}, day{1}};
    if (!first.ok()) {
        throw billing::InvalidArgument("month must be between 1 and 12 (got " +
                                       std::to_string(month) + ")");
    }
    const sys_seconds start{sys_days{first}};
    return {start, billing::nextMonthStart(start)};
}

InvoicePeriod InvoicePeriod::parseMonth(std::string_view text) {
    int year = 0;
    unsigned month = 0;
    const auto isDigits = [](std::string_view part) {
        return !part.empty() && part.find_first_not_of("0123456789") == std::string_view::npos;
    };
    const bool shaped = text.size() == 7 && text[4] == '-' && isDigits(text.substr(0, 4)) &&
                        isDigits(text.substr(5, 2));
    if (shaped) {
        std::from_chars(text.data(), text.data() + 4, year);
        std::from_chars(text.data() + 5, text.data() + 7, month);
    }
    if (!shaped || month < 1 || month > 12) {
        throw billing::ParseError("period \"" + std::string(text) +
                                  "\" must be a month written YYYY-MM, such as 2026-11");
    }
    return InvoicePeriod::month(year, month);
}

std::string InvoicePeriod::label() const {
    const bool calendarMonth =
        billing::monthStart(start) == start && billing::nextMonthStart(start) == end;
    if (calendarMonth)
        return isoDate(start).substr(0, 7);
    return isoDate(start) + ".." + isoDate(end);
}

InvoiceRepository::InvoiceRepository(pqxx::connection_base& connection)
    : connection_(connection) {}

Invoice InvoiceRepository::saveDraft(const Invoice& built) {
    const auto id = translatingErrors([&] {
        pqxx::work work(connection_);
        const auto saved = insertDraft(work, built);
        work.commit();
        return saved;
    });
    return find(built.customer.tenantId, id).value();
}

Invoice InvoiceRepository::issueNew(const Invoice& built) {
    const auto id = translatingErrors([&] {
        pqxx::work work(connection_);
        const auto saved = insertDraft(work, built);
        // Last, so that the year's number stays locked for as short a time as possible.
        issueDraft(work, built.customer.tenantId, saved);
        work.commit();
        return saved;
    });
    return find(built.customer.tenantId, id).value();
}

Invoice InvoiceRepository::issue(std::int64_t tenantId, std::int64_t invoiceId) {
    translatingErrors([&] {
        pqxx::work work(connection_);
        issueDraft(work, tenantId, invoiceId);
        work.commit();
    });
    return find(tenantId, invoiceId).value();
}

Invoice InvoiceRepository::voidInvoice(std::int64_t tenantId, std::int64_t invoiceId,
                                       const std::string& reason) {
    translatingErrors([&] {
        pqxx::work work(connection_);
        work.exec_params("SELECT meter.void_invoice($1, $2, $3)", tenantId, invoiceId, reason);
        work.commit();
    });
    return find(tenantId, invoiceId).value();
}

Invoice InvoiceRepository::draftCreditNote(std::int64_t tenantId, std::int64_t invoiceId) {
    const auto noteId = translatingErrors([&] {
        pqxx::work work(connection_);
        const auto id =
            work.exec_params1("SELECT meter.draft_credit_note($1, $2)", tenantId, invoiceId)[0]
                .as<std::int64_t>();
        work.commit();
        return id;
    });
    return find(tenantId, noteId).value();
}

bool InvoiceRepository::discardDraft(std::int64_t tenantId, std::int64_t invoiceId) {
    return translatingErrors([&] {
        pqxx::work work(connection_);
        const auto deleted =
            work.exec_params("DELETE FROM meter.invoices WHERE tenant_id = $1 AND invoice_id = $2",
                             tenantId, invoiceId);
        work.commit();
        return deleted.affected_rows() > 0;
    });
}

std::optional<Invoice> InvoiceRepository::find(std::int64_t tenantId,
                                               std::int64_t invoiceId) const {
    return translatingErrors([&] {
        pqxx::read_transaction read(connection_);
        return readInvoice(read, "WHERE i.tenant_id = $1 AND i.invoice_id = $2", tenantId,
                           invoiceId);
    });
}

std::optional<Invoice> InvoiceRepository::findByNumber(const std::string& number) const {
    return translatingErrors([&] {
        pqxx::read_transaction read(connection_);
        return readInvoice(read, "WHERE i.number = $1", number);
    });
}

std::vector<Invoice> InvoiceRepository::list(const InvoiceQuery& query) const {
    return translatingErrors([&] {
        const std::optional<std::string> status =
            query.status ? std::optional<std::string>(toString(*query.status)) : std::nullopt;
        const auto epochText = [](sys_seconds at) {
            return std::to_string(sql::epoch(at));
        };
        const std::optional<std::string> start =
            query.period ? std::optional(epochText(query.period->start)) : std::nullopt;
        const std::optional<std::string> end =
            query.period ? std::optional(epochText(query.period->end)) : std::nullopt;
        const std::optional<std::string> tenant =
            query.tenantId ? std::optional(std::to_string(*query.tenantId)) : std::nullopt;
        pqxx::read_transaction read(connection_);
        std::vector<Invoice> invoices;
        for (const auto& row : read.exec_params(
                 std::string("SELECT ") + headerColumns +
                     R"(WHERE ($1::bigint IS NULL OR i.period_start >= to_timestamp($1::bigint))
                          AND ($2::bigint IS NULL OR i.period_end <= to_timestamp($2::bigint))
                          AND ($3::bigint IS NULL OR i.tenant_id = $3::bigint)
                          AND ($4::text IS NULL OR i.status = $4)
                        ORDER BY i.period_start DESC, i.tenant_id, i.invoice_id)",
                 sql::nullable(start), sql::nullable(end), sql::nullable(tenant),
                 sql::nullable(status)))
            invoices.push_back(headerFromRow(row));
        return invoices;
    });
}

} // namespace meterdesk::store

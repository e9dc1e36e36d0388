#include "invoice_builder.h"

#include "errors.h"
#include "plans.h"
#include "sql_values.h"

#include <billing/escrow.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <pqxx/pqxx>

#include <map>

namespace meterdesk::store {

namespace {

using billing::Credits;

// One snapshot for the reads of a run, and one for each invoice's own rows.
using SnapshotRead = pqxx::transaction<pqxx::repeatable_read, pqxx::read_only>;

// The columns of meter.escrow_decisions (migration 0030) that invoices read. A database without
// them (an older schema) gives invoices without escrow settlements rather than an error.
constexpr const char* escrowColumns = "{tenant_id,escrow_id,action,tx_hash,decided_at,status}";
constexpr long kEscrowColumnCount = 6;

struct BillingSettings {
    InvoiceParty issuer;
    billing::CurrencyRate rate;
    std::int64_t platformFeeBasisPoints = 0;
    std::map<std::string, std::int64_t> taxByRegion;
};

BillingSettings readSettings(SnapshotRead& read) {
    const auto rows = read.exec(
        R"(SELECT issuer_name, issuer_address, issuer_email, issuer_tax_id, currency,
                  minor_units_per_credit_scaled, rate_decimals, currency_decimals,
                  platform_fee_basis_points
             FROM meter.billing_settings)");
    if (rows.empty()) {
        throw StoreError(StoreError::Kind::NotFound,
                         "meter.billing_settings is empty: invoices need an issuer and a rate");
    }
    const auto& row = rows[0];
    BillingSettings settings;
    settings.issuer = {row[0].as<std::string>(), row[1].as<std::string>(), row[2].as<std::string>(),
                       row[3].as<std::string>()};
    settings.rate = {row[5].as<std::int64_t>(), row[6].as<int>(), row[7].as<int>(),
                     row[4].as<std::string>()};
    settings.platformFeeBasisPoints = row[8].as<std::int64_t>();
    for (const auto& tax : read.exec("SELECT region, basis_points FROM meter.tax_rates"))
        settings.taxByRegion[tax[0].as<std::string>()] = tax[1].as<std::int64_t>();
    return settings;
}

// The plans a run needs: the tenant's, or every plan.
std::map<std::string, billing::Plan> loadPlans(pqxx::connection_base& connection,
                                               std::optional<std::int64_t> onlyTenant) {
    std::vector<std::string> codes;
    translatingErrors([&] {
        pqxx::read_transaction read(connection);
        const auto rows =
            onlyTenant
                ? read.exec_params("SELECT plan_code FROM meter.tenants WHERE tenant_id = $1",
                                   *onlyTenant)
                : read.exec("SELECT code FROM meter.plans");
        for (const auto& row : rows)
            codes.push_back(row[0].as<std::string>());
    });
    if (onlyTenant && codes.empty()) {
        throw StoreError(StoreError::Kind::NotFound,
                         "tenant " + std::to_string(*onlyTenant) + " does not exist");
    }
    std::map<std::string, billing::Plan> plans;
    PlanRepository repository(connection);
    for (const auto& code : codes)
        plans.emplace(code, repository.load(code));
    return plans;
}

// Every plan's tariff slices as rows for the usage query to join with.
std::string slicesAsJson(const std::map<std::string, std::vector<TariffSlice>>& slices) {
    QJsonArray rows;
    for (const auto& [plan, planSlices] : slices) {
        for (std::size_t i = 0; i < planSlices.size(); ++i) {
            rows.append(
                QJsonObject{{"plan_code", QString::fromStdString(plan)},
                            {"slice", static_cast<qint64>(i)},
                            {"from_s", static_cast<qint64>(sql::epoch(planSlices[i].from))},
                            {"until_s", static_cast<qint64>(sql::epoch(planSlices[i].until))}});
        }
    }
    return QJsonDocument(rows).toJson(QJsonDocument::Compact).toStdString();
}

// One pass over the period's rollups: sums per tenant, service, endpoint and tariff slice of
// the tenant's plan, in that order.
std::map<std::int64_t, std::vector<UsageSlice>> readUsage(SnapshotRead& read,
                                                          const InvoicePeriod& period,
                                                          const std::string& slices,
                                                          std::optional<std::int64_t> onlyTenant) {
    const std::optional<std::string> tenant =
        onlyTenant ? std::optional(std::to_string(*onlyTenant)) : std::nullopt;
    std::map<std::int64_t, std::vector<UsageSlice>> usage;
    for (const auto& row : read.exec_params(
             R"(SELECT r.tenant_id, s.slice, r.service, r.endpoint, sum(r.allowed_calls)::bigint,
                       sum(r.units)::bigint, sum(r.credits_ucr)::bigint
                  FROM meter.usage_rollups r
                  JOIN meter.tenants t ON t.tenant_id = r.tenant_id
                  JOIN jsonb_to_recordset($3::jsonb)
                       AS s (plan_code text, slice integer, from_s bigint, until_s bigint)
                    ON s.plan_code = t.plan_code
                   AND r.minute >= to_timestamp(s.from_s) AND r.minute < to_timestamp(s.until_s)
                 WHERE r.minute >= to_timestamp($1) AND r.minute < to_timestamp($2)
                   AND ($4::bigint IS NULL OR r.tenant_id = $4::bigint)
                 GROUP BY r.tenant_id, s.slice, r.service, r.endpoint
                HAVING sum(r.allowed_calls) > 0 OR sum(r.credits_ucr) <> 0
                 ORDER BY r.tenant_id, r.service, r.endpoint, s.slice)",
             sql::epoch(period.start), sql::epoch(period.end), slices, sql::nullable(tenant))) {
        usage[row[0].as<std::int64_t>()].push_back(
            {row[2].as<std::string>(), row[3].as<std::string>(), row[1].as<std::size_t>(),
             row[4].as<std::int64_t>(), row[5].as<std::int64_t>(),
             Credits::fromMicros(row[6].as<std::int64_t>())});
    }
    return usage;
}

std::map<std::int64_t, InvoiceCustomer> readCustomers(SnapshotRead& read,
                                                      const std::vector<std::int64_t>& ids) {
    std::string array = "{";
    for (const auto id : ids)
        array += (array.size() > 1 ? "," : "") + std::to_string(id);
    array += "}";
    std::map<std::int64_t, InvoiceCustomer> customers;
    for (const auto& row : read.exec_params(
             R"(SELECT tenant_id, slug, name, email, coalesce(region, ''), plan_code
                  FROM meter.tenants WHERE tenant_id = ANY ($1::bigint[]))",
             array)) {
        const auto id = row[0].as<std::int64_t>();
        customers[id] = {id,
                         row[1].as<std::string>(),
                         row[2].as<std::string>(),
                         row[3].as<std::string>(),
                         row[4].as<std::string>(),
                         row[5].as<std::string>()};
    }
    return customers;
}

CreditAccountSummary readAccount(SnapshotRead& read, std::int64_t tenantId,
                                 const InvoicePeriod& period) {
    const auto row = read.exec_params1(
        R"(SELECT coalesce(sum(amount_ucr) FILTER (WHERE kind = 'top_up'), 0),
                  coalesce(sum(amount_ucr) FILTER (WHERE kind = 'grant'), 0),
                  coalesce(sum(amount_ucr) FILTER (WHERE kind = 'refund'), 0),
                  coalesce(sum(amount_ucr) FILTER (WHERE kind = 'usage'), 0),
                  coalesce(sum(amount_ucr) FILTER (WHERE kind = 'adjustment'), 0),
                  coalesce(sum(amount_ucr) FILTER (WHERE kind = 'expiry'), 0)
             FROM meter.ledger
            WHERE tenant_id = $1 AND created_at >= to_timestamp($2) AND created_at < to_timestamp($3))",
        tenantId, sql::epoch(period.start), sql::epoch(period.end));
    const auto at = [&row](int column) {
        return Credits::fromMicros(row[column].as<std::int64_t>());
    };
    return {at(0), at(1), at(2), at(3), at(4), at(5)};
}

bool escrowDecisionsReadable(SnapshotRead& read) {
    return read.exec_params1(R"(SELECT count(*) FROM pg_attribute
                                 WHERE attrelid = to_regclass('meter.escrow_decisions')
                                   AND attname = ANY ($1::text[]) AND NOT attisdropped)",
                             escrowColumns)[0]
               .as<long>() == kEscrowColumnCount;
}

std::vector<EscrowSettlement> readEscrowSettlements(SnapshotRead& read, std::int64_t tenantId,
                                                    const InvoicePeriod& period) {
    std::vector<EscrowSettlement> settlements;
    for (const auto& row : read.exec_params(
             R"(SELECT escrow_id::text, tx_hash::text, extract(epoch FROM decided_at)::bigint
                  FROM meter.escrow_decisions
                 WHERE tenant_id = $1 AND action = $4 AND status = 'confirmed'
                   AND decided_at >= to_timestamp($2) AND decided_at < to_timestamp($3)
                 ORDER BY decided_at, escrow_id)",
             tenantId, sql::epoch(period.start), sql::epoch(period.end),
             std::string(billing::toString(billing::EscrowAction::Settle)))) {
        settlements.push_back(
            {row[0].as<std::string>(), row[1].as<std::string>(), sql::timestamp(row[2])});
    }
    return settlements;
}

} // namespace

struct InvoiceRun::Loaded {
    InvoicePeriod period;
    BillingSettings settings;
    std::map<std::string, billing::Plan> plans;
    std::map<std::string, std::vector<TariffSlice>> slices; // by plan code
    std::map<std::int64_t, std::vector<UsageSlice>> usage;
    std::map<std::int64_t, InvoiceCustomer> customers;
    std::vector<std::int64_t> tenants;
    bool escrowReadable = false;
};

InvoiceRun::InvoiceRun(pqxx::connection_base& connection, const InvoicePeriod& period,
                       std::optional<std::int64_t> onlyTenant) {
    auto loaded = std::make_unique<Loaded>();
    loaded->period = period;
    loaded->plans = loadPlans(connection, onlyTenant);
    for (const auto& [code, plan] : loaded->plans)
        loaded->slices[code] = tariffSlices(plan, period);
    translatingErrors([&] {
        SnapshotRead read(connection);
        loaded->settings = readSettings(read);
        loaded->usage = readUsage(read, period, slicesAsJson(loaded->slices), onlyTenant);
        if (onlyTenant) {
            loaded->tenants = {*onlyTenant};
        } else {
            for (const auto& entry : loaded->usage)
                loaded->tenants.push_back(entry.first);
        }
        loaded->customers = readCustomers(read, loaded->tenants);
        loaded->escrowReadable = escrowDecisionsReadable(read);
    });
    loaded_ = std::move(loaded);
}

InvoiceRun::~InvoiceRun() = default;

const std::vector<std::int64_t>& InvoiceRun::tenants() const {
    return loaded_->tenants;
}

Invoice InvoiceRun::build(pqxx::connection_base& connection, std::int64_t tenantId) const {
    const auto customer = loaded_->customers.find(tenantId);
    if (customer == loaded_->customers.end()) {
        throw StoreError(StoreError::Kind::NotFound,
                         "tenant " + std::to_string(tenantId) + " is not part of this invoice run");
    }
    const auto& settings = loaded_->settings;
    InvoiceInputs inputs;
    inputs.period = loaded_->period;
    inputs.customer = customer->second;
    inputs.issuer = settings.issuer;
    inputs.rate = settings.rate;
    const auto tax = settings.taxByRegion.find(inputs.customer.region);
    inputs.fees = {settings.platformFeeBasisPoints,
                   tax == settings.taxByRegion.end() ? 0 : tax->second};
    inputs.plan = loaded_->plans.at(inputs.customer.planCode);
    inputs.slices = loaded_->slices.at(inputs.customer.planCode);
    if (const auto usage = loaded_->usage.find(tenantId); usage != loaded_->usage.end())
        inputs.usage = usage->second;
    translatingErrors([&] {
        SnapshotRead read(connection);
        inputs.account = readAccount(read, tenantId, inputs.period);
        if (loaded_->escrowReadable)
            inputs.escrowSettlements = readEscrowSettlements(read, tenantId, inputs.period);
    });
    return composeInvoice(inputs);
}

InvoiceBuilder::InvoiceBuilder(pqxx::connection_base& connection)
    : connection_(connection) {}

Invoice InvoiceBuilder::build(std::int64_t tenantId, const InvoicePeriod& period) const {
    return InvoiceRun(connection_, period, tenantId).build(connection_, tenantId);
}

} // namespace meterdesk::store

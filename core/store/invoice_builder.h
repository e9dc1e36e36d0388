#pragma once

#include <store/invoice_composition.h>
#include <store/invoices.h>

#include <cstdint>
#include <memory>
#include <optional>
#include <vector>

namespace pqxx {
class connection_base;
}

namespace meterdesk::store {

// The invoices of one period, built from the usage rollups (never the raw events), the tariff
// versions, the billing settings and tax rates, the period's ledger movements and, when the
// escrow table exists, its confirmed escrow settlements.
//
// Rollups are written minute by minute for all tenants, so one tenant's month is spread over
// the whole table: reading tenants one by one costs a random read per rollup. A run therefore
// reads the whole period in one pass when it starts, and then only each tenant's few ledger
// and escrow rows. build() is const and may be called from several threads, each with its own
// connection.
class InvoiceRun {
public:
    // Loads the period for every tenant with usage in it, or for `onlyTenant` alone (usage or
    // not; an unknown tenant is StoreError::NotFound).
    InvoiceRun(pqxx::connection_base& connection, const InvoicePeriod& period,
               std::optional<std::int64_t> onlyTenant = std::nullopt);
    ~InvoiceRun();
    InvoiceRun(const InvoiceRun&) = delete;
    InvoiceRun& operator=(const InvoiceRun&) = delete;

    // The tenants loaded, in tenant_id order: those an invoice run bills.
    const std::vector<std::int64_t>& tenants() const;

    // The draft invoice of a loaded tenant, reading its ledger and escrow rows on `connection`.
    Invoice build(pqxx::connection_base& connection, std::int64_t tenantId) const;

private:
    struct Loaded;
    std::unique_ptr<const Loaded> loaded_;
};

// One tenant's invoice, for previews and single issues.
class InvoiceBuilder {
public:
    explicit InvoiceBuilder(pqxx::connection_base& connection);

    Invoice build(std::int64_t tenantId, const InvoicePeriod& period) const;

private:
    pqxx::connection_base& connection_;
};

} // namespace meterdesk::store

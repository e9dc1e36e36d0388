#pragma once

#include <billing/ledger.h>
#include <billing/money.h>

#include <chrono>
#include <cstdint>
#include <string>
#include <vector>

namespace pqxx {
class connection_base;
}

namespace meterdesk::store {

struct LedgerRow {
    std::int64_t id = 0;
    billing::EntryKind kind = billing::EntryKind::Adjustment;
    billing::Credits amount;
    std::string reason;
    std::string reference;
    std::string createdBy;
    std::chrono::sys_seconds createdAt{};
};

struct MonthUsage {
    std::int64_t allowedCalls = 0;
    std::int64_t deniedCalls = 0;
    std::int64_t units = 0;
    billing::Credits credits;
};

// The append-only credit ledger. Operators add credits through the database's own
// functions (meter.top_up, meter.adjust), which validate and audit; the balance is
// whatever the ledger sums to.
class LedgerRepository {
public:
    explicit LedgerRepository(pqxx::connection_base& connection);

    std::vector<LedgerRow> recent(std::int64_t tenantId, int limit) const;
    billing::Credits balance(std::int64_t tenantId) const;
    // Usage of the calendar month (UTC) that contains `at`, from the rollups.
    MonthUsage monthUsage(std::int64_t tenantId, std::chrono::sys_seconds at) const;

    // Both return the new balance. A missing or blank reason, a non-positive top-up or a
    // zero adjustment is refused with StoreError::InvalidArgument naming the field.
    billing::Credits topUp(std::int64_t tenantId, billing::Credits amount,
                           const std::string& reason);
    billing::Credits adjust(std::int64_t tenantId, billing::Credits amount,
                            const std::string& reason);

private:
    pqxx::connection_base& connection_;
};

} // namespace meterdesk::store

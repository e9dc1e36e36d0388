#include "ledger.h"

#include "errors.h"
#include "sql_values.h"

#include <pqxx/pqxx>

namespace meterdesk::store {

using billing::Credits;

LedgerRepository::LedgerRepository(pqxx::connection_base& connection)
    : connection_(connection) {}

std::vector<LedgerRow> LedgerRepository::recent(std::int64_t tenantId, int limit) const {
    return translatingErrors([&] {
        pqxx::read_transaction read(connection_);
        std::vector<LedgerRow> rows;
        for (
            const auto& row : read.exec_params(
                R"(SELECT entry_id, kind, amount_ucr, coalesce(reason, ''), coalesce(reference, ''),
                           coalesce(created_by, ''), extract(epoch FROM created_at)::bigint
                      FROM meter.ledger WHERE tenant_id = $1
                     ORDER BY entry_id DESC LIMIT $2)",
                tenantId, limit)) {
            const auto kind = billing::entryKindFromString(row[1].as<std::string>());
            if (!kind)
                throw StoreError(StoreError::Kind::Other,
                                 "unknown ledger kind " + row[1].as<std::string>());
            rows.push_back({row[0].as<std::int64_t>(), *kind,
                            Credits::fromMicros(row[2].as<std::int64_t>()),
                            row[3].as<std::string>(), row[4].as<std::string>(),
                            row[5].as<std::string>(), sql::timestamp(row[6])});
        }
        return rows;
    });
}

Credits LedgerRepository::balance(std::int64_t tenantId) const {
    return translatingErrors([&] {
        pqxx::read_transaction read(connection_);
        const auto rows = read.exec_params(
            "SELECT balance_ucr FROM meter.balances WHERE tenant_id = $1", tenantId);
        return Credits::fromMicros(rows.empty() ? 0 : rows[0][0].as<std::int64_t>());
    });
}

MonthUsage LedgerRepository::monthUsage(std::int64_t tenantId, std::chrono::sys_seconds at) const {
    return translatingErrors([&] {
        pqxx::read_transaction read(connection_);
        const auto row = read.exec_params1(
            R"(SELECT coalesce(sum(allowed_calls), 0)::bigint,
                      coalesce(sum(denied_not_in_plan + denied_premium_required + denied_rate_limited
                                   + denied_no_credits + denied_suspended), 0)::bigint,
                      coalesce(sum(units), 0)::bigint, coalesce(sum(credits_ucr), 0)::bigint
                 FROM meter.usage_rollups
                WHERE tenant_id = $1
                  AND minute >= date_trunc('month', to_timestamp($2) AT TIME ZONE 'UTC') AT TIME ZONE 'UTC'
                  AND minute < (date_trunc('month', to_timestamp($2) AT TIME ZONE 'UTC')
                                + interval '1 month') AT TIME ZONE 'UTC')",
            tenantId, sql::epoch(at));
        return MonthUsage{row[0].as<std::int64_t>(), row[1].as<std::int64_t>(),
                          row[2].as<std::int64_t>(),
                          Credits::fromMicros(row[3].as<std::int64_t>())};
    });
}

Credits LedgerRepository::topUp(std::int64_t tenantId, Credits amount, const std::string& reason) {
    return translatingErrors([&] {
        pqxx::work work(connection_);
        work.exec_params("SELECT meter.top_up($1, $2, $3)", tenantId, amount.micros(), reason);
        const auto row = work.exec_params1(
            "SELECT balance_ucr FROM meter.balances WHERE tenant_id = $1", tenantId);
        work.commit();
        return Credits::fromMicros(row[0].as<std::int64_t>());
    });
}

Credits LedgerRepository::adjust(std::int64_t tenantId, Credits amount, const std::string& reason) {
    return translatingErrors([&] {
        pqxx::work work(connection_);
        work.exec_params("SELECT meter.adjust($1, $2, $3)", tenantId, amount.micros(), reason);
        const auto row = work.exec_params1(
            "SELECT balance_ucr FROM meter.balances WHERE tenant_id = $1", tenantId);
        work.commit();
        return Credits::fromMicros(row[0].as<std::int64_t>());
    });
}

} // namespace meterdesk::store

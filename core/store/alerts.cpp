#include "alerts.h"

#include "errors.h"
#include "sql_values.h"

#include <pqxx/pqxx>

namespace meterdesk::store {

AlertRepository::AlertRepository(pqxx::connection_base& connection)
    : connection_(connection) {}

std::vector<Alert> AlertRepository::recent(std::optional<std::int64_t> tenantId,
                                           bool unacknowledgedOnly, int limit) const {
    return translatingErrors([&] {
        pqxx::read_transaction read(connection_);
        const std::optional<std::string> tenant =
            tenantId ? std::optional<std::string>(std::to_string(*tenantId)) : std::nullopt;
        std::vector<Alert> alerts;
        for (const auto& row : read.exec_params(
                 R"(SELECT a.tenant_id, a.alert_id, t.slug, a.kind, a.balance_ucr,
                           extract(epoch FROM a.created_at)::bigint,
                           extract(epoch FROM a.acknowledged_at)::bigint, coalesce(a.acknowledged_by, '')
                      FROM meter.alerts a JOIN meter.tenants t ON t.tenant_id = a.tenant_id
                     WHERE ($1::bigint IS NULL OR a.tenant_id = $1::bigint)
                       AND (NOT $2 OR a.acknowledged_at IS NULL)
                     ORDER BY a.created_at DESC, a.alert_id DESC LIMIT $3)",
                 sql::nullable(tenant), unacknowledgedOnly, limit)) {
            alerts.push_back(
                {row[0].as<std::int64_t>(), row[1].as<std::int64_t>(), row[2].as<std::string>(),
                 row[3].as<std::string>(), billing::Credits::fromMicros(row[4].as<std::int64_t>()),
                 sql::timestamp(row[5]), sql::optionalSeconds(row[6]), row[7].as<std::string>()});
        }
        return alerts;
    });
}

void AlertRepository::acknowledge(std::int64_t tenantId, std::int64_t alertId) {
    translatingErrors([&] {
        pqxx::work work(connection_);
        work.exec_params("SELECT meter.acknowledge_alert($1, $2)", tenantId, alertId);
        work.commit();
    });
}

} // namespace meterdesk::store

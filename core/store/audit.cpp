#include "audit.h"

#include "errors.h"
#include "sql_values.h"

#include <pqxx/pqxx>

namespace meterdesk::store {

namespace {

std::optional<std::string> optionalNumber(const std::optional<long long>& value) {
    return value ? std::optional<std::string>(std::to_string(*value)) : std::nullopt;
}

std::optional<std::string> optionalEpoch(const std::optional<std::chrono::sys_seconds>& at) {
    return at ? std::optional<std::string>(std::to_string(sql::epoch(*at))) : std::nullopt;
}

std::optional<std::string> nonEmpty(const std::string& text) {
    return text.empty() ? std::nullopt : std::optional<std::string>(text);
}

std::vector<std::string> distinctColumn(pqxx::connection_base& connection, const char* query) {
    pqxx::read_transaction read(connection);
    std::vector<std::string> values;
    for (const auto& row : read.exec(query))
        values.push_back(row[0].as<std::string>());
    return values;
}

} // namespace

AuditRepository::AuditRepository(pqxx::connection_base& connection)
    : connection_(connection) {}

std::vector<AuditEntry> AuditRepository::page(const AuditQuery& query,
                                              std::optional<std::int64_t> beforeId,
                                              int limit) const {
    return translatingErrors([&] {
        const auto tenant = optionalNumber(query.tenantId);
        const auto before = optionalNumber(beforeId);
        const auto from = optionalEpoch(query.from);
        const auto until = optionalEpoch(query.until);
        const auto operatorName = nonEmpty(query.operatorName);
        const auto table = nonEmpty(query.table);

        pqxx::read_transaction read(connection_);
        std::vector<AuditEntry> entries;
        for (const auto& row : read.exec_params(
                 R"(SELECT a.audit_id, (extract(epoch FROM a.at) * 1000000)::bigint, a.db_role,
                           a.operator, a.table_name, a.operation, a.tenant_id, coalesce(t.slug, ''),
                           coalesce(a.row_key, ''), coalesce(a.before::text, ''),
                           coalesce(a.after::text, '')
                      FROM meter.audit_log a
                      LEFT JOIN meter.tenants t ON t.tenant_id = a.tenant_id
                     WHERE ($1::bigint IS NULL OR a.tenant_id = $1::bigint)
                       AND ($2::text IS NULL OR a.operator = $2::text)
                       AND ($3::text IS NULL OR a.table_name = $3::text)
                       AND ($4::bigint IS NULL OR a.at >= to_timestamp($4::bigint))
                       AND ($5::bigint IS NULL OR a.at < to_timestamp($5::bigint))
                       AND ($6::bigint IS NULL OR a.audit_id < $6::bigint)
                     ORDER BY a.audit_id DESC LIMIT $7)",
                 sql::nullable(tenant), sql::nullable(operatorName), sql::nullable(table),
                 sql::nullable(from), sql::nullable(until), sql::nullable(before), limit)) {
            AuditEntry entry;
            entry.id = row[0].as<std::int64_t>();
            entry.at = std::chrono::sys_time<std::chrono::microseconds>{
                std::chrono::microseconds{row[1].as<long long>()}};
            entry.databaseRole = row[2].as<std::string>();
            entry.operatorName = row[3].as<std::string>();
            entry.table = row[4].as<std::string>();
            entry.operation = row[5].as<std::string>();
            if (!row[6].is_null())
                entry.tenantId = row[6].as<std::int64_t>();
            entry.tenantSlug = row[7].as<std::string>();
            entry.rowKey = row[8].as<std::string>();
            entry.beforeJson = row[9].as<std::string>();
            entry.afterJson = row[10].as<std::string>();
            entries.push_back(std::move(entry));
        }
        return entries;
    });
}

std::vector<std::string> AuditRepository::tables() const {
    return translatingErrors([&] {
        return distinctColumn(connection_,
                              "SELECT DISTINCT table_name FROM meter.audit_log ORDER BY 1");
    });
}

std::vector<std::string> AuditRepository::operators() const {
    return translatingErrors([&] {
        return distinctColumn(connection_,
                              "SELECT DISTINCT operator FROM meter.audit_log ORDER BY 1");
    });
}

} // namespace meterdesk::store

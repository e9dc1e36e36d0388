#pragma once

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace pqxx {
class connection_base;
}

namespace meterdesk::store {

struct AuditEntry {
    std::int64_t id = 0;
    std::chrono::sys_time<std::chrono::microseconds> at{};
    std::string databaseRole;
    std::string operatorName;
    std::string table;
    std::string operation; // INSERT, UPDATE or DELETE
    std::optional<std::int64_t> tenantId;
    std::string tenantSlug; // empty when there is no tenant or it no longer exists
    std::string rowKey;
    std::string beforeJson; // empty for INSERT
    std::string afterJson;  // empty for DELETE
};

struct AuditQuery {
    std::optional<std::int64_t> tenantId;
    std::string operatorName; // exact; empty = anyone
    std::string table;        // exact; empty = any
    std::optional<std::chrono::sys_seconds> from;
    std::optional<std::chrono::sys_seconds> until;
};

// The audit log, written only by database triggers; read newest first with keyset
// paging on the entry id.
class AuditRepository {
public:
    explicit AuditRepository(pqxx::connection_base& connection);

    std::vector<AuditEntry> page(const AuditQuery& query, std::optional<std::int64_t> beforeId,
                                 int limit) const;
    std::vector<std::string> tables() const;
    std::vector<std::string> operators() const;

private:
    pqxx::connection_base& connection_;
};

} // namespace meterdesk::store

#include "session.h"

#include "errors.h"

#include <pqxx/pqxx>

namespace meterdesk::store {

SessionInfo describeSession(pqxx::connection_base& connection) {
    return translatingErrors([&] {
        pqxx::read_transaction read(connection);
        const auto row = read.exec1(R"(
            SELECT session_user,
                   coalesce((SELECT r.rolname FROM pg_roles r
                              WHERE r.rolname LIKE 'meterdesk\_%' AND pg_has_role(session_user, r.oid, 'MEMBER')
                              ORDER BY r.rolname = 'meterdesk_admin' DESC, r.rolname LIMIT 1), ''),
                   current_setting('server_version'),
                   c.can_edit_tenants, c.can_edit_plans, c.can_credit, c.can_suspend,
                   c.can_manage_keys, c.can_ack_alerts, c.is_admin,
                   has_table_privilege('meter.escrow_decisions', 'INSERT') AND
                   has_column_privilege('meter.escrow_decisions', 'status', 'UPDATE')
              FROM meter.current_capabilities() c)");
        SessionInfo info;
        info.role = row[0].as<std::string>();
        info.groupRole = row[1].as<std::string>();
        info.serverVersion = row[2].as<std::string>();
        info.capabilities = {row[3].as<bool>(), row[4].as<bool>(), row[5].as<bool>(),
                             row[6].as<bool>(), row[7].as<bool>(), row[8].as<bool>(),
                             row[9].as<bool>(), row[10].as<bool>()};
        return info;
    });
}

std::chrono::microseconds ping(pqxx::connection_base& connection) {
    return translatingErrors([&] {
        const auto start = std::chrono::steady_clock::now();
        pqxx::nontransaction(connection).exec("SELECT 1");
        return std::chrono::duration_cast<std::chrono::microseconds>(
            std::chrono::steady_clock::now() - start);
    });
}

} // namespace meterdesk::store

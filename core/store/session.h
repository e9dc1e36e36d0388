#pragma once

#include <chrono>
#include <string>

namespace pqxx {
class connection_base;
}

namespace meterdesk::store {

// What the connected role may do, read from the database's grants (the database
// enforces them anyway; the console uses this to disable what would be refused).
struct Capabilities {
    bool editTenants = false;
    bool editPlans = false;
    bool credit = false;
    bool suspend = false;
    bool manageKeys = false;
    bool acknowledgeAlerts = false;
    bool admin = false;
    bool decideEscrows = false; // record escrow decisions (meter.escrow_decisions)
};

struct SessionInfo {
    std::string role;          // the login role
    std::string groupRole;     // the meterdesk_* role it acts as, or "" when none
    std::string serverVersion; // e.g. "15.14"
    Capabilities capabilities;
};

SessionInfo describeSession(pqxx::connection_base& connection);

// One trivial round trip, for the status bar.
std::chrono::microseconds ping(pqxx::connection_base& connection);

} // namespace meterdesk::store

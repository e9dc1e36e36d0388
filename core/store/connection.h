#pragma once

#include <pqxx/connection>

#include <memory>
#include <string>

namespace meterdesk::store {

// How to reach the metering database. An empty URI means "the libpq environment"
// (PGHOST, PGPORT, PGDATABASE, PGUSER, PGPASSWORD, ...), as psql does.
struct ConnectionSettings {
    std::string uri;
    std::string password; // from the keychain or a prompt; never persisted
    std::string applicationName = "meterdesk";
};

// Opens a connection; throws StoreError(ConnectionLost) with libpq's reason.
// A pqxx::connection is not thread-safe: open one per thread.
std::unique_ptr<pqxx::connection> connect(const ConnectionSettings& settings);

} // namespace meterdesk::store

#pragma once

#include <resources/embedded_migrations.h>
#include <set>
#include <span>
#include <string>
#include <vector>

namespace pqxx {
class connection_base;
}

namespace meterdesk::store {

struct MigrationReport {
    std::vector<std::string> applied; // names applied by this run, in order
    int schemaVersion = 0;            // the database's version afterwards
};

// Brings a database's schema up to date. Each migration runs in its own transaction
// and is recorded with its checksum; a session advisory lock serialises concurrent
// runners (two consoles starting at once, a CLI and a console). Migrations missing from
// the history are applied in version order, also below the newest applied one, since
// parallel branches number theirs independently. History is never
// rewritten: an applied migration whose text changed, or a database newer than this
// build, is refused before anything is applied.
class MigrationRunner {
public:
    explicit MigrationRunner(pqxx::connection_base& connection);

    MigrationReport migrate(std::span<const resources::EmbeddedMigration> migrations);

private:
    void ensureHistoryTable();
    // The versions applied so far, after checking every applied migration's checksum.
    std::set<int> checkHistory(std::span<const resources::EmbeddedMigration> migrations);
    void apply(const resources::EmbeddedMigration& migration);

    pqxx::connection_base& connection_;
};

} // namespace meterdesk::store

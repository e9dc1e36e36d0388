#include "migration_runner.h"

#include "errors.h"

#include <pqxx/pqxx>

#include <algorithm>
#include <set>

namespace meterdesk::store {

namespace {

// 'meterdsk' in ASCII: the advisory-lock key every Meterdesk migration runner takes.
constexpr std::int64_t migrationLockKey = 0x6d6574657264736b;

class AdvisoryLock {
public:
    explicit AdvisoryLock(pqxx::connection_base& connection)
        : connection_(connection) {
        pqxx::nontransaction(connection_)
            .exec_params("SELECT pg_advisory_lock($1)", migrationLockKey);
    }
    ~AdvisoryLock() {
        try {
            pqxx::nontransaction(connection_)
                .exec_params("SELECT pg_advisory_unlock($1)", migrationLockKey);
        } catch (...) {
            // The lock dies with the session anyway; a destructor must not throw.
        }
    }
    AdvisoryLock(const AdvisoryLock&) = delete;
    AdvisoryLock& operator=(const AdvisoryLock&) = delete;

private:
    pqxx::connection_base& connection_;
};

} // namespace

MigrationRunner::MigrationRunner(pqxx::connection_base& connection)
    : connection_(connection) {}

MigrationReport MigrationRunner::migrate(std::span<const resources::EmbeddedMigration> migrations) {
    return translatingErrors([&] {
        AdvisoryLock lock(connection_);
        ensureHistoryTable();
        MigrationReport report;
        std::set<int> applied = checkHistory(migrations);
        for (const auto& migration : migrations) {
            if (applied.contains(migration.version))
                continue;
            apply(migration);
            report.applied.emplace_back(migration.name);
            applied.insert(migration.version);
        }
        report.schemaVersion = applied.empty() ? 0 : *applied.rbegin();
        return report;
    });
}

void MigrationRunner::ensureHistoryTable() {
    pqxx::work work(connection_);
    work.exec0(R"(
        CREATE TABLE IF NOT EXISTS public.meterdesk_schema_migrations (
            version    integer PRIMARY KEY,
            name       text NOT NULL,
            sha256     text NOT NULL,
            applied_at timestamptz NOT NULL DEFAULT now(),
            applied_by text NOT NULL DEFAULT session_user
        ))");
    work.commit();
}

std::set<int>
MigrationRunner::checkHistory(std::span<const resources::EmbeddedMigration> migrations) {
    pqxx::read_transaction read(connection_);
    const auto rows = read.exec(
        "SELECT version, name, sha256 FROM public.meterdesk_schema_migrations ORDER BY version");
    std::set<int> versions;
    for (const auto& row : rows) {
        const int applied = row[0].as<int>();
        const auto known = std::find_if(migrations.begin(), migrations.end(),
                                        [&](const auto& m) { return m.version == applied; });
        if (known == migrations.end()) {
            throw StoreError(StoreError::Kind::MigrationRefused,
                             "the database has migration " + row[1].as<std::string>() +
                                 ", which this build does not know: the database is newer than "
                                 "this program");
        }
        if (known->sha256 != row[2].as<std::string>()) {
            throw StoreError(StoreError::Kind::MigrationRefused,
                             "migration " + std::string(known->name) +
                                 " was changed after it was applied (checksum differs); applied "
                                 "migrations must never be edited");
        }
        versions.insert(applied);
    }
    return versions;
}

void MigrationRunner::apply(const resources::EmbeddedMigration& migration) {
    pqxx::work work(connection_);
    work.exec(std::string(migration.sql));
    work.exec_params0("INSERT INTO public.meterdesk_schema_migrations (version, name, sha256) "
                      "VALUES ($1, $2, $3)",
                      migration.version, std::string(migration.name),
                      std::string(migration.sha256));
    work.commit();
}

} // namespace meterdesk::store

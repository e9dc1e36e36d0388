#include "escrow_evidence.h"

#include "errors.h"

#include <pqxx/pqxx>

namespace meterdesk::store {

namespace {

// A text[] literal for ANY($1::text[]); wallets are hex, so nothing needs quoting, but each
// element is quoted anyway so that a malformed one cannot split the array.
std::string textArray(const std::vector<std::string>& values) {
    std::string literal = "{";
    for (std::size_t i = 0; i < values.size(); ++i) {
        if (i > 0)
            literal += ',';
        literal += '"';
        for (const char c : values[i]) {
            if (c == '"' || c == '\\')
                literal += '\\';
            literal += c;
        }
        literal += '"';
    }
    return literal + "}";
}

std::optional<std::chrono::sys_seconds> epochSeconds(const pqxx::field& field) {
    if (field.is_null())
        return std::nullopt;
    return std::chrono::sys_seconds{std::chrono::seconds{field.as<std::int64_t>()}};
}

} // namespace

EscrowEvidenceRepository::EscrowEvidenceRepository(pqxx::connection_base& connection)
    : connection_(connection) {}

std::map<std::string, WalletTenant>
EscrowEvidenceRepository::tenantsForWallets(const std::vector<std::string>& wallets) const {
    return translatingErrors([&] {
        std::map<std::string, WalletTenant> found;
        if (wallets.empty())
            return found;
        pqxx::read_transaction read(connection_);
        const auto rows = read.exec_params(
            "SELECT DISTINCT ON (wallet_address) wallet_address, tenant_id, slug, name "
            "  FROM meter.tenants WHERE wallet_address = ANY($1::text[]) "
            " ORDER BY wallet_address, tenant_id",
            textArray(wallets));
        for (const auto& row : rows)
            found.emplace(row[0].as<std::string>(),
                          WalletTenant{row[1].as<std::int64_t>(), row[2].as<std::string>(),
                                       row[3].as<std::string>()});
        return found;
    });
}

JobUsage EscrowEvidenceRepository::usageOfJob(std::int64_t tenantId, const std::string& job) const {
    return translatingErrors([&] {
        pqxx::read_transaction read(connection_);
        const auto row = read.exec_params1(
            "SELECT count(*) FILTER (WHERE decision = 'allowed'), "
            "       count(*) FILTER (WHERE decision <> 'allowed'), "
            "       coalesce(sum(units) FILTER (WHERE decision = 'allowed'), 0), "
            "       coalesce(sum(credits_ucr) FILTER (WHERE decision = 'allowed'), 0), "
            "       extract(epoch FROM min(occurred_at))::bigint, "
            "       extract(epoch FROM max(occurred_at))::bigint "
            "  FROM meter.usage_events WHERE tenant_id = $1 AND job = $2",
            tenantId, job);
        JobUsage usage;
        usage.allowedCalls = row[0].as<std::int64_t>();
        usage.deniedCalls = row[1].as<std::int64_t>();
        usage.units = row[2].as<std::int64_t>();
        usage.credits = billing::Credits::fromMicros(row[3].as<std::int64_t>());
        usage.firstCall = epochSeconds(row[4]);
        usage.lastCall = epochSeconds(row[5]);
        return usage;
    });
}

} // namespace meterdesk::store

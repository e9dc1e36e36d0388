#pragma once

#include <billing/money.h>

#include <chrono>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace pqxx {
class connection_base;
}

namespace meterdesk::store {

// The tenant that pays from a wallet (meter.tenants.wallet_address).
struct WalletTenant {
    std::int64_t tenantId = 0;
    std::string slug;
    std::string name;
};

// What the metering database holds about one job: the calls metered with its job reference
// (meter.track's `job`), allowed ones only for units and credits.
struct JobUsage {
    std::int64_t allowedCalls = 0;
    std::int64_t deniedCalls = 0;
    std::int64_t units = 0;
    billing::Credits credits;
    std::optional<std::chrono::sys_seconds> firstCall;
    std::optional<std::chrono::sys_seconds> lastCall;

    friend bool operator==(const JobUsage&, const JobUsage&) = default;
};

// The evidence an operator weighs before deciding an escrow: who the payer is and what the
// job used. Reads only; keyed by tenant first like every query of the metering database.
class EscrowEvidenceRepository {
public:
    explicit EscrowEvidenceRepository(pqxx::connection_base& connection);

    // The tenants of the given wallets (lower-case 0x hex), keyed by wallet; wallets no tenant
    // has are absent. When two tenants share a wallet the oldest one is named.
    std::map<std::string, WalletTenant>
    tenantsForWallets(const std::vector<std::string>& wallets) const;

    // One tenant's calls for `job` (through the events' (tenant, time) index).
    JobUsage usageOfJob(std::int64_t tenantId, const std::string& job) const;

private:
    pqxx::connection_base& connection_;
};

} // namespace meterdesk::store

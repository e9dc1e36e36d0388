#pragma once

#include <billing/tariff.h>

#include <chrono>
#include <optional>
#include <string>
#include <vector>

namespace pqxx {
class connection_base;
}

namespace meterdesk::store {

struct PlanSummary {
    std::string code;
    std::string name;
    int versionCount = 0;
    std::optional<int> versionInForce;
    std::optional<std::chrono::sys_seconds> nextVersionFrom; // a scheduled future version
    std::optional<std::int64_t> tenantCount; // when listed with TenantCounts::Counted
};

// Counting each plan's tenants reads every tenant: the Plans page shows the counts, the
// pickers that only need the plans skip them.
enum class TenantCounts { Counted, Skipped };

// Plans and their tariff versions. A version in force is never rewritten: changes are
// new versions effective from a chosen instant. Two operators adding a version to the
// same plan: the later save carries a stale base version and is refused with
// StoreError::StaleRowVersion, leaving the editor's content untouched.
class PlanRepository {
public:
    explicit PlanRepository(pqxx::connection_base& connection);

    std::vector<PlanSummary> list(TenantCounts counts = TenantCounts::Counted) const;
    billing::Plan load(const std::string& code) const;

    void createPlan(const std::string& code, const std::string& name);
    // `version.version` must be the plan's latest version + 1 as the editor saw it.
    void addVersion(const billing::TariffVersion& version);

private:
    pqxx::connection_base& connection_;
};

} // namespace meterdesk::store

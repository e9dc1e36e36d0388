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
    std::int64_t tenantCount = 0;
};

// Plans and their tariff versions. A version in force is never rewritten: changes are
// new versions effective from a chosen instant. Two operators adding a version to the
// same plan: the later save carries a stale base version and is refused with
// StoreError::StaleRowVersion, leaving the editor's content untouched.
class PlanRepository {
public:
    explicit PlanRepository(pqxx::connection_base& connection);

    std::vector<PlanSummary> list() const;
    billing::Plan load(const std::string& code) const;

    void createPlan(const std::string& code, const std::string& name);
    // `version.version` must be the plan's latest version + 1 as the editor saw it.
    void addVersion(const billing::TariffVersion& version);

private:
    pqxx::connection_base& connection_;
};

} // namespace meterdesk::store

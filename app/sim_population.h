#pragma once

#include <billing/tariff.h>
#include <store/tenants.h>

#include <cstdint>
#include <map>
#include <optional>
#include <random>
#include <string>
#include <vector>

namespace pqxx {
class connection_base;
}

namespace meterdesk::sim {

using Rng = std::mt19937_64;

// A tenant as the simulator plays it: the tenant, its plan with every tariff version, and how
// much of the traffic it makes relative to the others.
struct SimTenant {
    store::Tenant tenant;
    const billing::Plan* plan = nullptr;
    double popularity = 1.0;
};

// Which tenants the simulator plays.
struct PopulationChoice {
    // The first `wanted` of them by slug; without it, all of them, or kDefaultTenants new ones
    // when there is none.
    std::optional<int> wanted;
    // Only tenants whose slug starts with this, new ones named <prefix>0001, <prefix>0002, ...
    // Without it, any tenant, new ones named sim-0001, sim-0002, ...
    std::optional<std::string> slugPrefix;
    // The plan new tenants go on: empty for the plans in force, in turn; kSimPlan for the
    // simulator's own plan (created when missing), whose rate limits bursts run into.
    std::string newTenantPlan;
};

// The tenants the simulator plays (see PopulationChoice), and when there are fewer than
// wanted, new ones on the plans in force (on a plan "sim" created for the purpose when no plan
// is in force, or on the plan chosen). New tenants get credits by meter.top_up; about one in twelve
// gets only a few credits, so that it runs dry and raises alerts. Popularity follows a long tail,
// so that a few tenants make most of the calls.
class SimPopulation {
public:
    static constexpr int kDefaultTenants = 50;
    static constexpr const char* kSimPlan = "sim";

    static SimPopulation load(pqxx::connection_base& connection, const PopulationChoice& choice,
                              Rng& rng);

    const std::vector<SimTenant>& tenants() const { return tenants_; }
    int created() const { return created_; }

private:
    std::map<std::string, billing::Plan> plans_; // stable addresses for SimTenant::plan
    std::vector<SimTenant> tenants_;
    int created_ = 0;
};

// "job-<slug>-<n>": the job ids the escrow demo uses for tenants with a wallet.
std::string jobReference(const std::string& slug, int n);

} // namespace meterdesk::sim

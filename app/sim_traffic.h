#pragma once

#include "sim_population.h"

#include <billing/tariff.h>

#include <chrono>
#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace meterdesk::sim {

// A call as a gateway reports it to meter.track_batch.
struct SimCall {
    std::size_t tenant = 0; // index into the population
    std::string service;
    std::string endpoint;
    std::string method;
    std::string region; // empty: none reported
    std::string job;    // empty: none
    std::int64_t units = 1;
    int status = 200;
    int latencyMs = 0;
};

// How busy a region's tenants are at an instant, relative to their weekly average of 1: quiet
// at night and at weekends in the region's local time, busiest in the early afternoon of
// working days. Unknown regions keep UTC.
double rhythm(std::chrono::sys_seconds at, std::string_view region);

// One tenant suddenly making a share of all calls, as a batch job or a retry storm does.
// Bursts are what push tenants into their rate limits.
struct Burst {
    std::size_t tenant = 0;
    std::chrono::sys_seconds until{};
    double share = 0;
};

// Draws realistic calls of a population at a clock that only moves forward: which tenant calls
// (by popularity, by the rhythm of its region, and bursts) and what it calls (endpoints of its
// plan version in force, cheap ones more often; about 1 % outside the plan and, for tenants
// without premium access, 2 % to premium endpoints where the plan has them).
class TrafficModel {
public:
    static constexpr std::chrono::seconds kMeanBurstInterval{45};

    TrafficModel(const SimPopulation& population, std::uint64_t seed);

    // Moves the clock: bursts end and begin, and the regions' rhythm is read anew.
    void advanceTo(std::chrono::sys_seconds at);
    std::chrono::sys_seconds clock() const { return clock_; }
    // The population's activity at the clock relative to its weekly average.
    double intensity() const { return intensity_; }
    const std::vector<Burst>& bursts() const { return bursts_; }

    std::size_t pickTenant();
    SimCall callFor(std::size_t tenant);
    Rng& rng() { return rng_; }
    const SimPopulation& population() const { return population_; }

private:
    // A version's endpoints with cumulative weights: all of them, and those without premium.
    struct EndpointTable {
        std::vector<const billing::EndpointRule*> all;
        std::vector<double> allWeights;
        std::vector<const billing::EndpointRule*> regular;
        std::vector<double> regularWeights;
        std::vector<const billing::EndpointRule*> premium;
    };
    struct RegionGroup {
        std::string region;
        std::vector<std::size_t> tenants;
        std::vector<double> cumulativePopularity;
        double popularity = 0;
        double weight = 0; // popularity × rhythm at the clock
    };

    const EndpointTable& endpointsOf(const billing::TariffVersion& version);
    void startBursts(std::chrono::seconds elapsed);
    void weighRegions();
    SimCall callOutsideThePlan(std::size_t tenant);
    void fillCallDetails(SimCall& call, const store::Tenant& tenant);

    const SimPopulation& population_;
    Rng rng_;
    std::chrono::sys_seconds clock_{};
    bool started_ = false;
    std::vector<RegionGroup> regions_;
    double intensity_ = 1.0;
    std::vector<Burst> bursts_;
    std::map<const billing::TariffVersion*, EndpointTable> endpointTables_;
};

} // namespace meterdesk::sim

#include "sim_traffic.h"

#include <algorithm>
#include <cmath>
#include <functional>
#include <numeric>

namespace meterdesk::sim {

namespace {

using namespace std::chrono_literals;

constexpr double kOutsideThePlanShare = 0.012;
constexpr double kPremiumWithoutAccessShare = 0.02;
constexpr double kForeignRegionShare = 0.1;
constexpr double kJobShare = 0.35;
constexpr double kMaximalBurstShare = 0.6;

struct ForeignEndpoint {
    const char* service;
    const char* endpoint;
    const char* method;
};

// Endpoints no plan sells: old clients and curious developers call them anyway.
constexpr ForeignEndpoint foreignEndpoints[] = {
    {"legacy", "/v1/lookup", "GET"}, {"admin", "/export", "POST"}, {"maps", "/tiles", "GET"}};

constexpr const char* travelRegions[] = {"eu", "us", "ap"};

int utcOffsetHours(std::string_view region) {
    static const std::map<std::string_view, int> offsets = {{"eu", 1},   {"us", -5}, {"ap", 8},
                                                            {"apac", 8}, {"sa", -3}, {"af", 2},
                                                            {"me", 3},   {"oc", 10}, {"au", 10}};
    const auto found = offsets.find(region);
    return found == offsets.end() ? 0 : found->second;
}

double dailyCurve(double localHour) {
    const double distance = (localHour - 13.5) / 4.5;
    return 0.2 + 1.4 * std::exp(-distance * distance);
}

double weeklyFactor(std::chrono::weekday day) {
    if (day == std::chrono::Saturday)
        return 0.55;
    if (day == std::chrono::Sunday)
        return 0.45;
    return 1.1;
}

double weeklyAverage() {
    double daily = 0;
    for (int minute = 0; minute < 24 * 60; ++minute)
        daily += dailyCurve(minute / 60.0);
    daily /= 24 * 60;
    double weekly = 0;
    for (unsigned day = 0; day < 7; ++day)
        weekly += weeklyFactor(std::chrono::weekday{day});
    return daily * weekly / 7;
}

// Index of the first cumulative weight above `point`.
std::size_t pick(const std::vector<double>& cumulative, double point) {
    const auto found = std::upper_bound(cumulative.begin(), cumulative.end(), point);
    return std::min(static_cast<std::size_t>(found - cumulative.begin()), cumulative.size() - 1);
}

double endpointWeight(const billing::EndpointRule& rule) {
    const double price = static_cast<double>(rule.perCall.micros()) / 1000.0 +
                         static_cast<double>(rule.perUnit.micros()) / 100.0;
    return 1.0 / std::sqrt(1.0 + price);
}

// Slow endpoints stay slow: a factor from 0.5 to 4 fixed by the endpoint's name.
double latencyFactor(const std::string& service, const std::string& endpoint) {
    const std::size_t hash = std::hash<std::string>{}(service + endpoint);
    return 0.5 + static_cast<double>(hash % 1000) / 1000.0 * 3.5;
}

} // namespace

double rhythm(std::chrono::sys_seconds at, std::string_view region) {
    static const double average = weeklyAverage();
    const auto local = at + std::chrono::hours{utcOffsetHours(region)};
    const auto day = std::chrono::floor<std::chrono::days>(local);
    const double hour = std::chrono::duration<double, std::ratio<3600>>(local - day).count();
    return dailyCurve(hour) * weeklyFactor(std::chrono::weekday{day}) / average;
}

TrafficModel::TrafficModel(const SimPopulation& population, std::uint64_t seed)
    : population_(population)
    , rng_(seed) {
    std::map<std::string, std::size_t> regionIndex;
    const auto& tenants = population_.tenants();
    for (std::size_t i = 0; i < tenants.size(); ++i) {
        const std::string& region = tenants[i].tenant.region;
        auto [found, added] = regionIndex.emplace(region, regions_.size());
        if (added)
            regions_.push_back({region, {}, {}, 0, 0});
        RegionGroup& group = regions_[found->second];
        group.tenants.push_back(i);
        group.popularity += tenants[i].popularity;
        group.cumulativePopularity.push_back(group.popularity);
    }
}

void TrafficModel::advanceTo(std::chrono::sys_seconds at) {
    const auto elapsed = started_ ? std::max(at - clock_, 0s) : 0s;
    clock_ = at;
    started_ = true;
    std::erase_if(bursts_, [at](const Burst& burst) { return burst.until <= at; });
    startBursts(elapsed);
    weighRegions();
}

void TrafficModel::startBursts(std::chrono::seconds elapsed) {
    if (population_.tenants().empty())
        return;
    std::poisson_distribution<int> starts(static_cast<double>(elapsed.count()) /
                                          static_cast<double>(kMeanBurstInterval.count()));
    std::uniform_int_distribution<std::size_t> tenant(0, population_.tenants().size() - 1);
    std::uniform_int_distribution<int> seconds(10, 60);
    std::uniform_real_distribution<double> share(0.05, 0.25);
    for (int n = starts(rng_); n > 0; --n) {
        const double taken =
            std::accumulate(bursts_.begin(), bursts_.end(), 0.0,
                            [](double sum, const Burst& b) { return sum + b.share; });
        const double wanted = share(rng_);
        if (taken + wanted > kMaximalBurstShare)
            break;
        bursts_.push_back({tenant(rng_), clock_ + std::chrono::seconds{seconds(rng_)}, wanted});
    }
}

void TrafficModel::weighRegions() {
    double weighed = 0;
    double total = 0;
    for (RegionGroup& group : regions_) {
        group.weight = group.popularity * rhythm(clock_, group.region);
        weighed += group.weight;
        total += group.popularity;
    }
    intensity_ = total > 0 ? weighed / total : 1.0;
}

std::size_t TrafficModel::pickTenant() {
    std::uniform_real_distribution<double> unit(0.0, 1.0);
    double point = unit(rng_);
    for (const Burst& burst : bursts_) {
        if (point < burst.share)
            return burst.tenant;
        point -= burst.share;
    }
    double regionPoint = unit(rng_) * std::accumulate(regions_.begin(), regions_.end(), 0.0,
                                                      [](double sum, const RegionGroup& g) {
                                                          return sum + g.weight;
                                                      });
    for (const RegionGroup& group : regions_) {
        if (regionPoint < group.weight || &group == &regions_.back()) {
            const double tenantPoint = unit(rng_) * group.popularity;
            return group.tenants[pick(group.cumulativePopularity, tenantPoint)];
        }
        regionPoint -= group.weight;
    }
    return 0;
}

const TrafficModel::EndpointTable&
TrafficModel::endpointsOf(const billing::TariffVersion& version) {
    auto found = endpointTables_.find(&version);
    if (found != endpointTables_.end())
        return found->second;
    EndpointTable table;
    double all = 0;
    double regular = 0;
    for (const billing::EndpointRule& rule : version.rules) {
        const double weight = endpointWeight(rule);
        all += weight;
        table.all.push_back(&rule);
        table.allWeights.push_back(all);
        if (rule.premium) {
            table.premium.push_back(&rule);
        } else {
            regular += weight;
            table.regular.push_back(&rule);
            table.regularWeights.push_back(regular);
        }
    }
    return endpointTables_.emplace(&version, std::move(table)).first->second;
}

SimCall TrafficModel::callFor(std::size_t tenantIndex) {
    const SimTenant& simTenant = population_.tenants().at(tenantIndex);
    const store::Tenant& tenant = simTenant.tenant;
    const billing::TariffVersion* version =
        simTenant.plan != nullptr ? simTenant.plan->versionAt(clock_) : nullptr;
    std::uniform_real_distribution<double> unit(0.0, 1.0);
    const double kind = unit(rng_);
    if (version == nullptr || kind < kOutsideThePlanShare)
        return callOutsideThePlan(tenantIndex);

    const EndpointTable& table = endpointsOf(*version);
    const bool premiumCall = !tenant.premiumAccess && !table.premium.empty() &&
                             kind < kOutsideThePlanShare + kPremiumWithoutAccessShare;
    const billing::EndpointRule* rule = nullptr;
    if (premiumCall) {
        std::uniform_int_distribution<std::size_t> any(0, table.premium.size() - 1);
        rule = table.premium[any(rng_)];
    } else if (tenant.premiumAccess && !table.all.empty()) {
        rule = table.all[pick(table.allWeights, unit(rng_) * table.allWeights.back())];
    } else if (!table.regular.empty()) {
        rule = table.regular[pick(table.regularWeights, unit(rng_) * table.regularWeights.back())];
    }
    if (rule == nullptr)
        return callOutsideThePlan(tenantIndex);

    SimCall call;
    call.tenant = tenantIndex;
    call.service = rule->service;
    call.endpoint = rule->endpoint;
    call.method = rule->method;
    if (call.method == billing::kAnyMethod)
        call.method = std::bernoulli_distribution(0.7)(rng_) ? "GET" : "POST";
    if (rule->perUnit.isPositive()) {
        std::lognormal_distribution<double> units(std::log(20.0), 1.0);
        call.units = std::clamp(static_cast<std::int64_t>(units(rng_)) + 1, std::int64_t{1},
                                std::int64_t{5000});
    }
    fillCallDetails(call, tenant);
    return call;
}

SimCall TrafficModel::callOutsideThePlan(std::size_t tenantIndex) {
    std::uniform_int_distribution<std::size_t> any(0, std::size(foreignEndpoints) - 1);
    const ForeignEndpoint& foreign = foreignEndpoints[any(rng_)];
    SimCall call;
    call.tenant = tenantIndex;
    call.service = foreign.service;
    call.endpoint = foreign.endpoint;
    call.method = foreign.method;
    fillCallDetails(call, population_.tenants().at(tenantIndex).tenant);
    return call;
}

void TrafficModel::fillCallDetails(SimCall& call, const store::Tenant& tenant) {
    std::uniform_real_distribution<double> unit(0.0, 1.0);
    call.region = tenant.region;
    if (unit(rng_) < kForeignRegionShare) {
        std::uniform_int_distribution<std::size_t> any(0, std::size(travelRegions) - 1);
        call.region = travelRegions[any(rng_)];
    }
    if (tenant.walletAddress && unit(rng_) < kJobShare)
        call.job = jobReference(tenant.slug, std::uniform_int_distribution<int>(1, 3)(rng_));

    const double outcome = unit(rng_);
    static constexpr int clientErrors[] = {400, 404, 422};
    static constexpr int serverErrors[] = {500, 502, 503};
    std::uniform_int_distribution<std::size_t> anyError(0, 2);
    call.status = outcome < 0.95   ? 200
                  : outcome < 0.98 ? clientErrors[anyError(rng_)]
                                   : serverErrors[anyError(rng_)];
    std::lognormal_distribution<double> latency(std::log(35.0), 0.6);
    call.latencyMs =
        static_cast<int>(latency(rng_) * latencyFactor(call.service, call.endpoint)) + 1;
}

} // namespace meterdesk::sim

#include "sim_population.h"

#include <store/errors.h>
#include <store/plans.h>

#include <pqxx/pqxx>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <limits>
#include <numeric>
#include <stdexcept>

namespace meterdesk::sim {

namespace {

constexpr int kPageSize = 1000;
constexpr const char* kDefaultPrefix = "sim-";
constexpr std::int64_t kMicrosPerCredit = billing::Credits::kMicrosPerCredit;

// A PostgreSQL array literal of text values, for passing a column of values as one parameter.
std::string textArray(const std::vector<std::string>& values) {
    std::string literal = "{";
    for (std::size_t i = 0; i < values.size(); ++i) {
        if (i > 0)
            literal += ',';
        literal += '"';
        for (char c : values[i]) {
            if (c == '"' || c == '\\')
                literal += '\\';
            literal += c;
        }
        literal += '"';
    }
    return literal + "}";
}

template <typename Number>
std::string numberArray(const std::vector<Number>& values) {
    std::string literal = "{";
    for (std::size_t i = 0; i < values.size(); ++i) {
        if (i > 0)
            literal += ',';
        literal += std::to_string(values[i]);
    }
    return literal + "}";
}

// The chosen tenants by slug. With a prefix, the pages start at the prefix itself (the slug
// index's order), so that tenants sorting before it are never read.
std::vector<store::Tenant> loadTenants(pqxx::connection_base& connection,
                                       const PopulationChoice& choice) {
    store::TenantRepository repository(connection);
    std::vector<store::Tenant> tenants;
    std::optional<store::TenantCursor> after;
    if (choice.slugPrefix)
        after = store::TenantCursor{*choice.slugPrefix, 0};
    do {
        const int wanted = choice.wanted.value_or(std::numeric_limits<int>::max());
        const int limit = std::min(kPageSize, wanted - static_cast<int>(tenants.size()));
        if (limit <= 0)
            break;
        store::TenantPage page = repository.page({}, after, limit);
        for (store::Tenant& tenant : page.rows) {
            if (choice.slugPrefix && !tenant.slug.starts_with(*choice.slugPrefix))
                return tenants;
            tenants.push_back(std::move(tenant));
        }
        after = page.next;
    } while (after);
    return tenants;
}

// Plans with a version in force now, which new tenants may be put on.
std::vector<std::string> plansInForce(pqxx::connection_base& connection) {
    std::vector<std::string> codes;
    for (const auto& plan : store::PlanRepository(connection).list()) {
        if (plan.versionInForce)
            codes.push_back(plan.code);
    }
    return codes;
}

// A plan priced like a typical API product, in force since 2020 so that it can price a
// simulated history too. Created with plain SQL because operators (and PlanRepository) may
// only add versions that start in the future.
void createSimPlan(pqxx::connection_base& connection) {
    store::translatingErrors([&] {
        pqxx::work work(connection);
        work.exec(R"(
            INSERT INTO meter.plans (code, name) VALUES ('sim', 'Simulated API');
            INSERT INTO meter.plan_versions (plan_code, version, effective_from, monthly_allowance_ucr,
                                             rate_limit_requests, rate_limit_period_s)
            VALUES ('sim', 1, '2020-01-01T00:00:00Z', 50000000, 600, 60);
            INSERT INTO meter.endpoint_rules (plan_code, version, service, endpoint, method, per_call_ucr,
                                              per_unit_ucr, premium, rate_limit_requests, rate_limit_period_s)
            VALUES ('sim', 1, 'maps', '/geocode', 'GET', 2000, 0, false, NULL, NULL),
                   ('sim', 1, 'maps', '/route', 'POST', 5000, 200, false, NULL, NULL),
                   ('sim', 1, 'search', '/query', '*', 1000, 0, false, NULL, NULL),
                   ('sim', 1, 'ai', '/embed', 'POST', 100, 20, false, NULL, NULL),
                   ('sim', 1, 'ai', '/complete', 'POST', 20000, 50, true, 60, 60),
                   ('sim', 1, 'storage', '/put', 'PUT', 500, 10, false, NULL, NULL);
            INSERT INTO meter.region_multipliers (plan_code, version, region, basis_points)
            VALUES ('sim', 1, 'eu', 11000), ('sim', 1, 'ap', 12500);)");
        work.commit();
    });
}

// The number after the prefix of the last simulated tenant, so that new ones continue from it.
int lastSimNumber(pqxx::connection_base& connection, const std::string& prefix) {
    return store::translatingErrors([&] {
        pqxx::read_transaction read(connection);
        return read
            .exec_params1(R"(SELECT coalesce(max(substring(slug FROM length($1) + 1)::integer), 0)
                               FROM meter.tenants
                              WHERE slug >= $1 AND left(slug, length($1)) = $1
                                AND substring(slug FROM length($1) + 1) ~ '^[0-9]{1,9}$')",
                          prefix)[0]
            .as<int>();
    });
}

bool planExists(pqxx::connection_base& connection, const std::string& code) {
    return store::translatingErrors([&] {
        pqxx::read_transaction read(connection);
        return read.exec_params1("SELECT EXISTS (SELECT FROM meter.plans WHERE code = $1)", code)[0]
            .as<bool>();
    });
}

// The plans new tenants go on, in turn.
std::vector<std::string> plansForNewTenants(pqxx::connection_base& connection,
                                            const std::string& chosen) {
    if (chosen.empty()) {
        std::vector<std::string> plans = plansInForce(connection);
        if (!plans.empty())
            return plans;
    } else if (planExists(connection, chosen)) {
        return {chosen};
    } else if (chosen != SimPopulation::kSimPlan) {
        throw std::invalid_argument("--plan: no plan '" + chosen + "' in the database");
    }
    createSimPlan(connection);
    return {SimPopulation::kSimPlan};
}

std::string walletAddress(Rng& rng) {
    static constexpr char hex[] = "0123456789abcdef";
    std::string address = "0x";
    std::uniform_int_distribution<int> digit(0, 15);
    for (int i = 0; i < 40; ++i)
        address += hex[digit(rng)];
    return address;
}

// New tenants and their first credits, in one transaction.
void createSimTenants(pqxx::connection_base& connection, int count, const PopulationChoice& choice,
                      Rng& rng) {
    const std::vector<std::string> plans = plansForNewTenants(connection, choice.newTenantPlan);
    const std::string prefix = choice.slugPrefix.value_or(kDefaultPrefix);
    static const std::vector<std::string> regions = {"eu", "us", "ap", "eu", "us"};
    std::bernoulli_distribution frugal(1.0 / 12), premium(0.3), hasWallet(0.3);
    std::uniform_int_distribution<std::int64_t> richCredits(2'000, 50'000), poorCredits(1, 20);

    std::vector<std::string> slugs, planCodes, tenantRegions, wallets;
    std::vector<int> premiumAccess;
    std::vector<std::int64_t> thresholds, credits;
    const int first = lastSimNumber(connection, prefix) + 1;
    for (int i = 0; i < count; ++i) {
        char number[16];
        std::snprintf(number, sizeof number, "%04d", first + i);
        slugs.push_back(prefix + number);
        planCodes.push_back(plans[static_cast<std::size_t>(i) % plans.size()]);
        tenantRegions.push_back(regions[static_cast<std::size_t>(i) % regions.size()]);
        premiumAccess.push_back(premium(rng) ? 1 : 0);
        wallets.push_back(hasWallet(rng) ? walletAddress(rng) : std::string());
        const bool runsDry = frugal(rng);
        thresholds.push_back((runsDry ? 5 : 100) * kMicrosPerCredit);
        credits.push_back((runsDry ? poorCredits(rng) : richCredits(rng)) * kMicrosPerCredit);
    }
    store::translatingErrors([&] {
        pqxx::work work(connection);
        work.exec_params(
            R"(INSERT INTO meter.tenants (slug, name, email, plan_code, region, premium_access,
                                         low_credit_threshold_ucr, wallet_address)
               SELECT n.slug, 'Simulated tenant ' || substring(n.slug FROM 5), n.slug || '@sim.example.com',
                      n.plan_code, n.region, n.premium <> 0, n.threshold, nullif(n.wallet, '')
                 FROM unnest($1::text[], $2::text[], $3::text[], $4::integer[], $5::bigint[], $6::text[])
                      AS n (slug, plan_code, region, premium, threshold, wallet))",
            textArray(slugs), textArray(planCodes), textArray(tenantRegions),
            numberArray(premiumAccess), numberArray(thresholds), textArray(wallets));
        // A second statement: functions do not see rows inserted by the statement calling them.
        work.exec_params(
            R"(SELECT count(meter.top_up(t.tenant_id, a.amount, 'simulator credits'))
                 FROM unnest($1::text[], $2::bigint[]) AS a (slug, amount)
                 JOIN meter.tenants t ON t.slug = a.slug)",
            textArray(slugs), numberArray(credits));
        work.commit();
    });
}

// A long tail: the tenant at popularity rank r (from 1) makes r^-0.9 of the top tenant's calls.
void assignPopularity(std::vector<SimTenant>& tenants, Rng& rng) {
    std::vector<std::size_t> ranks(tenants.size());
    std::iota(ranks.begin(), ranks.end(), std::size_t{1});
    std::shuffle(ranks.begin(), ranks.end(), rng);
    for (std::size_t i = 0; i < tenants.size(); ++i)
        tenants[i].popularity = std::pow(static_cast<double>(ranks[i]), -0.9);
}

} // namespace

SimPopulation SimPopulation::load(pqxx::connection_base& connection, const PopulationChoice& choice,
                                  Rng& rng) {
    SimPopulation population;
    std::vector<store::Tenant> tenants = loadTenants(connection, choice);
    const int target = choice.wanted.value_or(tenants.empty() ? kDefaultTenants : 0);
    if (static_cast<int>(tenants.size()) < target) {
        population.created_ = target - static_cast<int>(tenants.size());
        createSimTenants(connection, population.created_, choice, rng);
        PopulationChoice created = choice;
        created.wanted = target;
        tenants = loadTenants(connection, created);
    }

    store::PlanRepository plans(connection);
    for (store::Tenant& tenant : tenants) {
        auto plan = population.plans_.find(tenant.planCode);
        if (plan == population.plans_.end())
            plan = population.plans_.emplace(tenant.planCode, plans.load(tenant.planCode)).first;
        population.tenants_.push_back({std::move(tenant), &plan->second, 1.0});
    }
    assignPopularity(population.tenants_, rng);
    return population;
}

std::string jobReference(const std::string& slug, int n) {
    return "job-" + slug + "-" + std::to_string(n);
}

} // namespace meterdesk::sim

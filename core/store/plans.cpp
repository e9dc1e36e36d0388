#include "plans.h"

#include "errors.h"
#include "sql_values.h"

#include <pqxx/pqxx>

#include <map>

namespace meterdesk::store {

namespace {

using billing::Credits;

std::optional<std::string> optionalNumber(const std::optional<std::int64_t>& value) {
    return value ? std::optional<std::string>(std::to_string(*value)) : std::nullopt;
}

void loadRules(pqxx::read_transaction& read, billing::TariffVersion& version) {
    for (const auto& row : read.exec_params(
             R"(SELECT service, endpoint, method, per_call_ucr, per_unit_ucr, premium,
                       rate_limit_requests, rate_limit_period_s
                  FROM meter.endpoint_rules WHERE plan_code = $1 AND version = $2
                 ORDER BY service, endpoint, method)",
             version.planCode, version.version)) {
        billing::EndpointRule rule;
        rule.service = row[0].as<std::string>();
        rule.endpoint = row[1].as<std::string>();
        rule.method = row[2].as<std::string>();
        rule.perCall = Credits::fromMicros(row[3].as<std::int64_t>());
        rule.perUnit = Credits::fromMicros(row[4].as<std::int64_t>());
        rule.premium = row[5].as<bool>();
        if (!row[6].is_null())
            rule.rateLimit =
                billing::RateLimit{row[6].as<std::int64_t>(), row[7].as<std::int64_t>()};
        version.rules.push_back(std::move(rule));
    }
    for (const auto& row :
         read.exec_params(R"(SELECT region, basis_points FROM meter.region_multipliers
                                                WHERE plan_code = $1 AND version = $2 ORDER BY region)",
                          version.planCode, version.version)) {
        version.regions.push_back({row[0].as<std::string>(), row[1].as<std::int64_t>()});
    }
}

} // namespace

PlanRepository::PlanRepository(pqxx::connection_base& connection)
    : connection_(connection) {}

std::vector<PlanSummary> PlanRepository::list(TenantCounts counts) const {
    return translatingErrors([&] {
        pqxx::read_transaction read(connection_);
        std::vector<PlanSummary> plans;
        for (const auto& row : read.exec_params(R"(
                SELECT p.code, p.name,
                       (SELECT count(*) FROM meter.plan_versions v WHERE v.plan_code = p.code),
                       (SELECT v.version FROM meter.plan_versions v
                         WHERE v.plan_code = p.code AND v.effective_from <= now()
                         ORDER BY v.effective_from DESC, v.version DESC LIMIT 1),
                       (SELECT extract(epoch FROM min(v.effective_from))::bigint FROM meter.plan_versions v
                         WHERE v.plan_code = p.code AND v.effective_from > now()),
                       CASE WHEN $1 THEN (SELECT count(*) FROM meter.tenants t
                                           WHERE t.plan_code = p.code) END
                  FROM meter.plans p ORDER BY p.code)",
                                                counts == TenantCounts::Counted)) {
            PlanSummary plan;
            plan.code = row[0].as<std::string>();
            plan.name = row[1].as<std::string>();
            plan.versionCount = row[2].as<int>();
            if (!row[3].is_null())
                plan.versionInForce = row[3].as<int>();
            plan.nextVersionFrom = sql::optionalSeconds(row[4]);
            if (!row[5].is_null())
                plan.tenantCount = row[5].as<std::int64_t>();
            plans.push_back(std::move(plan));
        }
        return plans;
    });
}

billing::Plan PlanRepository::load(const std::string& code) const {
    return translatingErrors([&] {
        // One snapshot, so that a version saved meanwhile cannot appear half-read.
        pqxx::read_transaction read(connection_);
        const auto planRows =
            read.exec_params("SELECT name FROM meter.plans WHERE code = $1", code);
        if (planRows.empty())
            throw StoreError(StoreError::Kind::NotFound, "plan '" + code + "' does not exist");
        billing::Plan plan;
        plan.code = code;
        plan.name = planRows[0][0].as<std::string>();
        for (
            const auto& row : read.exec_params(
                R"(SELECT version, extract(epoch FROM effective_from)::bigint, monthly_allowance_ucr,
                           rate_limit_requests, rate_limit_period_s
                      FROM meter.plan_versions WHERE plan_code = $1 ORDER BY version)",
                code)) {
            billing::TariffVersion version;
            version.planCode = code;
            version.version = row[0].as<int>();
            version.effectiveFrom = sql::timestamp(row[1]);
            version.monthlyAllowance = Credits::fromMicros(row[2].as<std::int64_t>());
            version.defaultRateLimit = {row[3].as<std::int64_t>(), row[4].as<std::int64_t>()};
            loadRules(read, version);
            plan.versions.push_back(std::move(version));
        }
        return plan;
    });
}

void PlanRepository::createPlan(const std::string& code, const std::string& name) {
    translatingErrors([&] {
        pqxx::work work(connection_);
        work.exec_params("INSERT INTO meter.plans (code, name) VALUES ($1, $2)", code, name);
        work.commit();
    });
}

void PlanRepository::addVersion(const billing::TariffVersion& version) {
    billing::throwIfInvalid(billing::validate(version));
    translatingErrors([&] {
        pqxx::work work(connection_);
        // Serialises savers of the same plan; the loser then sees the winner's version.
        const auto latest = work.exec_params1(
            R"(SELECT (SELECT coalesce(max(version), 0) FROM meter.plan_versions WHERE plan_code = p.code)
                 FROM meter.plans p WHERE p.code = $1 FOR UPDATE)",
            version.planCode);
        if (latest[0].as<int>() != version.version - 1) {
            throw StoreError(
                StoreError::Kind::StaleRowVersion,
                "plan '" + version.planCode + "' got version " + latest[0].as<std::string>() +
                    " from someone else while you edited; your changes are kept, review "
                    "them against the new version and save again");
        }
        if (work.exec_params1("SELECT to_timestamp($1) < now()",
                              sql::epoch(version.effectiveFrom))[0]
                .as<bool>()) {
            throw StoreError(
                StoreError::Kind::InvalidArgument,
                "effectiveFrom must not be in the past: a version takes effect from now on");
        }
        work.exec_params(R"(INSERT INTO meter.plan_versions (plan_code, version, effective_from,
                                monthly_allowance_ucr, rate_limit_requests, rate_limit_period_s)
                            VALUES ($1, $2, to_timestamp($3), $4, $5, $6))",
                         version.planCode, version.version, sql::epoch(version.effectiveFrom),
                         version.monthlyAllowance.micros(), version.defaultRateLimit.requests,
                         version.defaultRateLimit.periodSeconds);
        for (const auto& rule : version.rules) {
            const auto limitRequests = optionalNumber(
                rule.rateLimit ? std::optional<std::int64_t>(rule.rateLimit->requests)
                               : std::nullopt);
            const auto limitPeriod = optionalNumber(
                rule.rateLimit ? std::optional<std::int64_t>(rule.rateLimit->periodSeconds)
                               : std::nullopt);
            work.exec_params(
                R"(INSERT INTO meter.endpoint_rules (plan_code, version, service, endpoint, method,
                                    per_call_ucr, per_unit_ucr, premium, rate_limit_requests, rate_limit_period_s)
                                VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9::bigint, $10::integer))",
                version.planCode, version.version, rule.service, rule.endpoint, rule.method,
                rule.perCall.micros(), rule.perUnit.micros(), rule.premium,
                sql::nullable(limitRequests), sql::nullable(limitPeriod));
        }
        for (const auto& region : version.regions) {
            work.exec_params(
                R"(INSERT INTO meter.region_multipliers (plan_code, version, region, basis_points)
                                VALUES ($1, $2, $3, $4))",
                version.planCode, version.version, region.region, region.basisPoints);
        }
        work.commit();
    });
}

} // namespace meterdesk::store

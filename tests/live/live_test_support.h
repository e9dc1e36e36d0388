#pragma once

// What the live-usage suites share: instants written as ISO text, a test plan, tenants
// unique to the run (the ledger is append-only, so tenants with history stay), and usage
// rows written straight into the tables from short text fixtures.

#include <store/connection.h>
#include <store/usage.h>

#include <QDateTime>
#include <QString>
#include <QStringList>

#include <pqxx/pqxx>

#include <chrono>
#include <cstdint>
#include <map>
#include <stdexcept>
#include <string>

namespace meterdesk::live_test {

inline std::chrono::sys_seconds at(const char* isoUtc) {
    const QDateTime parsed = QDateTime::fromString(QString::fromLatin1(isoUtc), Qt::ISODate);
    if (!parsed.isValid())
        throw std::invalid_argument(std::string("not an ISO instant: ") + isoUtc);
    return std::chrono::sys_seconds{std::chrono::seconds{parsed.toSecsSinceEpoch()}};
}

inline long long epoch(std::chrono::sys_seconds instant) {
    return static_cast<long long>(instant.time_since_epoch().count());
}

inline std::string runSuffix() {
    static const std::string suffix =
        std::to_string(QDateTime::currentMSecsSinceEpoch() % 100'000'000);
    return suffix;
}

// A plan in force since 2000 with two endpoints (maps /geocode GET 1000 µcr per call, ai
// /embed POST 5 + 1 per unit), a generous default rate limit, and eu charged ×1.25.
inline void ensureTestPlan(pqxx::connection& connection, const std::string& code) {
    pqxx::work work(connection);
    if (work.exec_params("SELECT 1 FROM meter.plans WHERE code = $1", code).empty()) {
        work.exec_params("INSERT INTO meter.plans (code, name) VALUES ($1, 'Live test plan')",
                         code);
        work.exec_params(R"(INSERT INTO meter.plan_versions (plan_code, version, effective_from,
                                     monthly_allowance_ucr, rate_limit_requests, rate_limit_period_s)
                            VALUES ($1, 1, '2000-01-01T00:00:00Z', 0, 1000000, 60))",
                         code);
        work.exec_params(R"(INSERT INTO meter.endpoint_rules (plan_code, version, service, endpoint,
                                     method, per_call_ucr, per_unit_ucr)
                            VALUES ($1, 1, 'maps', '/geocode', 'GET', 1000, 0),
                                   ($1, 1, 'ai', '/embed', 'POST', 5, 1))",
                         code);
        work.exec_params(R"(INSERT INTO meter.region_multipliers (plan_code, version, region,
                                     basis_points) VALUES ($1, 1, 'eu', 12500))",
                         code);
    }
    work.commit();
}

// Creates the tenant and returns its id; `credits` µcr are topped up when positive.
inline std::int64_t createTenant(pqxx::connection& connection, const std::string& slug,
                                 const std::string& planCode, long long credits,
                                 long long lowCreditThreshold = 0) {
    pqxx::work work(connection);
    const auto id = work.exec_params1(
                            R"(INSERT INTO meter.tenants (slug, name, email, plan_code,
                                                          low_credit_threshold_ucr)
                               VALUES ($1, $1, $1 || '@example.com', $2, $3) RETURNING tenant_id)",
                            slug, planCode, lowCreditThreshold)[0]
                        .as<std::int64_t>();
    if (credits > 0)
        work.exec_params("SELECT meter.top_up($1, $2, 'test credits')", id, credits);
    work.commit();
    return id;
}

// Tenants by the names fixtures call them.
using TenantIds = std::map<QString, std::int64_t>;

// Raw events, one per line: "<ISO instant> <tenant name> <service> <endpoint> <decision>
// <units> <credits µcr>".
inline void insertEvents(pqxx::connection& connection, const TenantIds& tenants,
                         const QStringList& lines) {
    pqxx::work work(connection);
    for (const QString& line : lines) {
        const QStringList f = line.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        work.exec_params(
            R"(INSERT INTO meter.usage_events (tenant_id, occurred_at, service, endpoint, method,
                                               units, credits_ucr, decision)
               VALUES ($1, $2::timestamptz, $3, $4, 'GET', $5, $6, $7))",
            tenants.at(f[1]), f[0].toStdString(), f[2].toStdString(), f[3].toStdString(),
            f[5].toLongLong(), f[6].toLongLong(), f[4].toStdString());
    }
    work.commit();
}

// The rollups of the raw events of [from, until), as metering writes them with the events
// (the usage repository relies on every event having its rollup).
inline void rollUpEvents(pqxx::connection& connection, const char* fromIso, const char* untilIso) {
    pqxx::work work(connection);
    work.exec_params(
        R"(INSERT INTO meter.usage_rollups (tenant_id, minute, service, endpoint, allowed_calls,
               denied_not_in_plan, denied_premium_required, denied_rate_limited,
               denied_no_credits, denied_suspended, units, credits_ucr)
           SELECT tenant_id, date_trunc('minute', occurred_at), service, endpoint,
                  count(*) FILTER (WHERE decision = 'allowed'),
                  count(*) FILTER (WHERE decision = 'not_in_plan'),
                  count(*) FILTER (WHERE decision = 'premium_required'),
                  count(*) FILTER (WHERE decision = 'rate_limited'),
                  count(*) FILTER (WHERE decision = 'no_credits'),
                  count(*) FILTER (WHERE decision = 'suspended'),
                  coalesce(sum(units) FILTER (WHERE decision = 'allowed'), 0), sum(credits_ucr)
             FROM meter.usage_events
            WHERE occurred_at >= $1::timestamptz AND occurred_at < $2::timestamptz
            GROUP BY 1, 2, 3, 4)",
        std::string(fromIso), std::string(untilIso));
    work.commit();
}

// Rollups, one per line: "<ISO minute> <tenant name> <service> <endpoint> <allowed>
// <not in plan> <premium required> <rate limited> <no credits> <suspended> <units>
// <credits µcr>".
inline void insertRollups(pqxx::connection& connection, const TenantIds& tenants,
                          const QStringList& lines) {
    pqxx::work work(connection);
    for (const QString& line : lines) {
        const QStringList f = line.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        work.exec_params(
            R"(INSERT INTO meter.usage_rollups (minute, tenant_id, service, endpoint, allowed_calls,
                   denied_not_in_plan, denied_premium_required, denied_rate_limited,
                   denied_no_credits, denied_suspended, units, credits_ucr)
               VALUES ($1::timestamptz, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12))",
            f[0].toStdString(), tenants.at(f[1]), f[2].toStdString(), f[3].toStdString(),
            f[4].toLongLong(), f[5].toLongLong(), f[6].toLongLong(), f[7].toLongLong(),
            f[8].toLongLong(), f[9].toLongLong(), f[10].toLongLong(), f[11].toLongLong());
    }
    work.commit();
}

// Counts as "allowed notInPlan premiumRequired rateLimited noCredits suspended units credits".
inline store::UsageCounts counts(const char* text) {
    const QStringList f = QString::fromLatin1(text).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (f.size() != 8)
        throw std::invalid_argument(std::string("counts need 8 numbers: ") + text);
    store::UsageCounts c;
    c.allowed = f[0].toLongLong();
    c.notInPlan = f[1].toLongLong();
    c.premiumRequired = f[2].toLongLong();
    c.rateLimited = f[3].toLongLong();
    c.noCredits = f[4].toLongLong();
    c.suspended = f[5].toLongLong();
    c.units = f[6].toLongLong();
    c.credits = billing::Credits::fromMicros(f[7].toLongLong());
    return c;
}

} // namespace meterdesk::live_test

#pragma once

#include <store/connection.h>
#include <store/ledger.h>
#include <store/plans.h>
#include <store/tenants.h>

#include <QDateTime>
#include <QThread>

#include <pqxx/pqxx>

#include <memory>
#include <string>

// Test data of one suite in the shared sandbox database (reached through the libpq
// environment), under a prefix no other run uses, so that suites never see each other's rows.
// The destructor removes what the database lets go of; ledger entries are append-only, so
// tenants with credits stay behind under their unique prefix.
class SandboxData {
public:
    explicit SandboxData(const std::string& suite)
        : prefix_(suite + "-" + std::to_string(QDateTime::currentMSecsSinceEpoch() % 100'000'000))
        , connection_(meterdesk::store::connect({{}, {}, "tst_" + suite})) {}

    ~SandboxData() {
        pqxx::work work(*connection_);
        const std::string tenants =
            "SELECT tenant_id FROM meter.tenants WHERE slug LIKE " + work.quote(prefix_ + "-%");
        work.exec("DELETE FROM meter.api_keys WHERE tenant_id IN (" + tenants + ")");
        work.exec("DELETE FROM meter.alerts WHERE tenant_id IN (" + tenants + ")");
        work.exec(
            "DELETE FROM meter.tenants t WHERE t.tenant_id IN (" + tenants +
            ") AND NOT EXISTS (SELECT 1 FROM meter.ledger l WHERE l.tenant_id = t.tenant_id)");
        work.commit();
    }

    const std::string& prefix() const { return prefix_; }
    pqxx::connection& connection() { return *connection_; }

    // A plan with one version in force (it starts a second from now) and, when asked, one
    // scheduled a month ahead.
    std::string createPlan(const std::string& suffix, bool withScheduledVersion = false) {
        const std::string code = prefix_ + "-" + suffix;
        meterdesk::store::PlanRepository plans(*connection_);
        plans.createPlan(code, "Plan " + suffix);
        const auto now = std::chrono::floor<std::chrono::seconds>(std::chrono::system_clock::now());
        plans.addVersion(version(code, 1, now + std::chrono::seconds{1}));
        if (withScheduledVersion) {
            plans.addVersion(version(code, 2, now + std::chrono::days{30}));
        }
        QThread::msleep(1'100);
        return code;
    }

    meterdesk::store::Tenant createTenant(const std::string& suffix, const std::string& planCode,
                                          std::int64_t lowCreditThresholdMicros = 0) {
        meterdesk::store::TenantDraft draft;
        draft.slug = prefix_ + "-" + suffix;
        draft.name = "Tenant " + suffix + " of " + prefix_;
        draft.email = "ops-" + suffix + "@" + prefix_ + ".example";
        draft.planCode = planCode;
        draft.region = "eu";
        draft.lowCreditThreshold =
            meterdesk::billing::Credits::fromMicros(lowCreditThresholdMicros);
        return meterdesk::store::TenantRepository(*connection_).create(draft);
    }

    void topUp(std::int64_t tenantId, std::int64_t micros) {
        meterdesk::store::LedgerRepository(*connection_)
            .topUp(tenantId, meterdesk::billing::Credits::fromMicros(micros), "test top-up");
    }

private:
    static meterdesk::billing::TariffVersion version(const std::string& code, int number,
                                                     std::chrono::sys_seconds from) {
        meterdesk::billing::TariffVersion version;
        version.planCode = code;
        version.version = number;
        version.effectiveFrom = from;
        version.monthlyAllowance = meterdesk::billing::Credits::fromMicros(number * 1'000'000);
        version.defaultRateLimit = {100, 60};
        meterdesk::billing::EndpointRule rule;
        rule.service = "search";
        rule.endpoint = "/v1/query";
        rule.method = "GET";
        rule.perCall = meterdesk::billing::Credits::fromMicros(500'000);
        version.rules.push_back(rule);
        return version;
    }

    std::string prefix_;
    std::unique_ptr<pqxx::connection> connection_;
};

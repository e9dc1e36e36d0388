#include "live_test_support.h"

#include <app/sim_backfill.h>
#include <app/sim_live.h>
#include <app/sim_population.h>
#include <app/sim_traffic.h>
#include <billing/rating.h>

#include <QTest>

#include <pqxx/pqxx>

#include <stdexcept>

using namespace meterdesk;
using namespace std::chrono_literals;

class TestSimulator : public QObject {
    Q_OBJECT

    std::unique_ptr<pqxx::connection> connection_;
    std::optional<sim::SimPopulation> population_;
    long long lastTenantBefore_ = 0;
    sim::Rng rng_{20261125};

    long long scalar(const std::string& query) {
        pqxx::read_transaction read(*connection_);
        return read.exec1(query)[0].as<long long>();
    }

    std::map<std::int64_t, std::int64_t> balances() {
        pqxx::read_transaction read(*connection_);
        std::map<std::int64_t, std::int64_t> result;
        for (const auto& row : read.exec("SELECT tenant_id, balance_ucr FROM meter.balances"))
            result[row[0].as<std::int64_t>()] = row[1].as<std::int64_t>();
        return result;
    }

private slots:
    void initTestCase() {
        connection_ = store::connect({});
        live_test::ensureTestPlan(*connection_, "tst-live-plan");
        const int existing = static_cast<int>(scalar("SELECT count(*) FROM meter.tenants"));
        lastTenantBefore_ = scalar("SELECT coalesce(max(tenant_id), 0) FROM meter.tenants");
        sim::PopulationChoice choice;
        choice.wanted = existing + 3;
        population_ = sim::SimPopulation::load(*connection_, choice, rng_);
    }

    void missingTenantsAreCreatedWithCredits() {
        QCOMPARE(population_->created(), 3);
        const auto& tenants = population_->tenants();
        QCOMPARE(static_cast<long long>(tenants.size()),
                 scalar("SELECT count(*) FROM meter.tenants"));
        QCOMPARE(
            scalar(R"(SELECT count(*) FROM meter.tenants t JOIN meter.balances b USING (tenant_id)
                            WHERE t.slug ~ '^sim-[0-9]{4,}$' AND b.balance_ucr <= 0
                              AND t.created_at > now() - interval '1 hour')"),
            0LL);
        for (const auto& tenant : tenants) {
            QVERIFY(tenant.plan != nullptr);
            QCOMPARE(tenant.plan->code, tenant.tenant.planCode);
            QVERIFY(tenant.popularity > 0 && tenant.popularity <= 1);
        }
    }

    void rhythmAveragesOneOverAWeek() {
        double sum = 0;
        int samples = 0;
        for (auto at = live_test::at("2026-10-05T00:00:00Z");
             at < live_test::at("2026-10-12T00:00:00Z"); at += 10min, ++samples) {
            sum += sim::rhythm(at, "eu");
        }
        QVERIFY(std::abs(sum / samples - 1.0) < 0.01);
        // Monday 13:00 in the EU (12:00 UTC) against Sunday 03:00 (02:00 UTC).
        QVERIFY(sim::rhythm(live_test::at("2026-10-05T12:00:00Z"), "eu") >
                5 * sim::rhythm(live_test::at("2026-10-11T02:00:00Z"), "eu"));
        // The same instant is afternoon in the EU and early morning in the US.
        QVERIFY(sim::rhythm(live_test::at("2026-10-05T12:00:00Z"), "eu") >
                sim::rhythm(live_test::at("2026-10-05T12:00:00Z"), "us"));
    }

    void callsUseTheTenantsPlan() {
        sim::TrafficModel model(*population_, 7);
        model.advanceTo(std::chrono::floor<std::chrono::seconds>(std::chrono::system_clock::now()));
        int outsideThePlan = 0;
        for (int i = 0; i < 2000; ++i) {
            const sim::SimCall call = model.callFor(model.pickTenant());
            const auto& tenant = population_->tenants().at(call.tenant);
            const auto* version = tenant.plan->versionAt(model.clock());
            const bool inPlan = version != nullptr && billing::findRule(*version, call.service,
                                                                        call.endpoint, call.method);
            outsideThePlan += inPlan ? 0 : 1;
            QVERIFY(call.units >= 1);
            if (!call.job.empty()) {
                QVERIFY(tenant.tenant.walletAddress.has_value());
                const std::string& slug = tenant.tenant.slug;
                QVERIFY(call.job == sim::jobReference(slug, 1) ||
                        call.job == sim::jobReference(slug, 2) ||
                        call.job == sim::jobReference(slug, 3));
            }
        }
        QVERIFY(outsideThePlan > 0);
        QVERIFY(outsideThePlan < 400);
    }

    void backfillIsConsistentWithRollupsAndLedger() {
        const auto before = balances();
        const long long lastEntry = scalar("SELECT coalesce(max(entry_id), 0) FROM meter.ledger");
        sim::TrafficModel model(*population_, 11);
        const sim::BackfillResult result =
            sim::HistoryBackfill(*connection_, model).write(1, 0.3, [](int, int, std::int64_t) {});
        QVERIFY(result.events > 0);
        QVERIFY(result.rollups > 0 && result.rollups <= result.events);
        QCOMPARE(result.until - result.from, std::chrono::seconds{std::chrono::days{1}});

        // Checked on the tenants created for this suite, whose usage only the simulator wrote.
        const std::string from =
            "to_timestamp(" + std::to_string(live_test::epoch(result.from)) + ")";
        const std::string until =
            "to_timestamp(" + std::to_string(live_test::epoch(result.until)) + ")";
        const std::string ours = " tenant_id > " + std::to_string(lastTenantBefore_) + " ";
        QVERIFY(scalar("SELECT count(*) FROM meter.usage_events WHERE" + ours) > 0);

        // Every rollup equals the raw events it counts.
        QCOMPARE(scalar(R"(
            WITH events AS (
                SELECT tenant_id, date_trunc('minute', occurred_at) AS minute, service, endpoint,
                       count(*) FILTER (WHERE decision = 'allowed') AS allowed,
                       count(*) FILTER (WHERE decision <> 'allowed') AS denied,
                       coalesce(sum(units) FILTER (WHERE decision = 'allowed'), 0) AS units,
                       sum(credits_ucr) AS credits
                  FROM meter.usage_events
                 WHERE)" +
                        ours + "AND occurred_at >= " + from + " AND occurred_at < " + until + R"(
                 GROUP BY 1, 2, 3, 4),
            rollups AS (
                SELECT tenant_id, minute, service, endpoint, allowed_calls AS allowed,
                       denied_not_in_plan + denied_premium_required + denied_rate_limited
                           + denied_no_credits + denied_suspended AS denied,
                       units, credits_ucr AS credits
                  FROM meter.usage_rollups
                 WHERE)" +
                        ours + "AND minute >= " + from + " AND minute < " + until + R"()
            SELECT count(*) FROM events e FULL JOIN rollups r USING (tenant_id, minute, service, endpoint)
             WHERE e.allowed IS DISTINCT FROM r.allowed OR e.denied IS DISTINCT FROM r.denied
                OR e.units IS DISTINCT FROM r.units OR e.credits IS DISTINCT FROM r.credits)"),
                 0LL);

        // Every allowed call is priced by the version in force when it happened.
        QCOMPARE(scalar(R"(
            SELECT count(*) FROM meter.usage_events e
              JOIN meter.tenants t ON t.tenant_id = e.tenant_id
              LEFT JOIN LATERAL (SELECT v.version FROM meter.plan_versions v
                                  WHERE v.plan_code = t.plan_code AND v.effective_from <= e.occurred_at
                                  ORDER BY v.effective_from DESC LIMIT 1) v ON true
              LEFT JOIN LATERAL (SELECT * FROM meter.endpoint_rules r
                                  WHERE r.plan_code = t.plan_code AND r.version = v.version
                                    AND r.service = e.service AND r.endpoint = e.endpoint
                                    AND r.method IN (e.method, '*')
                                  ORDER BY r.method = '*' LIMIT 1) r ON true
              LEFT JOIN meter.region_multipliers m
                     ON m.plan_code = t.plan_code AND m.version = v.version AND m.region = e.region
             WHERE e.decision = 'allowed' AND e.)" +
                        ours.substr(1) + R"(
               AND e.credits_ucr IS DISTINCT FROM
                   round((r.per_call_ucr + r.per_unit_ucr::numeric * e.units)
                         * coalesce(m.basis_points, 10000) / 10000))"),
                 0LL);

        // Balances end where they started, and the ledger still sums to them.
        QCOMPARE(balances(), before);
        QCOMPARE(scalar(R"(SELECT count(*) FROM meter.balances b
                            WHERE b.balance_ucr <> (SELECT coalesce(sum(l.amount_ucr), 0)
                                                      FROM meter.ledger l WHERE l.tenant_id = b.tenant_id))"),
                 0LL);

        // The backfill's entries: per tenant, an opening top-up pays for its usage entries.
        const std::string added = " FROM meter.ledger WHERE entry_id > " +
                                  std::to_string(lastEntry) + " AND reference = 'sim-backfill'";
        QCOMPARE(scalar("SELECT count(*)" + added), static_cast<long long>(result.ledgerEntries));
        QCOMPARE(scalar("SELECT -coalesce(sum(amount_ucr), 0)" + added + " AND kind = 'usage'"),
                 static_cast<long long>(result.charged.micros()));
        QCOMPARE(scalar("SELECT count(*) FROM (SELECT tenant_id" + added +
                        " GROUP BY tenant_id HAVING sum(amount_ucr) <> 0) unbalanced"),
                 0LL);
        QCOMPARE(
            scalar("SELECT count(*)" + added + " AND kind = 'top_up' AND created_at <> " + from),
            0LL);
    }

    void liveTrafficMetersThroughTrackBatch() {
        sim::TrafficModel model(*population_, 13);
        sim::LivePlan plan;
        plan.rate = 300;
        plan.duration = 2s;
        plan.batch = 50;
        plan.requestPrefix = "tst-sim-" + live_test::runSuffix();
        const std::atomic<bool> stop{false};
        const sim::MeteringTally tally =
            sim::LiveTraffic({}, model, plan).run(stop, [](const sim::MeteringTally&) {});
        QVERIFY2(tally.events >= 400, qPrintable(QString::number(tally.events)));
        QVERIFY(tally.decisions.count("allowed") == 1);
        QVERIFY(tally.rate() > 150);

        const std::string ours =
            " FROM meter.usage_events WHERE request_id LIKE '" + plan.requestPrefix + "-%'";
        QCOMPARE(scalar("SELECT count(*)" + ours),
                 static_cast<long long>(tally.events - tally.duplicates));
        // Job references name the tenant, which has a wallet.
        QCOMPARE(
            scalar(
                R"(SELECT count(*) FROM meter.usage_events e JOIN meter.tenants t USING (tenant_id)
                            WHERE e.request_id LIKE ')" +
                plan.requestPrefix + R"(-%' AND e.job IS NOT NULL
                              AND (t.wallet_address IS NULL OR e.job !~ ('^job-' || t.slug || '-[1-3]$')))"),
            0LL);
    }

    // A prefix chooses a population of its own, whatever else the database holds: only its
    // tenants are played, new ones continue its numbering on the plan chosen.
    void slugPrefixPlaysAPopulationOfItsOwn() {
        sim::PopulationChoice choice;
        choice.slugPrefix = "tst-own-" + std::to_string(lastTenantBefore_) + "-";
        choice.newTenantPlan = sim::SimPopulation::kSimPlan;
        choice.wanted = 3;
        const auto first = sim::SimPopulation::load(*connection_, choice, rng_);
        QCOMPARE(first.created(), 3);
        std::vector<std::string> slugs;
        for (const auto& tenant : first.tenants()) {
            QVERIFY2(tenant.tenant.slug.starts_with(*choice.slugPrefix),
                     tenant.tenant.slug.c_str());
            QCOMPARE(tenant.tenant.planCode, std::string(sim::SimPopulation::kSimPlan));
            slugs.push_back(tenant.tenant.slug);
        }
        QCOMPARE(slugs.front(), *choice.slugPrefix + "0001");
        QCOMPARE(slugs.back(), *choice.slugPrefix + "0003");

        choice.wanted = 2;
        const auto fewer = sim::SimPopulation::load(*connection_, choice, rng_);
        QCOMPARE(fewer.created(), 0);
        QCOMPARE(fewer.tenants().size(), std::size_t{2});
        QCOMPARE(fewer.tenants().back().tenant.slug, slugs[1]);

        choice.wanted = 5;
        const auto more = sim::SimPopulation::load(*connection_, choice, rng_);
        QCOMPARE(more.created(), 2);
        QCOMPARE(more.tenants().size(), std::size_t{5});
        QCOMPARE(more.tenants().back().tenant.slug, *choice.slugPrefix + "0005");

        choice.newTenantPlan = "no-such-plan";
        choice.wanted = 6;
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument,
                                 sim::SimPopulation::load(*connection_, choice, rng_));
    }
};

QTEST_GUILESS_MAIN(TestSimulator)
#include "tst_simulator.moc"

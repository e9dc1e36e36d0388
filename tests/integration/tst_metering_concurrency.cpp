// Eight connections metering one tenant at once: the balance check and charge, and the rate
// limit, must be atomic, so exactly the affordable (or permitted) number of calls passes.

#include <QDateTime>
#include <QTest>

#include <pqxx/pqxx>

#include <atomic>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

namespace {

// Unique per run: the ledger is append-only, so tenants with history are never deleted.
const std::string runTag = std::to_string(QDateTime::currentMSecsSinceEpoch() % 100'000'000);
const std::string planCode = "race-" + runTag;

constexpr int connectionCount = 8;
constexpr long long chargePerCall = 1000;

// What the hammering connections saw, summed over all of them.
struct Outcome {
    std::atomic<long long> allowed = 0;
    std::atomic<long long> noCredits = 0;
    std::atomic<long long> rateLimited = 0;
    std::atomic<long long> negativeBalances = 0;
    std::mutex errorsMutex;
    std::vector<std::string> errors;

    void record(const pqxx::row& row) {
        const auto reason = row["reason"].as<std::string>();
        if (reason == "allowed")
            ++allowed;
        else if (reason == "no_credits")
            ++noCredits;
        else if (reason == "rate_limited")
            ++rateLimited;
        if (row["balance_ucr"].as<long long>() < 0)
            ++negativeBalances;
    }

    void fail(const std::string& error) {
        const std::lock_guard lock(errorsMutex);
        errors.push_back(error);
    }
};

// One connection's share of the load: `calls` metered calls, one by one or in batches.
void hammer(const std::string& slug, const std::string& endpoint, int calls, int batchSize,
            Outcome& outcome) {
    try {
        pqxx::connection connection;
        for (int done = 0; done < calls; done += batchSize) {
            pqxx::work work(connection);
            const auto rows =
                batchSize == 1
                    ? work.exec_params("SELECT * FROM meter.track($1, 'race', $2, 'GET')", slug,
                                       endpoint)
                    : work.exec_params(R"(SELECT r.* FROM meter.track_batch(
                                              (SELECT jsonb_agg(jsonb_build_object('tenant', $1::text, 'service', 'race',
                                                                                   'endpoint', $2::text, 'method', 'GET'))
                                                 FROM generate_series(1, $3))) r)",
                                       slug, endpoint, batchSize);
            work.commit();
            for (const auto& row : rows)
                outcome.record(row);
        }
    } catch (const std::exception& error) {
        outcome.fail(error.what());
    }
}

} // namespace

class TestMeteringConcurrency : public QObject {
    Q_OBJECT

    std::unique_ptr<pqxx::connection> db_;
    int tenantCount_ = 0;

    long long createTenant(const std::string& slug, long long credits) {
        pqxx::work work(*db_);
        const auto id =
            work.exec_params1(R"(INSERT INTO meter.tenants (slug, name, email, plan_code)
                                             VALUES ($1, $1, $1 || '@example.com', $2) RETURNING tenant_id)",
                              slug, planCode)[0]
                .as<long long>();
        work.exec_params("SELECT meter.top_up($1, $2, 'race credits')", id, credits);
        work.commit();
        return id;
    }

private slots:
    // /paid costs 1000 µcr a call with an ample limit; /limited is free but has its own limit of
    // 150 calls per window, a window that never ends during a test (2e9 s, ending in 2033).
    void initTestCase() {
        db_ = std::make_unique<pqxx::connection>();
        pqxx::work work(*db_);
        work.exec_params("INSERT INTO meter.plans (code, name) VALUES ($1, 'Race')", planCode);
        work.exec_params(R"(INSERT INTO meter.plan_versions (plan_code, version, effective_from,
                                rate_limit_requests, rate_limit_period_s)
                            VALUES ($1, 1, now(), 1000000000, 60))",
                         planCode);
        work.exec_params(
            R"(INSERT INTO meter.endpoint_rules (plan_code, version, service, endpoint, method,
                                per_call_ucr, rate_limit_requests, rate_limit_period_s)
                            VALUES ($1, 1, 'race', '/paid', 'GET', $2, NULL, NULL),
                                   ($1, 1, 'race', '/limited', 'GET', 0, 150, 2000000000))",
            planCode, chargePerCall);
        work.commit();
    }

    void exactlyThePermittedCallsPass_data() {
        QTest::addColumn<QString>("endpoint");
        QTest::addColumn<long long>("credits");
        QTest::addColumn<int>("callsPerConnection");
        QTest::addColumn<int>("batchSize");
        QTest::addColumn<long long>("expectedAllowed");
        QTest::addColumn<long long>("expectedBalance");
        QTest::newRow("balance for 200 calls, single calls")
            << "/paid" << 200 * chargePerCall << 40 << 1 << 200LL << 0LL;
        QTest::newRow("balance for 200 calls, batches of 10")
            << "/paid" << 200 * chargePerCall << 40 << 10 << 200LL << 0LL;
        QTest::newRow("limit of 150 calls, single calls")
            << "/limited" << 1'000'000LL << 30 << 1 << 150LL << 1'000'000LL;
        QTest::newRow("limit of 150 calls, batches of 10")
            << "/limited" << 1'000'000LL << 30 << 10 << 150LL << 1'000'000LL;
    }

    void exactlyThePermittedCallsPass() {
        QFETCH(QString, endpoint);
        QFETCH(long long, credits);
        QFETCH(int, callsPerConnection);
        QFETCH(int, batchSize);
        QFETCH(long long, expectedAllowed);
        QFETCH(long long, expectedBalance);
        const std::string slug = "race-" + runTag + "-" + std::to_string(++tenantCount_);
        const long long tenant = createTenant(slug, credits);

        Outcome outcome;
        std::vector<std::thread> connections;
        for (int i = 0; i < connectionCount; ++i)
            connections.emplace_back(hammer, slug, endpoint.toStdString(), callsPerConnection,
                                     batchSize, std::ref(outcome));
        for (auto& connection : connections)
            connection.join();

        QVERIFY2(outcome.errors.empty(),
                 outcome.errors.empty() ? "" : outcome.errors.front().c_str());
        const long long calls = static_cast<long long>(connectionCount) * callsPerConnection;
        QCOMPARE(outcome.allowed.load(), expectedAllowed);
        QCOMPARE(outcome.allowed + outcome.noCredits + outcome.rateLimited, calls);
        QCOMPARE(outcome.negativeBalances.load(), 0LL);

        pqxx::read_transaction read(*db_);
        const auto row = read.exec_params1(
            R"(SELECT (SELECT balance_ucr FROM meter.balances WHERE tenant_id = $1),
                      (SELECT sum(amount_ucr) FROM meter.ledger WHERE tenant_id = $1),
                      (SELECT count(*) FROM meter.usage_events WHERE tenant_id = $1 AND decision = 'allowed'),
                      (SELECT count(*) FROM meter.usage_events WHERE tenant_id = $1),
                      (SELECT coalesce(sum(allowed_calls), 0) FROM meter.usage_rollups WHERE tenant_id = $1))",
            tenant);
        QCOMPARE(row[0].as<long long>(), expectedBalance);
        QCOMPARE(row[1].as<long long>(), expectedBalance);
        QCOMPARE(row[2].as<long long>(), expectedAllowed);
        QCOMPARE(row[3].as<long long>(), calls);
        QCOMPARE(row[4].as<long long>(), expectedAllowed);
    }
};

QTEST_GUILESS_MAIN(TestMeteringConcurrency)
#include "tst_metering_concurrency.moc"

// Monthly allowances: granted at the start of every month, what is left of the previous one
// expired (usage spends the allowance first), exactly once per tenant and month, also when
// connections race for it.

#include <QDateTime>
#include <QTest>

#include <pqxx/pqxx>

#include <atomic>
#include <latch>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

namespace {

// Unique per run: the ledger is append-only, so tenants with history are never deleted.
const std::string runTag = std::to_string(QDateTime::currentMSecsSinceEpoch() % 100'000'000);
const std::string planCode = "allowance-" + runTag;
const std::string steppedPlan = "allowance-step-" + runTag;

constexpr long long allowance = 10'000;
constexpr int racers = 4;

struct LedgerEntry {
    std::string kind;
    long long amount = 0;
    std::string reference;

    friend bool operator==(const LedgerEntry&, const LedgerEntry&) = default;
};

} // namespace

class TestAllowance : public QObject {
    Q_OBJECT

    std::unique_ptr<pqxx::connection> db_;
    std::string thisMonth_;
    std::string nextMonth_;
    int tenantCount_ = 0;

    std::string newSlug() { return "allowance-" + runTag + "-" + std::to_string(++tenantCount_); }

    long long createTenant(const std::string& slug, const std::string& plan = planCode) {
        pqxx::work work(*db_);
        const auto id =
            work.exec_params1(R"(INSERT INTO meter.tenants (slug, name, email, plan_code)
                                             VALUES ($1, $1, $1 || '@example.com', $2) RETURNING tenant_id)",
                              slug, plan)[0]
                .as<long long>();
        work.commit();
        return id;
    }

    void run(const std::string& sql, long long tenant) {
        pqxx::work work(*db_);
        work.exec_params(sql, tenant);
        work.commit();
    }

    bool applyAllowance(long long tenant, const std::string& month) {
        pqxx::work work(*db_);
        const bool started =
            work.exec_params1("SELECT meter.apply_allowance($1, $2::date)", tenant, month)[0]
                .as<bool>();
        work.commit();
        return started;
    }

    long long balance(long long tenant) {
        return pqxx::read_transaction(*db_)
            .exec_params1("SELECT balance_ucr FROM meter.balances WHERE tenant_id = $1", tenant)[0]
            .as<long long>();
    }

    // The tenant's allowance entries (grants and expiries), oldest first.
    std::vector<LedgerEntry> allowanceEntries(long long tenant) {
        std::vector<LedgerEntry> entries;
        for (const auto& row : pqxx::read_transaction(*db_).exec_params(
                 R"(SELECT kind, amount_ucr, reference FROM meter.ledger
                     WHERE tenant_id = $1 AND kind IN ('grant', 'expiry') ORDER BY entry_id)",
                 tenant)) {
            entries.push_back(
                {row[0].as<std::string>(), row[1].as<long long>(), row[2].as<std::string>()});
        }
        return entries;
    }

    static std::string reference(const std::string& month) {
        return "allowance:" + month.substr(0, 7);
    }

private slots:
    // The plan grants 10,000 µcr a month and sells /metered at 1 µcr a unit. The stepped plan's
    // allowance doubles from next month on.
    void initTestCase() {
        db_ = std::make_unique<pqxx::connection>();
        pqxx::work work(*db_);
        const auto months = work.exec1("SELECT meter.utc_month(now())::text, "
                                       "(meter.utc_month(now()) + interval '1 month')::date::text");
        thisMonth_ = months[0].as<std::string>();
        nextMonth_ = months[1].as<std::string>();
        for (const std::string& plan : {planCode, steppedPlan}) {
            work.exec_params("INSERT INTO meter.plans (code, name) VALUES ($1, 'Allowance')", plan);
            work.exec_params(R"(INSERT INTO meter.plan_versions (plan_code, version, effective_from,
                                    monthly_allowance_ucr, rate_limit_requests, rate_limit_period_s)
                                VALUES ($1, 1, now(), $2, 1000000, 60))",
                             plan, allowance);
            work.exec_params(
                R"(INSERT INTO meter.endpoint_rules (plan_code, version, service, endpoint, method,
                                    per_unit_ucr)
                                VALUES ($1, 1, 'allowance', '/metered', 'GET', 1))",
                plan);
        }
        work.exec_params(R"(INSERT INTO meter.plan_versions (plan_code, version, effective_from,
                                monthly_allowance_ucr, rate_limit_requests, rate_limit_period_s)
                            VALUES ($1, 2, meter.month_start($2::date), $3, 1000000, 60))",
                         steppedPlan, nextMonth_, 2 * allowance);
        work.commit();
    }

    void expiresWhatIsLeftThenGrants_data() {
        QTest::addColumn<long long>("used");
        QTest::addColumn<long long>("toppedUp");
        QTest::addColumn<long long>("adjusted");
        QTest::addColumn<long long>("expired");
        QTest::addColumn<long long>("closing");
        QTest::newRow("part used, top-up kept") << 3'000LL << 5'000LL << 0LL << 7'000LL << 15'000LL;
        QTest::newRow("more than the allowance used")
            << 12'000LL << 5'000LL << 0LL << 0LL << 13'000LL;
        QTest::newRow("balance below what is left")
            << 2'000LL << 0LL << -7'000LL << 1'000LL << 10'000LL;
        QTest::newRow("nothing used") << 0LL << 0LL << 0LL << 10'000LL << 10'000LL;
        QTest::newRow("all used exactly") << 10'000LL << 0LL << 0LL << 0LL << 10'000LL;
    }

    void expiresWhatIsLeftThenGrants() {
        QFETCH(long long, used);
        QFETCH(long long, toppedUp);
        QFETCH(long long, adjusted);
        QFETCH(long long, expired);
        QFETCH(long long, closing);
        const std::string slug = newSlug();
        const long long tenant = createTenant(slug);

        QVERIFY(applyAllowance(tenant, thisMonth_));
        QCOMPARE(balance(tenant), allowance);
        if (toppedUp > 0)
            run("SELECT meter.top_up($1, " + std::to_string(toppedUp) + ", 'bought')", tenant);
        if (used > 0) {
            pqxx::work work(*db_);
            QCOMPARE(
                work.exec_params1(
                        "SELECT reason FROM meter.track($1, 'allowance', '/metered', 'GET', $2)",
                        slug, used)[0]
                    .as<std::string>(),
                std::string("allowed"));
            work.commit();
        }
        if (adjusted != 0)
            run("SELECT meter.adjust($1, " + std::to_string(adjusted) + ", 'correction')", tenant);

        QVERIFY(applyAllowance(tenant, nextMonth_));

        std::vector<LedgerEntry> expected{{"grant", allowance, reference(thisMonth_)}};
        if (expired > 0)
            expected.push_back({"expiry", -expired, reference(thisMonth_)});
        expected.push_back({"grant", allowance, reference(nextMonth_)});
        QCOMPARE(allowanceEntries(tenant), expected);
        QCOMPARE(balance(tenant), closing);
        const auto runRow = pqxx::read_transaction(*db_).exec_params1(
            "SELECT granted_ucr, expired_ucr FROM meter.allowance_runs WHERE tenant_id = $1 AND "
            "month = $2::date",
            tenant, nextMonth_);
        QCOMPARE(runRow[0].as<long long>(), allowance);
        QCOMPARE(runRow[1].as<long long>(), expired);
    }

    void aMonthStartsOnlyOnce_data() {
        QTest::addColumn<bool>("again"); // run next month again, else this month (now in the past)
        QTest::newRow("the same month again") << true;
        QTest::newRow("an earlier month afterwards") << false;
    }

    void aMonthStartsOnlyOnce() {
        QFETCH(bool, again);
        const long long tenant = createTenant(newSlug());
        QVERIFY(applyAllowance(tenant, thisMonth_));
        QVERIFY(applyAllowance(tenant, nextMonth_));
        const auto entries = allowanceEntries(tenant);
        const long long before = balance(tenant);

        QVERIFY(!applyAllowance(tenant, again ? nextMonth_ : thisMonth_));

        QCOMPARE(allowanceEntries(tenant), entries);
        QCOMPARE(balance(tenant), before);
    }

    void firstCallOfTheMonthGrantsTheAllowance() {
        const std::string slug = newSlug();
        const long long tenant = createTenant(slug);
        QCOMPARE(balance(tenant), 0LL);

        pqxx::work work(*db_);
        const auto decision = work.exec_params1(
            "SELECT reason, balance_ucr FROM meter.track($1, 'allowance', '/metered', 'GET', 4000)",
            slug);
        work.commit();

        QCOMPARE(decision[0].as<std::string>(), std::string("allowed"));
        QCOMPARE(decision[1].as<long long>(), allowance - 4'000);
        QCOMPARE(allowanceEntries(tenant),
                 (std::vector<LedgerEntry>{{"grant", allowance, reference(thisMonth_)}}));
        QCOMPARE(balance(tenant), allowance - 4'000);
    }

    void grantsTheVersionInForceWhenTheMonthStarts() {
        const long long tenant = createTenant(newSlug(), steppedPlan);
        QVERIFY(applyAllowance(tenant, thisMonth_));
        QVERIFY(applyAllowance(tenant, nextMonth_));
        QCOMPARE(allowanceEntries(tenant),
                 (std::vector<LedgerEntry>{{"grant", allowance, reference(thisMonth_)},
                                           {"expiry", -allowance, reference(thisMonth_)},
                                           {"grant", 2 * allowance, reference(nextMonth_)}}));
    }

    void runAllowancesCatchesUpEveryTenant() {
        std::vector<long long> tenants;
        for (int i = 0; i < 3; ++i)
            tenants.push_back(createTenant(newSlug()));

        const auto started = [this] {
            pqxx::work work(*db_);
            const int count = work.exec1("SELECT meter.run_allowances()")[0].as<int>();
            work.commit();
            return count;
        };
        QVERIFY(started() >= 3);
        for (const long long tenant : tenants) {
            QCOMPARE(allowanceEntries(tenant),
                     (std::vector<LedgerEntry>{{"grant", allowance, reference(thisMonth_)}}));
            QCOMPARE(balance(tenant), allowance);
        }

        started();
        for (const long long tenant : tenants)
            QCOMPARE(allowanceEntries(tenant).size(), std::size_t{1});
    }

    void racingConnectionsStartTheMonthOnce_data() {
        QTest::addColumn<bool>("byFirstCalls"); // else by apply_allowance for next month
        QTest::newRow("apply_allowance racing") << false;
        QTest::newRow("first metered calls racing") << true;
    }

    void racingConnectionsStartTheMonthOnce() {
        QFETCH(bool, byFirstCalls);
        const std::string slug = newSlug();
        const long long tenant = createTenant(slug);
        if (!byFirstCalls)
            QVERIFY(applyAllowance(tenant, thisMonth_));
        const std::string month = byFirstCalls ? thisMonth_ : nextMonth_;

        std::latch start(racers);
        std::atomic<int> startedTheMonth = 0;
        std::mutex errorsMutex;
        std::vector<std::string> errors;
        std::vector<std::thread> threads;
        for (int i = 0; i < racers; ++i) {
            threads.emplace_back([&] {
                try {
                    pqxx::connection connection;
                    start.arrive_and_wait();
                    pqxx::work work(connection);
                    if (byFirstCalls) {
                        work.exec_params(
                            "SELECT * FROM meter.track($1, 'allowance', '/metered', 'GET', 100)",
                            slug);
                    } else if (work.exec_params1("SELECT meter.apply_allowance($1, $2::date)",
                                                 tenant, month)[0]
                                   .as<bool>()) {
                        ++startedTheMonth;
                    }
                    work.commit();
                } catch (const std::exception& error) {
                    const std::lock_guard lock(errorsMutex);
                    errors.push_back(error.what());
                }
            });
        }
        for (auto& thread : threads)
            thread.join();

        QVERIFY2(errors.empty(), errors.empty() ? "" : errors.front().c_str());
        if (!byFirstCalls)
            QCOMPARE(startedTheMonth.load(), 1);
        const auto runs = pqxx::read_transaction(*db_).exec_params1(
            "SELECT count(*) FROM meter.allowance_runs WHERE tenant_id = $1 AND month = $2::date",
            tenant, month);
        QCOMPARE(runs[0].as<long long>(), 1LL);
        long long grants = 0;
        for (const LedgerEntry& entry : allowanceEntries(tenant))
            grants += entry.kind == "grant" && entry.reference == reference(month) ? 1 : 0;
        QCOMPARE(grants, 1LL);
        const long long usage = byFirstCalls ? racers * 100LL : 0;
        const long long expiredLastMonth = byFirstCalls ? 0 : allowance;
        QCOMPARE(balance(tenant),
                 (byFirstCalls ? allowance : 2 * allowance) - usage - expiredLastMonth);
    }

    void refusesAMonthNotStartingOnTheFirst_data() {
        QTest::addColumn<QString>("sql");
        QTest::newRow("apply_allowance") << "SELECT meter.apply_allowance(TENANT_ID, '2030-01-15')";
        QTest::newRow("run_allowances") << "SELECT meter.run_allowances('2030-01-15')";
    }

    void refusesAMonthNotStartingOnTheFirst() {
        QFETCH(QString, sql);
        const long long tenant = createTenant(newSlug());
        try {
            pqxx::work work(*db_);
            work.exec(sql.replace("TENANT_ID", QString::number(tenant)).toStdString());
            QFAIL("a mid-month start was accepted");
        } catch (const pqxx::sql_error& error) {
            QCOMPARE(error.sqlstate(), std::string("22023"));
            QVERIFY2(QString(error.what())
                         .contains("month must be the first day of a month (got 2030-01-15)"),
                     error.what());
        }
        QVERIFY(allowanceEntries(tenant).empty());
    }
};

QTEST_GUILESS_MAIN(TestAllowance)
#include "tst_allowance.moc"

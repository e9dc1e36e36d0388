#include "live_test_support.h"

#include <models/database_session.h>
#include <models/live_usage_feed.h>
#include <models/usage_dashboard.h>

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

// Declared before the test data uses it (a Release build instantiates the type id sooner).
Q_DECLARE_METATYPE(meterdesk::models::UsageRange)

using namespace meterdesk;
using namespace std::chrono_literals;
using models::UsageDashboard;
using models::UsageRange;

namespace {

constexpr auto kInterval = models::LiveUsageFeed::kDefaultInterval;
// What a loaded CI machine may add to the interval: the notification, the read, the merge.
constexpr int kSlackMs = 5000; // generous: CI machines are shared and noisy

std::chrono::sys_seconds now() {
    return std::chrono::floor<std::chrono::seconds>(std::chrono::system_clock::now());
}

QString describe(const store::UsageCounts& c) {
    return QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8")
        .arg(c.allowed)
        .arg(c.notInPlan)
        .arg(c.premiumRequired)
        .arg(c.rateLimited)
        .arg(c.noCredits)
        .arg(c.suspended)
        .arg(c.units)
        .arg(c.credits.micros());
}

} // namespace

class TestUsageDashboard : public QObject {
    Q_OBJECT

    std::unique_ptr<pqxx::connection> connection_;
    std::unique_ptr<models::DatabaseSession> session_;
    std::unique_ptr<models::LiveUsageFeed> feed_;
    std::string slug_;
    std::int64_t tenantId_ = 0;
    std::unique_ptr<UsageDashboard> dashboard_;
    std::unique_ptr<QAbstractItemModelTester> tester_;

    void track(int calls, const char* endpoint = "/geocode") {
        pqxx::work work(*connection_);
        for (int i = 0; i < calls; ++i) {
            work.exec_params("SELECT * FROM meter.track($1, $2, $3, $4)", slug_,
                             std::string(endpoint) == "/geocode" ? "maps" : "ai", endpoint,
                             std::string(endpoint) == "/geocode" ? "GET" : "POST");
        }
        work.commit();
    }

    void load(UsageRange range) {
        QSignalSpy loaded(dashboard_.get(), &UsageDashboard::loaded);
        dashboard_->setRange(range);
        QVERIFY(loaded.wait(10'000));
    }

    // The rollups of the tenant bucketed on the window, read straight from the table.
    std::map<std::chrono::sys_seconds, QString> rollupsOf(const store::UsageWindow& window) {
        pqxx::read_transaction read(*connection_);
        std::map<std::chrono::sys_seconds, QString> buckets;
        for (const auto& row : read.exec_params(
                 R"(SELECT extract(epoch FROM date_bin($3 * interval '1 second', minute,
                                                       to_timestamp($1)))::bigint,
                           sum(allowed_calls), sum(denied_not_in_plan), sum(denied_premium_required),
                           sum(denied_rate_limited), sum(denied_no_credits), sum(denied_suspended),
                           sum(units), sum(credits_ucr)
                      FROM meter.usage_rollups
                     WHERE tenant_id = $4 AND minute >= to_timestamp($1) AND minute < to_timestamp($2)
                     GROUP BY 1)",
                 live_test::epoch(window.from), live_test::epoch(window.until),
                 static_cast<long long>(window.step.count()), tenantId_)) {
            QStringList fields;
            for (int i = 1; i <= 8; ++i)
                fields << QString::fromStdString(row[i].as<std::string>());
            buckets[std::chrono::sys_seconds{std::chrono::seconds{row[0].as<long long>()}}] =
                fields.join(QLatin1Char(' '));
        }
        return buckets;
    }

private slots:
    void initTestCase() {
        connection_ = store::connect({});
        live_test::ensureTestPlan(*connection_, "tst-live-plan");
        slug_ = "tst-dashboard-" + live_test::runSuffix();
        tenantId_ = live_test::createTenant(*connection_, slug_, "tst-live-plan", 1'000'000'000);
        // History in the last hour and day, so that every range has something to show.
        const auto minute = std::chrono::floor<std::chrono::minutes>(now());
        const auto iso = [](std::chrono::sys_seconds at) {
            return QDateTime::fromSecsSinceEpoch(live_test::epoch(at), Qt::UTC)
                .toString(Qt::ISODate);
        };
        live_test::insertRollups(
            *connection_, {{QStringLiteral("T"), tenantId_}},
            {iso(minute - 10min) + " T maps /geocode 4 1 0 2 0 0 4 4000",
             iso(minute - 3h) + " T ai /embed 2 0 0 0 1 0 30 70",
             iso(minute - std::chrono::days{3}) + " T maps /geocode 9 0 0 0 0 0 9 9000"});

        session_ = std::make_unique<models::DatabaseSession>();
        session_->open({});
        QTRY_COMPARE_WITH_TIMEOUT(session_->state(), models::DatabaseSession::State::Connected,
                                  10'000);
        feed_ = std::make_unique<models::LiveUsageFeed>();
        QSignalSpy listening(feed_.get(), &models::LiveUsageFeed::listening);
        feed_->start({}, kInterval);
        QVERIFY(listening.wait(10'000));
    }

    void init() {
        dashboard_ = std::make_unique<UsageDashboard>(*session_);
        tester_ = std::make_unique<QAbstractItemModelTester>(
            &dashboard_->series(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        connect(feed_.get(), &models::LiveUsageFeed::usageCommitted, dashboard_.get(),
                &UsageDashboard::usageCommitted);
        dashboard_->setFilter({tenantId_, std::nullopt});
        load(UsageRange::FiveMinutes);
    }

    void cleanup() {
        tester_.reset();
        dashboard_.reset();
    }

    void aCommittedEventReachesTheModelWithinTheCoalescingInterval() {
        const auto before = dashboard_->series().total().allowed;
        QElapsedTimer clock;
        track(1);
        clock.start();
        QTRY_VERIFY_WITH_TIMEOUT(dashboard_->series().total().allowed == before + 1,
                                 static_cast<int>(kInterval.count()) + kSlackMs);
        QVERIFY2(clock.elapsed() <= kInterval.count() + kSlackMs,
                 qPrintable(QStringLiteral("%1 ms").arg(clock.elapsed())));
        qInfo("the first event reached the model %lld ms after its commit", clock.elapsed());

        // Events committed within an interval of the last delivery wait for its end.
        track(2);
        clock.restart();
        QTRY_VERIFY_WITH_TIMEOUT(dashboard_->series().total().allowed == before + 3,
                                 static_cast<int>(kInterval.count()) + kSlackMs);
        QVERIFY2(clock.elapsed() <= kInterval.count() + kSlackMs,
                 qPrintable(QStringLiteral("%1 ms").arg(clock.elapsed())));
        qInfo("the next events reached the model %lld ms after their commit", clock.elapsed());
        // The events are in the last seconds of the window.
        const models::UsageChartModel& series = dashboard_->series();
        int lastWithCalls = -1;
        for (int row = 0; row < series.rowCount(); ++row) {
            if (series.countsAt(row).allowed > 0)
                lastWithCalls = row;
        }
        QVERIFY(lastWithCalls >= series.rowCount() - 5);
    }

    void rankingsFollowWithinTheirInterval() {
        track(1, "/embed");
        QTRY_VERIFY_WITH_TIMEOUT(
            dashboard_->topEndpoints().rowCount() == 2,
            static_cast<int>(models::rankingIntervalOf(UsageRange::FiveMinutes).count()) +
                kSlackMs);
    }

    void chartPointsEqualTheRollups_data() {
        QTest::addColumn<UsageRange>("range");
        QTest::newRow("1 hour per minute") << UsageRange::Hour;
        QTest::newRow("24 hours per minute") << UsageRange::Day;
        QTest::newRow("30 days per hour") << UsageRange::Month;
        QTest::newRow("90 days per day") << UsageRange::Quarter;
    }

    void chartPointsEqualTheRollups() {
        QFETCH(UsageRange, range);
        track(2);
        track(1, "/embed");
        load(range);

        const models::UsageChartModel& series = dashboard_->series();
        const auto expected = rollupsOf(series.window());
        QVERIFY(!expected.empty());
        int withCalls = 0;
        for (int row = 0; row < series.rowCount(); ++row) {
            const auto found = expected.find(series.startAt(row));
            const QString shown = describe(series.countsAt(row));
            QCOMPARE(shown,
                     found == expected.end() ? QStringLiteral("0 0 0 0 0 0 0 0") : found->second);
            withCalls += found != expected.end();
        }
        QCOMPARE(withCalls, static_cast<int>(expected.size()));
        QCOMPARE(dashboard_->topTenants().rowCount(), 1);
        QCOMPARE(dashboard_->topTenants().tenantIdAt(0), std::optional<std::int64_t>(tenantId_));
    }

    void switchingRangesReadsTheNewWindowOnly() {
        QSignalSpy loaded(dashboard_.get(), &UsageDashboard::loaded);
        QSignalSpy changed(dashboard_.get(), &UsageDashboard::rangeChanged);
        dashboard_->setRange(UsageRange::Hour);
        dashboard_->setRange(UsageRange::Quarter); // before the hour has loaded
        QVERIFY(loaded.wait(10'000));
        QTest::qWait(300);
        QCOMPARE(loaded.count(), 1); // the hour's read was superseded and dropped
        QCOMPARE(changed.count(), 2);
        QCOMPARE(dashboard_->range(), UsageRange::Quarter);
        QCOMPARE(dashboard_->series().window().step, std::chrono::seconds{86400});
        QCOMPARE(dashboard_->series().rowCount(), 90);

        // The history three days ago counts in 90 days but not in 24 hours.
        const auto quarterAllowed = dashboard_->series().total().allowed;
        load(UsageRange::Day);
        QCOMPARE(dashboard_->series().rowCount(), 1440);
        QCOMPARE(dashboard_->series().total().allowed, quarterAllowed - 9);
    }

    void pausingKeepsTheData() {
        track(1);
        QTRY_VERIFY_WITH_TIMEOUT(dashboard_->series().total().allowed >= 1, 5000);
        QTest::qWait(static_cast<int>(kInterval.count()) * 3);

        QSignalSpy paused(dashboard_.get(), &UsageDashboard::pausedChanged);
        dashboard_->setPaused(true);
        QCOMPARE(paused.count(), 1);
        const store::UsageWindow window = dashboard_->series().window();
        const store::UsageCounts shown = dashboard_->series().total();
        track(3);
        QTest::qWait(2500); // long enough for refreshes and for the window to scroll
        QCOMPARE(dashboard_->series().window(), window);
        QCOMPARE(dashboard_->series().total(), shown);
        QCOMPARE(dashboard_->series().rowCount(), 300);

        dashboard_->setPaused(false);
        QTRY_VERIFY_WITH_TIMEOUT(dashboard_->series().total().allowed == shown.allowed + 3, 5000);
        QVERIFY(dashboard_->series().window().from > window.from);
    }

    void filteringByEndpointKeepsItsCallsOnly() {
        QSignalSpy loaded(dashboard_.get(), &UsageDashboard::loaded);
        dashboard_->setFilter({tenantId_, store::EndpointKey{"ai", "/embed"}});
        QVERIFY(loaded.wait(10'000));
        const auto before = dashboard_->series().total().allowed;
        track(2);
        track(3, "/embed");
        QTRY_COMPARE_WITH_TIMEOUT(dashboard_->series().total().allowed, before + 3, 5000);
        QTest::qWait(static_cast<int>(kInterval.count()) * 2);
        QCOMPARE(dashboard_->series().total().allowed, before + 3);
        QCOMPARE(dashboard_->topEndpoints().rowCount(), 1);
        QCOMPARE(dashboard_->topEndpoints().nameAt(0), QStringLiteral("ai /embed"));
    }
};

QTEST_GUILESS_MAIN(TestUsageDashboard)
#include "tst_usage_dashboard.moc"

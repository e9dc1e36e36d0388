#include "live_test_support.h"

#include <store/errors.h>
#include <store/usage.h>

#include <QTest>

#include <pqxx/pqxx>

// Declared before the test data uses it (a Release build instantiates the type id sooner).
Q_DECLARE_METATYPE(meterdesk::store::UsageWindow)

using namespace meterdesk;
using namespace std::chrono_literals;
using live_test::at;
using live_test::counts;

namespace {

// Two tenants' raw events in the seconds after 10:00 (with their rollups) and rollups alone in
// the minutes after 12:00, of a day no other suite writes; initTestCase() clears both first.
const QStringList rawEvents = {
    "2026-10-05T10:00:00.100Z A maps /geocode allowed 1 1000",
    "2026-10-05T10:00:00.900Z A maps /geocode rate_limited 1 0",
    "2026-10-05T10:00:01.000Z A ai /embed allowed 5 30",
    "2026-10-05T10:00:01.500Z B maps /geocode allowed 1 1000",
    "2026-10-05T10:00:02.250Z B maps /geocode suspended 1 0",
    "2026-10-05T10:00:03.999Z A maps /geocode no_credits 1 0",
    "2026-10-05T10:00:04.000Z B ai /embed not_in_plan 1 0",
};

const QStringList rollups = {
    "2026-10-05T12:00:00Z A maps /geocode 10 0 0 2 0 0 10 10000",
    "2026-10-05T12:01:00Z A ai /embed 3 0 0 0 0 0 40 120",
    "2026-10-05T12:00:00Z B maps /geocode 5 0 0 0 1 0 5 5000",
    "2026-10-05T12:59:00Z B maps /geocode 1 0 0 0 0 0 1 1000",
    "2026-10-05T13:00:00Z A maps /geocode 7 0 1 0 0 0 7 7000",
};

QString describe(const store::UsageBucket& bucket) {
    const auto& c = bucket.counts;
    return QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8 %9")
        .arg(QDateTime::fromSecsSinceEpoch(live_test::epoch(bucket.start), Qt::UTC)
                 .toString(Qt::ISODate))
        .arg(c.allowed)
        .arg(c.notInPlan)
        .arg(c.premiumRequired)
        .arg(c.rateLimited)
        .arg(c.noCredits)
        .arg(c.suspended)
        .arg(c.units)
        .arg(c.credits.micros());
}

QStringList describe(const std::vector<store::UsageBucket>& buckets) {
    QStringList lines;
    for (const auto& bucket : buckets)
        lines << describe(bucket);
    return lines;
}

} // namespace

class TestUsageRepository : public QObject {
    Q_OBJECT

    std::unique_ptr<pqxx::connection> connection_;
    live_test::TenantIds tenants_;

    store::UsageFilter filter(const QString& tenant, const QString& endpoint) const {
        store::UsageFilter f;
        if (!tenant.isEmpty())
            f.tenantId = tenants_.at(tenant);
        if (!endpoint.isEmpty()) {
            const QStringList parts = endpoint.split(QLatin1Char(' '));
            f.endpoint = store::EndpointKey{parts[0].toStdString(), parts[1].toStdString()};
        }
        return f;
    }

    static store::UsageWindow window(const char* from, const char* until, int stepSeconds) {
        return {at(from), at(until), std::chrono::seconds{stepSeconds}};
    }

private slots:
    void initTestCase() {
        connection_ = store::connect({});
        live_test::ensureTestPlan(*connection_, "tst-live-plan");
        for (const char* name : {"A", "B"}) {
            tenants_[QString::fromLatin1(name)] =
                live_test::createTenant(*connection_,
                                        "tst-usage-" + live_test::runSuffix() + "-" +
                                            QString::fromLatin1(name).toLower().toStdString(),
                                        "tst-live-plan", 0);
        }
        {
            pqxx::work work(*connection_);
            work.exec(R"(DELETE FROM meter.usage_events
                          WHERE occurred_at >= '2026-10-05T09:00Z' AND occurred_at < '2026-10-05T15:00Z';
                         DELETE FROM meter.usage_rollups
                          WHERE minute >= '2026-10-05T09:00Z' AND minute < '2026-10-05T15:00Z')");
            work.commit();
        }
        live_test::insertEvents(*connection_, tenants_, rawEvents);
        live_test::rollUpEvents(*connection_, "2026-10-05T10:00:00Z", "2026-10-05T10:01:00Z");
        live_test::insertRollups(*connection_, tenants_, rollups);
    }

    void seriesCountsEachBucket_data() {
        QTest::addColumn<QString>("tenant");
        QTest::addColumn<QString>("endpoint");
        QTest::addColumn<store::UsageWindow>("window");
        QTest::addColumn<QStringList>("expected");

        const auto seconds = window("2026-10-05T10:00:00Z", "2026-10-05T10:00:05Z", 1);
        QTest::newRow("raw, every tenant") << ""
                                           << "" << seconds
                                           << QStringList{"2026-10-05T10:00:00Z 1 0 0 1 0 0 1 1000",
                                                          "2026-10-05T10:00:01Z 2 0 0 0 0 0 6 1030",
                                                          "2026-10-05T10:00:02Z 0 0 0 0 0 1 0 0",
                                                          "2026-10-05T10:00:03Z 0 0 0 0 1 0 0 0",
                                                          "2026-10-05T10:00:04Z 0 1 0 0 0 0 0 0"};
        QTest::newRow("raw, one tenant") << "A"
                                         << "" << seconds
                                         << QStringList{"2026-10-05T10:00:00Z 1 0 0 1 0 0 1 1000",
                                                        "2026-10-05T10:00:01Z 1 0 0 0 0 0 5 30",
                                                        "2026-10-05T10:00:03Z 0 0 0 0 1 0 0 0"};
        QTest::newRow("raw, one tenant and endpoint")
            << "A"
            << "maps /geocode" << seconds
            << QStringList{"2026-10-05T10:00:00Z 1 0 0 1 0 0 1 1000",
                           "2026-10-05T10:00:03Z 0 0 0 0 1 0 0 0"};
        QTest::newRow("raw, one endpoint of every tenant")
            << ""
            << "ai /embed" << seconds
            << QStringList{"2026-10-05T10:00:01Z 1 0 0 0 0 0 5 30",
                           "2026-10-05T10:00:04Z 0 1 0 0 0 0 0 0"};
        QTest::newRow("raw, the bounds cut: from included, until excluded")
            << ""
            << "" << window("2026-10-05T10:00:01Z", "2026-10-05T10:00:03Z", 1)
            << QStringList{"2026-10-05T10:00:01Z 2 0 0 0 0 0 6 1030",
                           "2026-10-05T10:00:02Z 0 0 0 0 0 1 0 0"};
        QTest::newRow("rollups per minute")
            << ""
            << "" << window("2026-10-05T12:00:00Z", "2026-10-05T12:02:00Z", 60)
            << QStringList{"2026-10-05T12:00:00Z 15 0 0 2 1 0 15 15000",
                           "2026-10-05T12:01:00Z 3 0 0 0 0 0 40 120"};
        QTest::newRow("rollups per hour")
            << ""
            << "" << window("2026-10-05T12:00:00Z", "2026-10-05T14:00:00Z", 3600)
            << QStringList{"2026-10-05T12:00:00Z 19 0 0 2 1 0 56 16120",
                           "2026-10-05T13:00:00Z 7 0 1 0 0 0 7 7000"};
        QTest::newRow("rollups per hour from a half hour: buckets start at the window")
            << ""
            << "" << window("2026-10-05T11:30:00Z", "2026-10-05T13:30:00Z", 3600)
            << QStringList{"2026-10-05T11:30:00Z 18 0 0 2 1 0 55 15120",
                           "2026-10-05T12:30:00Z 8 0 1 0 0 0 8 8000"};
        QTest::newRow("rollups of one tenant and endpoint")
            << "B"
            << "maps /geocode" << window("2026-10-05T12:00:00Z", "2026-10-05T14:00:00Z", 3600)
            << QStringList{"2026-10-05T12:00:00Z 6 0 0 0 1 0 6 6000"};
        QTest::newRow("nothing called")
            << ""
            << "" << window("2026-10-05T09:00:00Z", "2026-10-05T09:05:00Z", 60) << QStringList{};
    }

    void seriesCountsEachBucket() {
        QFETCH(QString, tenant);
        QFETCH(QString, endpoint);
        QFETCH(store::UsageWindow, window);
        QFETCH(QStringList, expected);

        store::UsageRepository usage(*connection_);
        QCOMPARE(describe(usage.series(filter(tenant, endpoint), window)), expected);
    }

    void rankingsOrderByCallsAndKeepTheLimit() {
        store::UsageRepository usage(*connection_);
        const auto hours = window("2026-10-05T12:00:00Z", "2026-10-05T14:00:00Z", 3600);

        const auto tenants = usage.rankings({}, hours, 10).topTenants;
        QCOMPARE(tenants.size(), std::size_t{2});
        QCOMPARE(tenants[0].tenantId, tenants_.at("A"));
        QCOMPARE(tenants[0].counts, counts("20 0 1 2 0 0 57 17120"));
        QVERIFY(tenants[0].slug.ends_with("-a"));
        QCOMPARE(tenants[1].tenantId, tenants_.at("B"));
        QCOMPARE(tenants[1].counts.calls(), 7);
        // The tenants beyond the limit are left out before the counts are summed.
        const auto busiest = usage.rankings({}, hours, 1).topTenants;
        QCOMPARE(busiest.size(), std::size_t{1});
        QCOMPARE(busiest[0], tenants[0]);

        const auto endpoints = usage.rankings({}, hours, 1).topEndpoints;
        QCOMPARE(endpoints.size(), std::size_t{1});
        QCOMPARE(endpoints[0].endpoint, (store::EndpointKey{"maps", "/geocode"}));
        QCOMPARE(endpoints[0].counts.calls(), 27);
    }

    void rankingsCountEveryMinuteThatOverlapsTheWindow() {
        store::UsageRepository usage(*connection_);
        // A live window of seconds from 12:00:30 still counts the whole minute 12:00.
        const auto seconds = window("2026-10-05T12:00:30Z", "2026-10-05T12:01:30Z", 1);
        const auto tenants = usage.rankings({}, seconds, 10).topTenants;
        QCOMPARE(tenants.size(), std::size_t{2});
        QCOMPARE(tenants[0].counts.calls(), 15); // A: 12 in 12:00, 3 in 12:01
        QCOMPARE(tenants[1].counts.calls(), 6);  // B: 6 in 12:00
    }

    void overviewMatchesTheSeparateReads_data() {
        QTest::addColumn<QString>("tenant");
        QTest::addColumn<store::UsageWindow>("window");
        QTest::addColumn<int>("limit");
        QTest::newRow("rollups, every tenant")
            << "" << window("2026-10-05T12:00:00Z", "2026-10-05T14:00:00Z", 3600) << 5;
        QTest::newRow("rollups, limit 1")
            << "" << window("2026-10-05T12:00:00Z", "2026-10-05T12:02:00Z", 60) << 1;
        QTest::newRow("rollups, one tenant")
            << "B" << window("2026-10-05T11:00:00Z", "2026-10-05T14:00:00Z", 60) << 5;
        QTest::newRow("raw seconds")
            << "" << window("2026-10-05T10:00:00Z", "2026-10-05T10:00:05Z", 1) << 5;
    }

    void overviewMatchesTheSeparateReads() {
        QFETCH(QString, tenant);
        QFETCH(store::UsageWindow, window);
        QFETCH(int, limit);

        store::UsageRepository usage(*connection_);
        const auto f = filter(tenant, {});
        const store::UsageOverview overview = usage.overview(f, window, limit);
        QCOMPARE(overview.buckets, usage.series(f, window));
        const store::UsageRankings rankings = usage.rankings(f, window, limit);
        QCOMPARE(overview.topTenants, rankings.topTenants);
        QCOMPARE(overview.topEndpoints, rankings.topEndpoints);
    }

    void endpointsOfListsWhatTheTenantCalled() {
        store::UsageRepository usage(*connection_);
        const auto endpoints = usage.endpointsOf(tenants_.at("A"), at("2026-10-05T00:00:00Z"));
        QCOMPARE(endpoints.size(), std::size_t{2});
        QCOMPARE(endpoints[0], (store::EndpointKey{"ai", "/embed"}));
        QCOMPARE(endpoints[1], (store::EndpointKey{"maps", "/geocode"}));
        QVERIFY(usage.endpointsOf(tenants_.at("B"), at("2026-10-05T12:30:00Z")).size() == 1);
    }

    void invalidWindowsAreRefusedNamingTheField_data() {
        QTest::addColumn<store::UsageWindow>("window");
        QTest::addColumn<int>("limit");
        QTest::addColumn<QString>("message");
        QTest::newRow("step of 90 s")
            << window("2026-10-05T12:00:00Z", "2026-10-05T12:03:00Z", 90) << 5 << "window.step";
        QTest::newRow("zero step")
            << window("2026-10-05T12:00:00Z", "2026-10-05T12:03:00Z", 0) << 5 << "window.step";
        QTest::newRow("empty window")
            << window("2026-10-05T12:00:00Z", "2026-10-05T12:00:00Z", 60) << 5 << "window.until";
        QTest::newRow("part of a step")
            << window("2026-10-05T12:00:00Z", "2026-10-05T12:01:30Z", 60) << 5
            << "whole number of steps";
        QTest::newRow("minutes from a broken minute")
            << window("2026-10-05T12:00:10Z", "2026-10-05T12:01:10Z", 60) << 5 << "window.from";
        QTest::newRow("limit 0") << window("2026-10-05T12:00:00Z", "2026-10-05T12:01:00Z", 60) << 0
                                 << "limit";
    }

    void invalidWindowsAreRefusedNamingTheField() {
        QFETCH(store::UsageWindow, window);
        QFETCH(int, limit);
        QFETCH(QString, message);

        store::UsageRepository usage(*connection_);
        try {
            usage.overview({}, window, limit);
            QFAIL("the window was accepted");
        } catch (const store::StoreError& error) {
            QCOMPARE(error.kind(), store::StoreError::Kind::InvalidArgument);
            QVERIFY2(QString::fromUtf8(error.what()).contains(message), error.what());
        }
    }

    void bucketStartFloorsAlsoBeforeTheWindow_data() {
        QTest::addColumn<QString>("instant");
        QTest::addColumn<QString>("expected");
        QTest::newRow("inside") << "2026-10-05T12:45:00Z"
                                << "2026-10-05T12:30:00Z";
        QTest::newRow("on a boundary") << "2026-10-05T13:30:00Z"
                                       << "2026-10-05T13:30:00Z";
        QTest::newRow("before the window") << "2026-10-05T11:00:00Z"
                                           << "2026-10-05T10:30:00Z";
    }

    void bucketStartFloorsAlsoBeforeTheWindow() {
        QFETCH(QString, instant);
        QFETCH(QString, expected);
        const auto w = window("2026-10-05T11:30:00Z", "2026-10-05T14:30:00Z", 3600);
        QCOMPARE(w.bucketStart(at(instant.toLatin1().constData())),
                 at(expected.toLatin1().constData()));
    }
};

QTEST_GUILESS_MAIN(TestUsageRepository)
#include "tst_usage_repository.moc"

#include "live_test_support.h"

#include <models/usage_range.h>

#include <QTest>

// Declared before the test data uses it (a Release build instantiates the type id sooner).
Q_DECLARE_METATYPE(meterdesk::models::UsageRange)

using namespace meterdesk;
using live_test::at;
using models::UsageRange;

class TestUsageRange : public QObject {
    Q_OBJECT

private slots:
    void windowEndsWithTheBucketHoldingNow_data() {
        QTest::addColumn<UsageRange>("range");
        QTest::addColumn<QByteArray>("zone");
        QTest::addColumn<QString>("now");
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("until");
        QTest::addColumn<int>("step");

        QTest::newRow("5 minutes per second")
            << UsageRange::FiveMinutes << QByteArray("UTC") << "2026-10-05T10:00:30Z"
            << "2026-10-05T09:55:31Z"
            << "2026-10-05T10:00:31Z" << 1;
        QTest::newRow("1 hour per minute")
            << UsageRange::Hour << QByteArray("UTC") << "2026-10-05T10:00:30Z"
            << "2026-10-05T09:01:00Z"
            << "2026-10-05T10:01:00Z" << 60;
        QTest::newRow("24 hours per minute")
            << UsageRange::Day << QByteArray("UTC") << "2026-10-05T10:00:30Z"
            << "2026-10-04T10:01:00Z"
            << "2026-10-05T10:01:00Z" << 60;
        QTest::newRow("30 days per hour")
            << UsageRange::Month << QByteArray("UTC") << "2026-10-05T10:00:30Z"
            << "2026-09-05T11:00:00Z"
            << "2026-10-05T11:00:00Z" << 3600;
        QTest::newRow("30 days per local hour, half an hour off UTC")
            << UsageRange::Month << QByteArray("Asia/Kolkata") << "2026-10-05T10:00:30Z"
            << "2026-09-05T10:30:00Z"
            << "2026-10-05T10:30:00Z" << 3600;
        QTest::newRow("90 days per day")
            << UsageRange::Quarter << QByteArray("UTC") << "2026-10-05T10:00:30Z"
            << "2026-07-08T00:00:00Z"
            << "2026-10-06T00:00:00Z" << 86400;
        QTest::newRow("90 days per local day")
            << UsageRange::Quarter << QByteArray("Europe/Berlin") << "2026-10-05T10:00:30Z"
            << "2026-07-07T22:00:00Z"
            << "2026-10-05T22:00:00Z" << 86400;
        QTest::newRow("on a bucket's first second")
            << UsageRange::Hour << QByteArray("UTC") << "2026-10-05T10:00:00Z"
            << "2026-10-05T09:01:00Z"
            << "2026-10-05T10:01:00Z" << 60;
    }

    void windowEndsWithTheBucketHoldingNow() {
        QFETCH(UsageRange, range);
        QFETCH(QByteArray, zone);
        QFETCH(QString, now);
        QFETCH(QString, from);
        QFETCH(QString, until);
        QFETCH(int, step);

        const store::UsageWindow window =
            models::windowOf(range, at(qPrintable(now)), QTimeZone(zone));
        QCOMPARE(window.from, at(qPrintable(from)));
        QCOMPARE(window.until, at(qPrintable(until)));
        QCOMPARE(window.step, std::chrono::seconds{step});
        QCOMPARE(window.bucketCount(), models::spanOf(range) / models::stepOf(range));
    }

    void namesRoundTrip() {
        QStringList names;
        for (UsageRange range : models::kAllUsageRanges) {
            names << models::usageRangeName(range);
            QCOMPARE(models::usageRangeFromName(models::usageRangeName(range)), range);
            QVERIFY(!models::usageRangeTitle(range).isEmpty());
        }
        QCOMPARE(names, (QStringList{"5m", "1h", "24h", "30d", "90d"}));
        QVERIFY(!models::usageRangeFromName(QStringLiteral("7d")));
    }

    void coarserRangesRefreshLessOften() {
        for (std::size_t i = 1; i < models::kAllUsageRanges.size(); ++i) {
            const UsageRange finer = models::kAllUsageRanges[i - 1];
            const UsageRange coarser = models::kAllUsageRanges[i];
            QVERIFY(models::refreshIntervalOf(finer) <= models::refreshIntervalOf(coarser));
            QVERIFY(models::rankingIntervalOf(finer) <= models::rankingIntervalOf(coarser));
            QVERIFY(models::refreshIntervalOf(coarser) <= models::rankingIntervalOf(coarser));
        }
    }
};

QTEST_GUILESS_MAIN(TestUsageRange)
#include "tst_usage_range.moc"

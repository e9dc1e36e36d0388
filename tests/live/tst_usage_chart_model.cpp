#include "live_test_support.h"

#include <models/item_roles.h>
#include <models/usage_chart_model.h>

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace meterdesk;
using live_test::at;
using live_test::counts;
using models::UsageChartModel;

namespace {

store::UsageWindow seconds(const char* from, const char* until) {
    return {at(from), at(until), std::chrono::seconds{1}};
}

// "allowed ... credits" per row, as live_test::counts() reads them.
QStringList rowsOf(const UsageChartModel& model) {
    QStringList rows;
    for (int row = 0; row < model.rowCount(); ++row) {
        const store::UsageCounts& c = model.countsAt(row);
        rows << QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8")
                    .arg(c.allowed)
                    .arg(c.notInPlan)
                    .arg(c.premiumRequired)
                    .arg(c.rateLimited)
                    .arg(c.noCredits)
                    .arg(c.suspended)
                    .arg(c.units)
                    .arg(c.credits.micros());
    }
    return rows;
}

} // namespace

class TestUsageChartModel : public QObject {
    Q_OBJECT

    std::unique_ptr<UsageChartModel> model_;
    std::unique_ptr<QAbstractItemModelTester> tester_;

    void fill() {
        model_->reset(seconds("2026-10-05T10:00:00Z", "2026-10-05T10:00:05Z"),
                      {{at("2026-10-05T10:00:03Z"), counts("0 0 0 0 2 0 0 0")},
                       {at("2026-10-05T10:00:01Z"), counts("3 1 0 0 0 0 7 1500")},
                       {at("2026-10-05T11:00:00Z"), counts("9 9 9 9 9 9 9 9")}});
    }

private slots:
    void init() {
        model_ = std::make_unique<UsageChartModel>();
        tester_ = std::make_unique<QAbstractItemModelTester>(
            model_.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    }

    void resetMakesOneRowPerBucketWithZerosBetween() {
        fill();
        QCOMPARE(rowsOf(*model_),
                 (QStringList{"0 0 0 0 0 0 0 0", "3 1 0 0 0 0 7 1500", "0 0 0 0 0 0 0 0",
                              "0 0 0 0 2 0 0 0", "0 0 0 0 0 0 0 0"}));
        QCOMPARE(model_->startAt(3), at("2026-10-05T10:00:03Z"));
        QCOMPARE(model_->rowAt(at("2026-10-05T10:00:04Z")), 4);
        QCOMPARE(model_->rowAt(at("2026-10-05T10:00:05Z")), -1);
        QCOMPARE(model_->total(), counts("3 1 0 0 2 0 7 1500"));
    }

    void rolesGiveRawValuesAndRatesPerSecond_data() {
        QTest::addColumn<int>("stepSeconds");
        QTest::addColumn<int>("column");
        QTest::addColumn<qint64>("raw");
        QTest::addColumn<double>("perSecond");
        QTest::newRow("allowed per second")
            << 1 << int(UsageChartModel::Allowed) << qint64(3) << 3.0;
        QTest::newRow("allowed per minute")
            << 60 << int(UsageChartModel::Allowed) << qint64(3) << 0.05;
        QTest::newRow("credits in µcr, per second in credits")
            << 1 << int(UsageChartModel::Credits) << qint64(1500) << 0.0015;
        QTest::newRow("denied not in plan")
            << 1 << int(UsageChartModel::NotInPlan) << qint64(1) << 1.0;
    }

    void rolesGiveRawValuesAndRatesPerSecond() {
        QFETCH(int, stepSeconds);
        QFETCH(int, column);
        QFETCH(qint64, raw);
        QFETCH(double, perSecond);
        const std::chrono::seconds step{stepSeconds};
        const auto from = at("2026-10-05T10:00:00Z");
        model_->reset({from, from + 5 * step, step}, {{from + step, counts("3 1 0 0 0 0 7 1500")}});
        const QModelIndex cell = model_->index(1, column);
        QCOMPARE(model_->data(cell, models::RawValueRole).toLongLong(), raw);
        QCOMPARE(model_->data(cell, UsageChartModel::PerSecondRole).toDouble(), perSecond);
        QCOMPARE(model_->data(model_->index(1, UsageChartModel::Start), models::RawValueRole)
                     .toDateTime(),
                 QDateTime::fromSecsSinceEpoch(live_test::epoch(from + step), Qt::UTC));
    }

    void mergeRecountsFromTheBucketOfSinceOn() {
        fill();
        QSignalSpy changed(model_.get(), &QAbstractItemModel::dataChanged);
        model_->merge(at("2026-10-05T10:00:03Z"),
                      {{at("2026-10-05T10:00:04Z"), counts("1 0 0 0 0 0 1 10")}});
        QCOMPARE(rowsOf(*model_),
                 (QStringList{"0 0 0 0 0 0 0 0", "3 1 0 0 0 0 7 1500", "0 0 0 0 0 0 0 0",
                              "0 0 0 0 0 0 0 0", "1 0 0 0 0 0 1 10"}));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.at(0).at(0).toModelIndex().row(), 3);
    }

    void mergeFromBeforeTheWindowRecountsAll() {
        fill();
        model_->merge(at("2026-10-05T09:00:00Z"), {});
        QCOMPARE(model_->total(), store::UsageCounts{});
    }

    void slideScrollsAndKeepsWhatStays() {
        fill();
        QSignalSpy removed(model_.get(), &QAbstractItemModel::rowsRemoved);
        QSignalSpy inserted(model_.get(), &QAbstractItemModel::rowsInserted);
        model_->slideTo(seconds("2026-10-05T10:00:02Z", "2026-10-05T10:00:07Z"));
        QCOMPARE(rowsOf(*model_),
                 (QStringList{"0 0 0 0 0 0 0 0", "0 0 0 0 2 0 0 0", "0 0 0 0 0 0 0 0",
                              "0 0 0 0 0 0 0 0", "0 0 0 0 0 0 0 0"}));
        QCOMPARE(model_->window().from, at("2026-10-05T10:00:02Z"));
        QCOMPARE(removed.count(), 1);
        QCOMPARE(inserted.count(), 1);
    }

    void slideFurtherThanTheWindowEmptiesIt() {
        fill();
        model_->slideTo(seconds("2026-10-05T10:01:00Z", "2026-10-05T10:01:05Z"));
        QCOMPARE(model_->rowCount(), 5);
        QCOMPARE(model_->total(), store::UsageCounts{});
    }

    void slideToAnotherStepResets() {
        fill();
        QSignalSpy reset(model_.get(), &QAbstractItemModel::modelReset);
        const auto from = at("2026-10-05T10:00:00Z");
        model_->slideTo({from, from + std::chrono::minutes{5}, std::chrono::seconds{60}});
        QCOMPARE(reset.count(), 1);
        QCOMPARE(model_->rowCount(), 5);
        QCOMPARE(model_->total(), store::UsageCounts{});
    }

    void csvHasAHeaderAndOneExactLinePerBucket() {
        fill();
        const QStringList lines = model_->toCsv().split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 6);
        QVERIFY(lines[0].startsWith(QStringLiteral("start_utc,start_local,step_s,allowed,")));
        const QStringList second = lines[2].split(QLatin1Char(','));
        QCOMPARE(second.size(), 13);
        QCOMPARE(second[0], QStringLiteral("2026-10-05T10:00:01Z"));
        QCOMPARE(second.mid(2, 9), (QStringList{"1", "3", "1", "0", "0", "0", "0", "7", "0.0015"}));
        QCOMPARE(second[11], QStringLiteral("4.000000"));
        QCOMPARE(second[12], QStringLiteral("0.001500"));
    }
};

QTEST_GUILESS_MAIN(TestUsageChartModel)
#include "tst_usage_chart_model.moc"

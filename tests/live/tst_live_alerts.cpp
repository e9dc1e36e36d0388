#include "live_test_support.h"

#include <models/alert_model.h>
#include <models/database_session.h>
#include <models/live_alerts.h>
#include <models/live_usage_feed.h>

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace meterdesk;
using models::AlertNotice;
using models::LiveAlerts;

class TestLiveAlerts : public QObject {
    Q_OBJECT

    std::unique_ptr<pqxx::connection> connection_;
    std::unique_ptr<models::DatabaseSession> session_;
    std::unique_ptr<models::LiveUsageFeed> feed_;
    std::unique_ptr<LiveAlerts> alerts_;
    std::unique_ptr<QAbstractItemModelTester> tester_;

    void track(const std::string& slug) {
        pqxx::work work(*connection_);
        work.exec_params("SELECT * FROM meter.track($1, 'maps', '/geocode', 'GET')", slug);
        work.commit();
    }

    int rowOf(std::int64_t alertId) const {
        for (int row = 0; row < alerts_->model().rowCount(); ++row) {
            if (alerts_->model().alertAt(row).id == alertId)
                return row;
        }
        return -1;
    }

private slots:
    void initTestCase() {
        connection_ = store::connect({});
        live_test::ensureTestPlan(*connection_, "tst-live-plan");
        session_ = std::make_unique<models::DatabaseSession>();
        session_->open({});
        QTRY_COMPARE_WITH_TIMEOUT(session_->state(), models::DatabaseSession::State::Connected,
                                  10'000);
        feed_ = std::make_unique<models::LiveUsageFeed>();
        QSignalSpy listening(feed_.get(), &models::LiveUsageFeed::listening);
        feed_->start({});
        QVERIFY(listening.wait(10'000));
        alerts_ = std::make_unique<LiveAlerts>(*session_);
        tester_ = std::make_unique<QAbstractItemModelTester>(
            &alerts_->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        connect(feed_.get(), &models::LiveUsageFeed::alertsRaised, alerts_.get(),
                &LiveAlerts::alertsRaised);
        QSignalSpy reset(&alerts_->model(), &QAbstractItemModel::modelReset);
        alerts_->reload();
        QVERIFY(reset.wait(10'000));
    }

    void alertsArriveWithTheirTenant() {
        // 2000 µcr with a threshold of 1500: the first 1000 µcr call is low credit, the
        // second exhausts the balance.
        const std::string slug = "tst-alerts-" + live_test::runSuffix() + "-a";
        const auto tenantId =
            live_test::createTenant(*connection_, slug, "tst-live-plan", 2000, 1500);
        QSignalSpy raised(alerts_.get(), &LiveAlerts::raised);

        track(slug);
        QVERIFY(raised.wait(5000));
        track(slug);
        QTRY_VERIFY_WITH_TIMEOUT(raised.count() >= 2 ||
                                     raised.at(0).at(0).value<QList<AlertNotice>>().size() == 2,
                                 5000);
        QList<AlertNotice> notices;
        for (const auto& arguments : raised)
            notices += arguments.at(0).value<QList<AlertNotice>>();
        QCOMPARE(notices.size(), 2);
        QCOMPARE(notices[0].kind, std::string("low_credit"));
        QCOMPARE(notices[0].balance.micros(), 1000);
        QCOMPARE(notices[1].kind, std::string("exhausted"));
        for (const AlertNotice& notice : notices) {
            QCOMPARE(notice.tenantId, tenantId);
            QCOMPARE(notice.tenantSlug, slug);
        }

        QTRY_VERIFY_WITH_TIMEOUT(rowOf(notices[1].alertId) >= 0 && rowOf(notices[0].alertId) >= 0,
                                 5000);
        const int row = rowOf(notices[1].alertId);
        QCOMPARE(alerts_->model().data(alerts_->model().index(row, models::AlertModel::Tenant)),
                 QVariant(QString::fromStdString(slug)));
        QVERIFY(rowOf(notices[1].alertId) < rowOf(notices[0].alertId)); // newest first
    }

    void acknowledgingIsAudited() {
        const std::string slug = "tst-alerts-" + live_test::runSuffix() + "-b";
        const auto tenantId = live_test::createTenant(*connection_, slug, "tst-live-plan", 1000);
        QSignalSpy raised(alerts_.get(), &LiveAlerts::raised);
        track(slug);
        QVERIFY(raised.wait(5000));
        const AlertNotice exhausted = raised.at(0).at(0).value<QList<AlertNotice>>().front();
        QCOMPARE(exhausted.kind, std::string("exhausted"));
        QTRY_VERIFY_WITH_TIMEOUT(rowOf(exhausted.alertId) >= 0, 5000);

        QSignalSpy acknowledged(alerts_.get(), &LiveAlerts::acknowledged);
        alerts_->acknowledge(tenantId, exhausted.alertId);
        QVERIFY(acknowledged.wait(5000));
        QTRY_VERIFY_WITH_TIMEOUT(rowOf(exhausted.alertId) < 0, 5000); // no longer open

        pqxx::read_transaction read(*connection_);
        const auto audit = read.exec_params(
            R"(SELECT operator, before ->> 'acknowledged_at' IS NULL, after ->> 'acknowledged_by'
                 FROM meter.audit_log
                WHERE table_name = 'alerts' AND operation = 'UPDATE' AND tenant_id = $1
                  AND row_key = format('tenant_id=%s, alert_id=%s', $1::bigint, $2::bigint))",
            tenantId, exhausted.alertId);
        QCOMPARE(audit.size(), 1);
        QCOMPARE(audit[0][0].as<std::string>(),
                 read.exec1("SELECT session_user")[0].as<std::string>());
        QVERIFY(audit[0][1].as<bool>());
        QCOMPARE(audit[0][2].as<std::string>(), audit[0][0].as<std::string>());
    }

    void acknowledgingAnUnknownAlertFails() {
        QSignalSpy failed(alerts_.get(), &LiveAlerts::acknowledgeFailed);
        alerts_->acknowledge(1, -1);
        QVERIFY(failed.wait(5000));
        QVERIFY(failed.at(0).at(0).toString().contains(QStringLiteral("no such alert")));
    }
};

QTEST_GUILESS_MAIN(TestLiveAlerts)
#include "tst_live_alerts.moc"

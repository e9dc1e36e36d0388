#include "live_test_support.h"

#include <models/database_session.h>
#include <models/live_usage_feed.h>
#include <models/usage_dashboard.h>
#include <ui/alerts_panel.h>
#include <ui/live_usage_page.h>
#include <ui/permission_guard.h>

#include <QAction>
#include <QAreaSeries>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDir>
#include <QImage>
#include <QLineEdit>
#include <QLineSeries>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace meterdesk;

class TestLiveUsagePage : public QObject {
    Q_OBJECT

    std::unique_ptr<pqxx::connection> connection_;
    std::unique_ptr<models::DatabaseSession> session_;
    std::unique_ptr<ui::PermissionGuard> permissions_;
    std::unique_ptr<ui::LiveUsagePage> page_;
    std::string slug_;
    std::int64_t tenantId_ = 0;

    // With MD_LIVE_PAGE_SHOTS set to a folder, the page as shown is saved there, to look at.
    void saveForInspection(const QString& name) {
        if (!qEnvironmentVariableIsSet("MD_LIVE_PAGE_SHOTS"))
            return;
        QCoreApplication::processEvents();
        page_->grab().save(
            QDir(qEnvironmentVariable("MD_LIVE_PAGE_SHOTS")).filePath(name + ".png"));
    }

    void track(int calls) {
        pqxx::work work(*connection_);
        for (int i = 0; i < calls; ++i)
            work.exec_params("SELECT * FROM meter.track($1, 'ai', '/embed', 'POST', 20)", slug_);
        work.commit();
    }

private slots:
    void initTestCase() {
        connection_ = store::connect({});
        live_test::ensureTestPlan(*connection_, "tst-live-plan");
        slug_ = "tst-page-" + live_test::runSuffix();
        tenantId_ = live_test::createTenant(*connection_, slug_, "tst-live-plan", 1'000'000'000);
        session_ = std::make_unique<models::DatabaseSession>();
        session_->open({});
        QTRY_COMPARE_WITH_TIMEOUT(session_->state(), models::DatabaseSession::State::Connected,
                                  10'000);
        permissions_ = std::make_unique<ui::PermissionGuard>();
        page_ = std::make_unique<ui::LiveUsagePage>(*session_, *permissions_);
        page_->resize(1400, 900);
        QSignalSpy listening(&page_->feed(), &models::LiveUsageFeed::listening);
        page_->listen({});
        QVERIFY(listening.wait(10'000));
        QSignalSpy loaded(&page_->dashboard(), &models::UsageDashboard::loaded);
        page_->show();
        QVERIFY(loaded.wait(10'000));
    }

    void liveCallsAppearOnTheCharts() {
        const auto before = page_->dashboard().series().total().calls();
        track(5);
        QTRY_VERIFY_WITH_TIMEOUT(page_->dashboard().series().total().calls() >= before + 5, 5000);
        QTRY_COMPARE_WITH_TIMEOUT(page_->statusText(), QStringLiteral("Live"), 5000);

        const QList<QAbstractSeries*> areas = page_->callsChart()->chart()->series();
        QCOMPARE(areas.size(), 6); // allowed and five reasons for denial
        auto* allowed = qobject_cast<QAreaSeries*>(areas.front());
        QVERIFY(allowed);
        QTRY_COMPARE_WITH_TIMEOUT(allowed->upperSeries()->count(), 300, 2000);
        double highest = 0;
        for (const QPointF& point : allowed->upperSeries()->points())
            highest = std::max(highest, point.y());
        QVERIFY(highest >= 1.0); // at least one call in one second
        QCOMPARE(page_->creditsChart()->chart()->series().size(), 1);
    }

    void exportsTheSeriesAsCsvAndTheChartsAsPng() {
        QTemporaryDir folder;
        const QString csvPath = folder.filePath(QStringLiteral("usage.csv"));
        QCOMPARE(page_->exportCsv(csvPath), QString());
        QFile csv(csvPath);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QStringList lines =
            QString::fromUtf8(csv.readAll()).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), page_->dashboard().series().rowCount() + 1);
        QVERIFY(lines.front().startsWith(QStringLiteral("start_utc,")));

        const QString pngPath = folder.filePath(QStringLiteral("usage.png"));
        QCOMPARE(page_->exportPng(pngPath), QString());
        saveForInspection(QStringLiteral("live-5m"));
        const QImage picture(pngPath);
        QVERIFY(!picture.isNull());
        QCOMPARE(picture.size(), page_->charts()->size() * page_->charts()->devicePixelRatio());
        QVERIFY(!page_->exportCsv(QStringLiteral("/nonexistent-folder/usage.csv")).isEmpty());
    }

    void pauseFreezesAndResumes() {
        page_->pauseAction()->trigger();
        QVERIFY(page_->dashboard().isPaused());
        QCOMPARE(page_->statusText(), QStringLiteral("Paused"));
        QCOMPARE(page_->pauseAction()->text(), QStringLiteral("&Resume"));
        page_->pauseAction()->trigger();
        QVERIFY(!page_->dashboard().isPaused());
        QTRY_COMPARE_WITH_TIMEOUT(page_->statusText(), QStringLiteral("Live"), 5000);
    }

    void theRangePickerSwitchesRanges() {
        QSignalSpy loaded(&page_->dashboard(), &models::UsageDashboard::loaded);
        page_->rangePicker()->setCurrentIndex(3);
        QCOMPARE(page_->dashboard().range(), models::UsageRange::Month);
        QVERIFY(loaded.wait(10'000));
        QCOMPARE(page_->dashboard().series().rowCount(), 720);
        saveForInspection(QStringLiteral("live-30d"));
        page_->rangePicker()->setCurrentIndex(0);
        QVERIFY(loaded.wait(10'000));
    }

    void aTenantAndEndpointCanBeChosen() {
        QSignalSpy loaded(&page_->dashboard(), &models::UsageDashboard::loaded);
        page_->tenantEdit()->setText(QString::fromStdString(slug_));
        QTest::keyClick(page_->tenantEdit(), Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(page_->dashboard().filter().tenantId,
                                  std::optional<std::int64_t>(tenantId_), 5000);
        QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, 10'000);
        QTRY_COMPARE_WITH_TIMEOUT(page_->endpointPicker()->count(), 2, 5000); // all, ai /embed
        QVERIFY(page_->endpointPicker()->isEnabled());
        QCOMPARE(page_->dashboard().topTenants().rowCount(), 1);

        page_->endpointPicker()->setCurrentIndex(1);
        emit page_->endpointPicker()->activated(1);
        QCOMPARE(page_->dashboard().filter().endpoint,
                 std::optional<store::EndpointKey>({"ai", "/embed"}));
        QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 2, 10'000);
        QVERIFY(page_->dashboard().series().total().allowed >= 5);

        page_->tenantEdit()->clear();
        QVERIFY(!page_->dashboard().filter().tenantId);
        QVERIFY(!page_->endpointPicker()->isEnabled());
    }

    void alertNotificationsNameOneTenantOrCountThem() {
        models::AlertNotice acme;
        acme.tenantSlug = "acme";
        acme.kind = "exhausted";
        models::AlertNotice zeta;
        zeta.tenantSlug = "zeta";
        zeta.kind = "low_credit";
        QCOMPARE(ui::alertNotificationText({acme}), QStringLiteral("acme is out of credits"));
        QCOMPARE(ui::alertNotificationText({zeta}), QStringLiteral("zeta is low on credits"));
        QVERIFY(ui::alertNotificationText({acme, zeta}).startsWith(QStringLiteral("2 tenant")));
    }
};

QTEST_MAIN(TestLiveUsagePage)
#include "tst_live_usage_page.moc"

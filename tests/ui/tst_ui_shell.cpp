// The main window around the pages: navigation and shortcuts, the status bar's connection
// report (also for a server that is not there), window state between runs, and the audit
// log page over real audit entries.
#include "ui_test_support.h"

#include <models/audit_log_model.h>
#include <models/live_usage_feed.h>
#include <models/tenant_table_model.h>
#include <store/tenants.h>
#include <ui/audit_log_page.h>
#include <ui/connection_controller.h>
#include <ui/console_page.h>
#include <ui/live_usage_page.h>
#include <ui/main_window.h>
#include <ui/password_vault.h>
#include <ui/profile_store.h>
#include <ui/tenants_page.h>

#include <QAction>
#include <QElapsedTimer>
#include <QLabel>
#include <QListWidget>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>

using namespace meterdesk;
using ui::Page;

class TestUiShell : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<pqxx::connection> check_;
    models::DatabaseSession* session_ = nullptr;
    ui::MainWindow* window_ = nullptr;

    QListWidget* sidebar() const {
        return window_->findChild<QListWidget*>(QStringLiteral("sidebar"));
    }

private slots:
    void initTestCase() {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        check_ = uitest::checkConnection();
        session_ = new models::DatabaseSession(this);
        window_ = new ui::MainWindow(*session_);
        window_->show();
        QVERIFY(QTest::qWaitForWindowActive(window_));
        session_->open({{}, {}, "tst_ui_shell"});
        QVERIFY(uitest::waitUntilDescribed(*session_));
    }

    void cleanupTestCase() {
        delete window_;
        delete session_;
    }

    void shortcutsSwitchPages_data() {
        QTest::addColumn<int>("key");
        QTest::addColumn<int>("pageNumber");
        QTest::newRow("Ctrl+2") << int(Qt::Key_2) << int(Page::Plans);
        QTest::newRow("Ctrl+3") << int(Qt::Key_3) << int(Page::LiveUsage);
        QTest::newRow("Ctrl+4") << int(Qt::Key_4) << int(Page::Escrows);
        QTest::newRow("Ctrl+5") << int(Qt::Key_5) << int(Page::Invoices);
        QTest::newRow("Ctrl+6") << int(Qt::Key_6) << int(Page::AuditLog);
        QTest::newRow("Ctrl+1") << int(Qt::Key_1) << int(Page::Tenants);
    }

    void shortcutsSwitchPages() {
        QFETCH(int, key);
        QFETCH(int, pageNumber);
        const auto page = static_cast<Page>(pageNumber);
        QTest::keyClick(window_, static_cast<Qt::Key>(key), Qt::ControlModifier);
        QCOMPARE(window_->currentPage(), page);
        QCOMPARE(window_->findChild<QListWidget*>(QStringLiteral("sidebar"))->currentRow(),
                 pageNumber);
        QVERIFY(window_->windowTitle().startsWith(ui::pageTitle(page)));
    }

    void sidebarSwitchesPages() {
        sidebar()->setCurrentRow(int(Page::AuditLog));
        QCOMPARE(window_->currentPage(), Page::AuditLog);
        QCOMPARE(window_->page(Page::AuditLog), window_->auditLogPage());
        window_->showPage(Page::Tenants);
    }

    // The live feed needs a connection of its own; it follows the session's target.
    void liveUsagePageListensWhereTheSessionConnected() {
        sidebar()->setCurrentRow(int(Page::LiveUsage));
        QCOMPARE(window_->page(Page::LiveUsage), window_->liveUsagePage());
        QTRY_VERIFY_WITH_TIMEOUT(window_->liveUsagePage()->feed().isListening(), 10'000);
        window_->showPage(Page::Tenants);
    }

    void refreshReadsThePageAgain() {
        window_->showPage(Page::Tenants);
        models::TenantTableModel& model = window_->tenantsPage()->model();
        QTRY_VERIFY_WITH_TIMEOUT(!model.isLoading(), 10'000);
        QSignalSpy loading(&model, &models::TenantTableModel::loadingChanged);
        QTest::keyClick(window_, Qt::Key_F5);
        QTRY_VERIFY_WITH_TIMEOUT(!loading.isEmpty(), 5'000);
        QCOMPARE(loading.front().front().toBool(), true);
    }

    void windowStateAndPageSurviveARestart() {
        QTemporaryDir folder;
        QSettings settings(folder.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
        window_->showPage(Page::AuditLog);
        window_->resize(1111, 777);
        window_->saveSettings(settings);

        models::DatabaseSession otherSession;
        ui::MainWindow nextRun(otherSession);
        QCOMPARE(nextRun.currentPage(), Page::Tenants);
        nextRun.restoreSettings(settings);
        QCOMPARE(nextRun.currentPage(), Page::AuditLog);
        QCOMPARE(nextRun.size(), QSize(1111, 777));
        window_->showPage(Page::Tenants);
    }

    void auditLogShowsBeforeAndAfter() {
        store::TenantRepository tenants(*check_);
        store::TenantDraft draft;
        draft.slug = "uit-" + uitest::uniqueSuffix() + "-audit";
        draft.name = "Before Name";
        draft.email = "audit@uitest.example";
        draft.planCode = draft.slug;
        uitest::createPlanInForce(*check_, draft.planCode);
        const store::Tenant created = tenants.create(draft);
        draft.name = "After Name";
        tenants.update(created.id, created.rowVersion, draft);

        window_->showPage(Page::AuditLog);
        ui::AuditLogPage* page = window_->auditLogPage();
        page->setTenantFilterText(QString::fromStdString(draft.slug));
        models::AuditLogModel& model = page->model();
        // The rows of the previous query stay until the filtered ones arrive.
        QTRY_VERIFY_WITH_TIMEOUT(model.query().tenantId == created.id && !model.isLoading() &&
                                     model.rowCount() >= 2,
                                 10'000);
        QCOMPARE(model.entryAt(0).operation, std::string("UPDATE"));
        QCOMPARE(model.entryAt(1).operation, std::string("INSERT"));
        QVERIFY(model.entryAt(0).id > model.entryAt(1).id);

        page->table()->selectRow(0);
        QVERIFY2(page->beforeText().contains(QStringLiteral("Before Name")),
                 qPrintable(page->beforeText()));
        QVERIFY2(page->afterText().contains(QStringLiteral("After Name")),
                 qPrintable(page->afterText()));
        QVERIFY2(page->changedFieldsText().contains(QStringLiteral("name")),
                 qPrintable(page->changedFieldsText()));
        page->table()->selectRow(1);
        QVERIFY(page->beforeText().contains(QStringLiteral("inserted")));
        QVERIFY(page->changedFieldsText().contains(QStringLiteral("slug")));

        page->setTenantFilterText(QStringLiteral("no-such-tenant-anywhere"));
        auto* problem = page->findChild<QLabel*>(QStringLiteral("tenantProblem"));
        QTRY_VERIFY_WITH_TIMEOUT(!problem->isHidden(), 10'000);
        QCOMPARE(problem->text(), QStringLiteral("No tenant no-such-tenant-anywhere"));
        page->setTenantFilterText(QString());
        window_->showPage(Page::Tenants);
    }

    void withoutAProfileTheConnectionDialogAsks() {
        QTemporaryDir folder;
        QSettings settings(folder.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
        ui::ProfileStore profiles(settings);
        ui::PasswordVault vault(QStringLiteral("meterdesk-test"));
        models::DatabaseSession session;
        QWidget parent;
        ui::ConnectionController controller(session, profiles, vault, &parent);
        controller.connectLastProfile();
        QVERIFY(controller.openDialog());
        QVERIFY(controller.openDialog()->isVisible());
        QCOMPARE(session.state(), models::DatabaseSession::State::Disconnected);
    }

    void theLastProfileConnectsWithoutADialog() {
        QTemporaryDir folder;
        QSettings settings(folder.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
        ui::ProfileStore profiles(settings);
        ui::ConnectionProfile sandbox;
        sandbox.name = QStringLiteral("sandbox");
        sandbox.host = qEnvironmentVariable("PGHOST");
        sandbox.port = qEnvironmentVariableIntValue("PGPORT");
        sandbox.database = qEnvironmentVariable("PGDATABASE");
        sandbox.user = qEnvironmentVariable("PGUSER");
        profiles.save(sandbox);
        profiles.setLastUsed(sandbox.name);

        ui::PasswordVault vault(QStringLiteral("meterdesk-test"));
        models::DatabaseSession session;
        QWidget parent;
        ui::ConnectionController controller(session, profiles, vault, &parent);
        QSignalSpy targets(&controller, &ui::ConnectionController::targetChanged);
        controller.connectLastProfile();
        QVERIFY(uitest::waitUntilDescribed(session));
        QVERIFY(!controller.openDialog());
        QCOMPARE(targets.size(), 1);
        QCOMPARE(targets.front().front().toString(), sandbox.credentialKey());
        QCOMPARE(session.sessionInfo()->role, sandbox.user.toStdString());
        session.close();
    }

    void aDeadServerShowsAndTheWindowStaysResponsive() {
        models::DatabaseSession dead;
        ui::MainWindow window(dead);
        window.show();
        dead.open({"postgresql:///meterdesk?host=/nonexistent/meterdesk-socket&connect_timeout=2",
                   {},
                   "tst_ui_dead"});

        QElapsedTimer clock;
        clock.start();
        qint64 last = 0;
        qint64 longestGap = 0;
        QTimer ticker;
        QObject::connect(&ticker, &QTimer::timeout, &ticker, [&] {
            longestGap = std::max(longestGap, clock.elapsed() - last);
            last = clock.elapsed();
        });
        ticker.start(10);
        QTRY_VERIFY_WITH_TIMEOUT(window.databaseStatusText() == QStringLiteral("Reconnecting…"),
                                 10'000);
        QTest::qWait(1'000);
        QVERIFY2(longestGap < 250,
                 qPrintable(QStringLiteral("the GUI thread stalled %1 ms").arg(longestGap)));
        QVERIFY(!window.tenantsPage()->newAction()->isEnabled());
        QVERIFY(
            window.tenantsPage()->newAction()->toolTip().contains(QStringLiteral("Not connected")));
        dead.close();
    }
};

QTEST_MAIN(TestUiShell)
#include "tst_ui_shell.moc"

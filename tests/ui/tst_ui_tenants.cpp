// Drives the Tenants page of a real main window against the sandbox database: what an
// operator does through the dialogs must end up in the database, the ledger and the audit
// log, and a role that may not do something finds it disabled (and refused anyway).
#include "ui_test_support.h"

#include <models/api_key_model.h>
#include <models/ledger_model.h>
#include <models/tenant_table_model.h>
#include <store/audit.h>
#include <store/errors.h>
#include <store/ledger.h>
#include <store/tenants.h>
#include <ui/api_key_secret_dialog.h>
#include <ui/credit_dialog.h>
#include <ui/main_window.h>
#include <ui/plans_page.h>
#include <ui/tenant_detail_panel.h>
#include <ui/tenant_dialog.h>
#include <ui/tenants_page.h>

#include <QAction>
#include <QClipboard>
#include <QComboBox>
#include <QGuiApplication>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScopeGuard>
#include <QStatusBar>
#include <QTableView>

using namespace meterdesk;
using billing::Credits;

class TestUiTenants : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<pqxx::connection> check_;
    std::string suffix_;
    std::string plan_;
    models::DatabaseSession* session_ = nullptr;
    ui::MainWindow* window_ = nullptr;

    ui::TenantsPage& page() { return *window_->tenantsPage(); }

    std::string slug(const char* name) const { return "uit-" + suffix_ + "-" + name; }

    // Shows exactly the tenant in the table and selects it.
    bool findAndSelect(const std::string& slug) {
        page()
            .findChild<QLineEdit*>(QStringLiteral("search"))
            ->setText(QString::fromStdString(slug));
        auto& model = page().model();
        if (!QTest::qWaitFor(
                [&] { return model.rowCount() == 1 && model.tenantAt(0).slug == slug; }, 10'000))
            return false;
        return page().selectTenant(model.tenantAt(0).id);
    }

    store::Tenant createdTenant(const char* name, billing::Credits threshold = {}) {
        store::TenantDraft draft;
        draft.slug = slug(name);
        draft.name = "UI test " + std::string(name);
        draft.email = std::string(name) + "@uitest.example";
        draft.planCode = plan_;
        draft.lowCreditThreshold = threshold;
        return store::TenantRepository(*check_).create(draft);
    }

    void confirm() {
        auto* box = uitest::waitForWindow<QMessageBox>(QStringLiteral("confirmation"));
        QVERIFY2(box, "no confirmation was asked");
        QTest::mouseClick(box->findChild<QPushButton*>(QStringLiteral("confirmButton")),
                          Qt::LeftButton);
    }

private slots:
    void initTestCase() {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        check_ = uitest::checkConnection();
        suffix_ = uitest::uniqueSuffix();
        plan_ = "uit-" + suffix_;
        uitest::createPlanInForce(*check_, plan_);

        session_ = new models::DatabaseSession(this);
        window_ = new ui::MainWindow(*session_);
        window_->show();
        session_->open({{}, {}, "tst_ui_tenants"});
        QVERIFY(uitest::waitUntilDescribed(*session_));
        QTRY_VERIFY_WITH_TIMEOUT(
            window_->databaseStatusText().startsWith(QStringLiteral("Connected as postgres")),
            10'000);
        QVERIFY(window_->databaseStatusText().contains(QStringLiteral("PostgreSQL 15")));
        QCOMPARE(window_->nodeStatusText(), QStringLiteral("No node configured"));
    }

    // A failed case may leave its dialog open: close it so the next case starts clean.
    void cleanup() {
        for (QWidget* widget : QApplication::topLevelWidgets()) {
            if (auto* dialog = qobject_cast<QDialog*>(widget); dialog && dialog->isVisible())
                dialog->reject();
        }
        QCoreApplication::processEvents();
    }

    void cleanupTestCase() {
        delete window_;
        delete session_;
    }

    void createATenantThroughTheDialog() {
        QVERIFY(page().newAction()->isEnabled());
        page().newAction()->trigger();
        auto* dialog = page().openTenantDialog();
        QVERIFY(dialog);
        const QString slugText = QString::fromStdString(slug("acme"));
        dialog->findChild<QLineEdit*>(QStringLiteral("slug"))->setText(slugText);
        dialog->findChild<QLineEdit*>(QStringLiteral("tenantName"))
            ->setText(QStringLiteral("Acme Corp"));
        dialog->findChild<QLineEdit*>(QStringLiteral("email"))
            ->setText(QStringLiteral("billing@acme.example"));
        dialog->findChild<QLineEdit*>(QStringLiteral("region"))->setText(QStringLiteral("eu"));
        dialog->findChild<QLineEdit*>(QStringLiteral("lowCreditThreshold"))
            ->setText(QStringLiteral("5"));
        auto* plan = dialog->findChild<QComboBox*>(QStringLiteral("plan"));
        QTRY_VERIFY(plan->findText(QString::fromStdString(plan_)) >= 0);
        plan->setCurrentText(QString::fromStdString(plan_));
        QVERIFY(dialog->isValid());
        QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("saveButton")),
                          Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!page().openTenantDialog(), 10'000);

        const auto stored = store::TenantRepository(*check_).findBySlug(slug("acme"));
        QVERIFY2(stored, "the tenant is not in the database");
        QCOMPARE(stored->name, std::string("Acme Corp"));
        QCOMPARE(stored->planCode, plan_);
        QCOMPARE(stored->region, std::string("eu"));
        QCOMPARE(stored->lowCreditThreshold, Credits::fromMicros(5'000'000));
        QVERIFY(window_->statusBar()->currentMessage().contains(slugText));

        QVERIFY2(findAndSelect(slug("acme")), "the tenant is not in the table");
        QCOMPARE(page().selectedTenant()->id, stored->id);
    }

    void aRefusedCreateKeepsTheInput() {
        page().newAction()->trigger();
        auto* dialog = page().openTenantDialog();
        QVERIFY(dialog);
        // The slug exists already (previous case): the database refuses, the dialog stays.
        dialog->findChild<QLineEdit*>(QStringLiteral("slug"))
            ->setText(QString::fromStdString(slug("acme")));
        dialog->findChild<QLineEdit*>(QStringLiteral("tenantName"))
            ->setText(QStringLiteral("Acme Again"));
        dialog->findChild<QLineEdit*>(QStringLiteral("email"))
            ->setText(QStringLiteral("again@acme.example"));
        dialog->findChild<QComboBox*>(QStringLiteral("plan"))
            ->setCurrentText(QString::fromStdString(plan_));
        QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("saveButton")),
                          Qt::LeftButton);
        auto* failure = dialog->findChild<QLabel*>(QStringLiteral("failure"));
        QTRY_VERIFY_WITH_TIMEOUT(!failure->isHidden(), 10'000);
        QVERIFY(dialog->isVisible());
        QCOMPARE(dialog->findChild<QLineEdit*>(QStringLiteral("tenantName"))->text(),
                 QStringLiteral("Acme Again"));
        dialog->reject();
    }

    void topUpShowsInTheLedgerAndTheAuditLog() {
        const store::Tenant tenant = createdTenant("topup");
        QVERIFY(findAndSelect(tenant.slug));
        QVERIFY(page().topUpAction()->isEnabled());
        page().topUpAction()->trigger();
        auto* dialog = page().openCreditDialog();
        QVERIFY(dialog);
        dialog->findChild<QLineEdit*>(QStringLiteral("amount"))->setText(QStringLiteral("25"));
        dialog->findChild<QPlainTextEdit*>(QStringLiteral("reason"))
            ->setPlainText(QStringLiteral("UI test order 42"));
        QCOMPARE(dialog->confirmationText(),
                 QStringLiteral("Add 25.00 credits to %1 (balance 0.00 → 25.00)?")
                     .arg(QString::fromStdString(tenant.slug)));
        QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("okButton")),
                          Qt::LeftButton);
        confirm();
        QTRY_VERIFY_WITH_TIMEOUT(!page().openCreditDialog(), 10'000);
        QCOMPARE(window_->statusBar()->currentMessage(),
                 QStringLiteral("Added 25.00 credits to %1: balance now 25.00.")
                     .arg(QString::fromStdString(tenant.slug)));

        QCOMPARE(store::LedgerRepository(*check_).balance(tenant.id),
                 Credits::fromMicros(25'000'000));
        auto& ledger = page().detail()->ledger();
        QTRY_VERIFY_WITH_TIMEOUT(ledger.rowCount() == 1, 10'000);
        QVERIFY(ledger.entryAt(0).kind == billing::EntryKind::TopUp);
        QCOMPARE(ledger.entryAt(0).amount, Credits::fromMicros(25'000'000));
        QCOMPARE(ledger.entryAt(0).reason, std::string("UI test order 42"));
        QTRY_VERIFY_WITH_TIMEOUT(page().detail()->balanceText().contains(QStringLiteral("25.00")),
                                 10'000);

        store::AuditQuery query;
        query.tenantId = tenant.id;
        query.table = "ledger";
        const auto audit = store::AuditRepository(*check_).page(query, std::nullopt, 10);
        QCOMPARE(audit.size(), std::size_t(1));
        QCOMPARE(audit.front().operation, std::string("INSERT"));
        QVERIFY2(audit.front().afterJson.find("UI test order 42") != std::string::npos,
                 audit.front().afterJson.c_str());
    }

    void suspendAndUnlockAskFirst() {
        const store::Tenant tenant = createdTenant("suspend");
        QVERIFY(findAndSelect(tenant.slug));
        QVERIFY(page().suspendAction()->isEnabled());
        QVERIFY(!page().unlockAction()->isEnabled());

        page().suspendAction()->trigger();
        confirm();
        QTRY_VERIFY_WITH_TIMEOUT(store::TenantRepository(*check_).find(tenant.id)->status ==
                                     store::TenantStatus::Suspended,
                                 10'000);
        QTRY_VERIFY(page().unlockAction()->isEnabled());
        QVERIFY(!page().suspendAction()->isEnabled());

        page().unlockAction()->trigger();
        auto* box = uitest::waitForWindow<QMessageBox>(QStringLiteral("confirmation"));
        QVERIFY(box);
        QTest::mouseClick(box->button(QMessageBox::Cancel), Qt::LeftButton);
        QTest::qWait(200);
        QVERIFY2(store::TenantRepository(*check_).find(tenant.id)->status ==
                     store::TenantStatus::Suspended,
                 "cancelling the confirmation unlocked the tenant");

        page().unlockAction()->trigger();
        confirm();
        QTRY_VERIFY_WITH_TIMEOUT(store::TenantRepository(*check_).find(tenant.id)->status ==
                                     store::TenantStatus::Active,
                                 10'000);
    }

    void anApiKeySecretIsShownOnceAndTheKeyCanBeRevoked() {
        const store::Tenant tenant = createdTenant("keys");
        QVERIFY(findAndSelect(tenant.slug));
        page().issueKeyAction()->trigger();
        auto* label = uitest::waitForWindow<QInputDialog>(QStringLiteral("issueKeyDialog"));
        QVERIFY(label);
        label->setTextValue(QStringLiteral("production gateway"));
        label->accept();

        auto* secret = uitest::waitForWindow<ui::ApiKeySecretDialog>();
        QVERIFY2(secret, "the secret was not shown");
        QVERIFY(secret->secret().startsWith(QStringLiteral("md_")));
        QTest::mouseClick(secret->findChild<QPushButton*>(QStringLiteral("copyButton")),
                          Qt::LeftButton);
        QCOMPARE(QGuiApplication::clipboard()->text(), secret->secret());
        secret->accept();

        const auto keys = store::TenantRepository(*check_).apiKeys(tenant.id);
        QCOMPARE(keys.size(), std::size_t(1));
        QCOMPARE(keys.front().label, std::string("production gateway"));

        auto& keyModel = page().detail()->apiKeys();
        QTRY_COMPARE_WITH_TIMEOUT(keyModel.rowCount(), 1, 10'000);
        QVERIFY(!page().revokeKeyAction()->isEnabled());
        page().detail()->findChild<QTableView*>(QStringLiteral("apiKeyView"))->selectRow(0);
        QVERIFY(page().revokeKeyAction()->isEnabled());
        page().revokeKeyAction()->trigger();
        confirm();
        QTRY_VERIFY_WITH_TIMEOUT(
            store::TenantRepository(*check_).apiKeys(tenant.id).front().revokedAt, 10'000);
    }

    void aStaleEditIsRefusedAndKeepsTheInput() {
        const store::Tenant tenant = createdTenant("stale");
        QVERIFY(findAndSelect(tenant.slug));
        page().editAction()->trigger();
        auto* dialog = page().openTenantDialog();
        QVERIFY(dialog);

        // Another operator saves first.
        store::TenantDraft theirs = ui::draftOf(tenant);
        theirs.name = "Changed elsewhere";
        store::TenantRepository(*check_).update(tenant.id, tenant.rowVersion, theirs);

        dialog->findChild<QLineEdit*>(QStringLiteral("tenantName"))
            ->setText(QStringLiteral("My edit"));
        QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("saveButton")),
                          Qt::LeftButton);
        auto* failure = dialog->findChild<QLabel*>(QStringLiteral("failure"));
        QTRY_VERIFY_WITH_TIMEOUT(!failure->isHidden(), 10'000);
        QVERIFY2(failure->text().contains(QStringLiteral("Someone else changed this tenant")),
                 qPrintable(failure->text()));
        QVERIFY(failure->text().contains(QStringLiteral("Your edit is kept")));
        QVERIFY(dialog->isVisible());
        QCOMPARE(dialog->findChild<QLineEdit*>(QStringLiteral("tenantName"))->text(),
                 QStringLiteral("My edit"));
        QCOMPARE(store::TenantRepository(*check_).find(tenant.id)->name,
                 std::string("Changed elsewhere"));
        dialog->reject();
    }

    void aViewerFindsEditsDisabledAndTheDatabaseRefusesThem() {
        const std::string role =
            "uit_viewer_" + QString::fromStdString(suffix_).replace('-', '_').toStdString();
        {
            pqxx::nontransaction admin(*check_);
            admin.exec("CREATE ROLE " + role + " LOGIN IN ROLE meterdesk_viewer");
        }
        const auto dropRole =
            qScopeGuard([&] { pqxx::nontransaction(*check_).exec("DROP ROLE IF EXISTS " + role); });
        const std::string uri =
            "postgresql:///" + qEnvironmentVariable("PGDATABASE").toStdString() +
            "?host=" + qEnvironmentVariable("PGHOST").toStdString() +
            "&port=" + qEnvironmentVariable("PGPORT").toStdString() + "&user=" + role;
        {
            models::DatabaseSession session;
            ui::MainWindow window(session);
            session.open({uri, {}, "tst_ui_viewer"});
            QVERIFY(uitest::waitUntilDescribed(session));
            QCOMPARE(session.sessionInfo()->groupRole, std::string("meterdesk_viewer"));
            ui::TenantsPage& viewerPage = *window.tenantsPage();
            QTRY_VERIFY_WITH_TIMEOUT(viewerPage.model().rowCount() > 0, 10'000);
            viewerPage.table()->selectRow(0);

            const std::pair<QAction*, QString> refused[] = {
                {viewerPage.newAction(), QStringLiteral("create tenants")},
                {viewerPage.editAction(), QStringLiteral("edit tenants")},
                {viewerPage.topUpAction(), QStringLiteral("top up credits")},
                {viewerPage.adjustAction(), QStringLiteral("adjust credits")},
                {viewerPage.suspendAction(), QStringLiteral("suspend tenants")},
                {viewerPage.issueKeyAction(), QStringLiteral("issue API keys")},
                {window.plansPage()->newVersionAction(), QStringLiteral("edit plans")},
            };
            for (const auto& [action, deed] : refused) {
                QVERIFY2(!action->isEnabled(), qPrintable(action->objectName()));
                QCOMPARE(action->toolTip(),
                         QStringLiteral("Your role meterdesk_viewer may not %1").arg(deed));
            }
            session.close();
        }

        auto asViewer = store::connect({uri, {}, "tst_ui_viewer"});
        try {
            store::LedgerRepository(*asViewer).topUp(createdTenant("viewer").id,
                                                     Credits::fromMicros(1), "x");
            QFAIL("the database let a viewer top up");
        } catch (const store::StoreError& error) {
            QCOMPARE(error.kind(), store::StoreError::Kind::PermissionDenied);
        }
    }
};

QTEST_MAIN(TestUiTenants)
#include "tst_ui_tenants.moc"

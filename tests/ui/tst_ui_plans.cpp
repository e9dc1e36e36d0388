// Drives the Plans page and the tariff editor against the sandbox database: a new plan is
// named and gets its first version, a new version is saved after a review of its changes, and
// a save that another operator beat is refused with the editor's content intact.
#include "ui_test_support.h"

#include <models/endpoint_rule_table_model.h>
#include <models/item_roles.h>
#include <models/plan_list_model.h>
#include <models/plan_version_list_model.h>
#include <store/plans.h>
#include <ui/main_window.h>
#include <ui/new_plan_dialog.h>
#include <ui/plans_page.h>
#include <ui/tariff_editor_dialog.h>

#include <QAction>
#include <QDateTimeEdit>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QStatusBar>

using namespace meterdesk;
using billing::Credits;
using models::EndpointRuleTableModel;

class TestUiPlans : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<pqxx::connection> check_;
    std::string suffix_;
    models::DatabaseSession* session_ = nullptr;
    ui::MainWindow* window_ = nullptr;

    ui::PlansPage& page() { return *window_->plansPage(); }

    // Selects the plan once the page lists it and its versions have loaded.
    bool selectPlan(const std::string& code) {
        page().refresh();
        if (!QTest::qWaitFor([&] { return page().plans().rowOfPlan(code) >= 0; }, 10'000))
            return false;
        page().selectPlan(QString::fromStdString(code));
        return QTest::qWaitFor(
            [&] {
                return page().versions().plan().code == code &&
                       page().newVersionAction()->isEnabled();
            },
            10'000);
    }

    ui::TariffEditorDialog* openEditorWithACheaperGeocode() {
        page().newVersionAction()->trigger();
        ui::TariffEditorDialog* editor = page().openEditor();
        if (!editor)
            return nullptr;
        auto& rules = editor->draft().rules();
        for (int row = 0; row < rules.rowCount(); ++row) {
            if (rules.rules()[static_cast<std::size_t>(row)].endpoint == "/v1/geocode")
                rules.setData(rules.index(row, EndpointRuleTableModel::PerCall),
                              QStringLiteral("0.4"));
        }
        return editor;
    }

    void saveAndConfirm(ui::TariffEditorDialog* editor) {
        QPushButton* save = editor->findChild<QPushButton*>(QStringLiteral("saveButton"));
        QVERIFY2(save->isEnabled(), qPrintable(editor->problems().join('\n')));
        QTest::mouseClick(save, Qt::LeftButton);
        QMessageBox* box = editor->confirmation();
        QVERIFY2(box, "saving did not ask for confirmation");
        QTest::mouseClick(box->findChild<QPushButton*>(QStringLiteral("confirmButton")),
                          Qt::LeftButton);
    }

private slots:
    void initTestCase() {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        check_ = uitest::checkConnection();
        suffix_ = uitest::uniqueSuffix();
        session_ = new models::DatabaseSession(this);
        window_ = new ui::MainWindow(*session_);
        window_->show();
        window_->showPage(ui::Page::Plans);
        session_->open({{}, {}, "tst_ui_plans"});
        QVERIFY(uitest::waitUntilDescribed(*session_));
    }

    void cleanupTestCase() {
        delete window_;
        delete session_;
    }

    void newPlanRejectsBadCodes_data() {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("field");
        QTest::newRow("upper case") << QStringLiteral("Growth") << QStringLiteral("G") << "code";
        QTest::newRow("space") << QStringLiteral("gro wth") << QStringLiteral("G") << "code";
        QTest::newRow("too long") << QString(41, QLatin1Char('a')) << QStringLiteral("G") << "code";
        QTest::newRow("no code") << QString() << QStringLiteral("G") << "code";
        QTest::newRow("no name") << QStringLiteral("growth") << QString() << "name";
    }

    void newPlanRejectsBadCodes() {
        QFETCH(QString, code);
        QFETCH(QString, name);
        QFETCH(QString, field);
        ui::NewPlanDialog dialog;
        dialog.codeEdit()->setText(code);
        dialog.nameEdit()->setText(name);
        QVERIFY(!dialog.isValid());
        QVERIFY(!dialog.issueAt(field).isEmpty());
        QVERIFY(!dialog.findChild<QPushButton*>(QStringLiteral("saveButton"))->isEnabled());
    }

    void newPlanIsCreatedThenItsFirstVersionEdited() {
        const QString code = QString::fromStdString("uit-" + suffix_ + "-new");
        page().newPlanAction()->trigger();
        ui::NewPlanDialog* dialog = page().openNewPlanDialog();
        QVERIFY(dialog);
        dialog->codeEdit()->setText(code);
        dialog->nameEdit()->setText(QStringLiteral("UI test new plan"));
        QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("saveButton")),
                          Qt::LeftButton);

        QTRY_VERIFY_WITH_TIMEOUT(page().openEditor(), 10'000);
        QCOMPARE(page().selectedPlanCode(), code);
        QVERIFY(!page().openNewPlanDialog());
        const billing::Plan stored = store::PlanRepository(*check_).load(code.toStdString());
        QCOMPARE(stored.name, std::string("UI test new plan"));
        QVERIFY(stored.versions.empty());
        page().openEditor()->reject();
    }

    void newPlanWithATakenCodeIsRefusedAndKeepsTheTyping() {
        const std::string code = "uit-" + suffix_ + "-taken";
        uitest::createPlanInForce(*check_, code);
        page().newPlanAction()->trigger();
        ui::NewPlanDialog* dialog = page().openNewPlanDialog();
        QVERIFY(dialog);
        dialog->codeEdit()->setText(QString::fromStdString(code));
        dialog->nameEdit()->setText(QStringLiteral("Second"));
        QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("saveButton")),
                          Qt::LeftButton);
        auto* failure = dialog->findChild<QLabel*>(QStringLiteral("failure"));
        QTRY_VERIFY_WITH_TIMEOUT(!failure->isHidden(), 10'000);
        QVERIFY(dialog->isVisible());
        QCOMPARE(dialog->codeEdit()->text(), QString::fromStdString(code));
        QCOMPARE(store::PlanRepository(*check_).load(code).name, "UI test " + code);
        dialog->reject();
    }

    void editReviewAndSaveANewVersion() {
        const std::string code = "uit-" + suffix_ + "-edit";
        uitest::createPlanInForce(*check_, code);
        QVERIFY(selectPlan(code));
        QCOMPARE(page().versions().rowCount(), 1);

        ui::TariffEditorDialog* editor = openEditorWithACheaperGeocode();
        QVERIFY(editor);
        editor->showReview();
        const QStringList changes = editor->changes();
        QCOMPARE(changes.size(), 1);
        QVERIFY2(changes.front().contains(QStringLiteral("/v1/geocode")) &&
                     changes.front().contains(QStringLiteral("0.40")),
                 qPrintable(changes.front()));
        const auto effective = std::chrono::sys_seconds(
            std::chrono::seconds(editor->effectiveFromEdit()->dateTime().toSecsSinceEpoch()));

        saveAndConfirm(editor);
        QTRY_VERIFY_WITH_TIMEOUT(!page().openEditor(), 10'000);
        QVERIFY(window_->statusBar()->currentMessage().contains(QStringLiteral("Saved version 2")));
        QTRY_COMPARE_WITH_TIMEOUT(page().versions().rowCount(), 2, 10'000);

        const billing::Plan stored = store::PlanRepository(*check_).load(code);
        QCOMPARE(stored.versions.size(), std::size_t(2));
        const billing::TariffVersion& added = stored.versions.back();
        QCOMPARE(added.version, 2);
        QCOMPARE(added.effectiveFrom, effective);
        const auto geocode = std::find_if(
            added.rules.begin(), added.rules.end(),
            [](const billing::EndpointRule& r) { return r.endpoint == "/v1/geocode"; });
        QVERIFY(geocode != added.rules.end());
        QCOMPARE(geocode->perCall, Credits::fromMicros(400'000));
        QCOMPARE(stored.versions.front().rules.size(), added.rules.size());
        QVERIFY2(page().versions().versionInForce() &&
                     page().versions().versionInForce()->version == 1,
                 "the new version took effect before its instant");
    }

    void aStaleSaveIsRefusedAndTheEditorKeepsItsContent() {
        const std::string code = "uit-" + suffix_ + "-stale";
        uitest::createPlanInForce(*check_, code);
        QVERIFY(selectPlan(code));
        ui::TariffEditorDialog* editor = openEditorWithACheaperGeocode();
        QVERIFY(editor);

        // Another operator adds version 2 while this editor is open.
        billing::TariffVersion theirs = store::PlanRepository(*check_).load(code).versions.front();
        theirs.version = 2;
        theirs.effectiveFrom =
            std::chrono::floor<std::chrono::seconds>(std::chrono::system_clock::now()) +
            std::chrono::days(400);
        theirs.monthlyAllowance = Credits::fromMicros(77'000'000);
        store::PlanRepository(*check_).addVersion(theirs);

        saveAndConfirm(editor);
        QTRY_VERIFY_WITH_TIMEOUT(!editor->failureText().isEmpty(), 10'000);
        QVERIFY2(editor->failureText().contains(QStringLiteral("Another operator")),
                 qPrintable(editor->failureText()));
        QVERIFY(editor->isVisible());
        QVERIFY(editor->findChild<QPushButton*>(QStringLiteral("saveButton"))->isEnabled());
        const auto& rules = editor->draft().rules().rules();
        const auto geocode =
            std::find_if(rules.begin(), rules.end(), [](const billing::EndpointRule& r) {
                return r.endpoint == "/v1/geocode";
            });
        QCOMPARE(geocode->perCall, Credits::fromMicros(400'000));

        const billing::Plan stored = store::PlanRepository(*check_).load(code);
        QCOMPARE(stored.versions.size(), std::size_t(2));
        QCOMPARE(stored.versions.back().monthlyAllowance, Credits::fromMicros(77'000'000));
        editor->reject();
    }
};

QTEST_MAIN(TestUiPlans)
#include "tst_ui_plans.moc"

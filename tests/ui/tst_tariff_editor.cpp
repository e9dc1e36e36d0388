#include <billing/ledger.h>
#include <models/endpoint_rule_table_model.h>
#include <models/item_roles.h>
#include <ui/tariff_editor_dialog.h>

#include <QDateTimeEdit>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace meterdesk;
using billing::Credits;
using models::EndpointRuleTableModel;
using ui::TariffEditorDialog;
using namespace std::chrono_literals;

Q_DECLARE_METATYPE(meterdesk::billing::TariffVersion)

namespace {

// 2026-11-15 12:00 UTC.
const std::chrono::sys_seconds kNow{std::chrono::sys_days{std::chrono::year{2026} / 11 / 15} + 12h};

const std::chrono::sys_seconds kDecember{std::chrono::sys_days{std::chrono::year{2026} / 12 / 1}};

billing::Plan growthPlan() {
    billing::TariffVersion v1;
    v1.planCode = "growth";
    v1.version = 1;
    v1.effectiveFrom = std::chrono::sys_days{std::chrono::year{2026} / 1 / 1};
    v1.monthlyAllowance = Credits::fromMicros(100'000'000);
    v1.defaultRateLimit = {600, 60};
    v1.rules = {
        {"maps", "/v1/geocode", "GET", Credits::fromMicros(500'000), Credits(), false,
         std::nullopt},
        {"ai", "/v1/complete", "POST", Credits::fromMicros(2'000'000), Credits::fromMicros(1'000),
         true, billing::RateLimit{10, 1}},
    };
    v1.regions = {{"eu", 12'500}};
    billing::Plan plan;
    plan.code = "growth";
    plan.name = "Growth";
    plan.versions = {v1};
    return plan;
}

struct Editor {
    billing::Plan plan = growthPlan();
    TariffEditorDialog dialog{plan, &plan.versions.back(), &plan.versions.back(), 2, kNow};

    EndpointRuleTableModel& rules() { return dialog.draft().rules(); }
    QPushButton* save() { return dialog.findChild<QPushButton*>(QStringLiteral("saveButton")); }
};

} // namespace

class TestTariffEditor : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void startsFromTheLatestVersionNextMonth() {
        Editor editor;
        QCOMPARE(editor.rules().rowCount(), 2);
        QCOMPARE(editor.dialog.allowanceEdit()->text(), QStringLiteral("100"));
        const QDateTime shown = editor.dialog.effectiveFromEdit()->dateTime();
        QCOMPARE(shown.timeSpec(), Qt::LocalTime);
        QCOMPARE(shown.toSecsSinceEpoch(), kDecember.time_since_epoch().count());
        QVERIFY2(editor.dialog.problems().isEmpty(),
                 qPrintable(editor.dialog.problems().join('\n')));
        QVERIFY2(!editor.save()->isEnabled(),
                 "an unchanged copy of the version in force can be saved");
    }

    void defaultEffectiveFrom_data() {
        QTest::addColumn<int>("latestMonth");
        QTest::addColumn<int>("expectedMonth");
        QTest::addColumn<int>("expectedYear");
        QTest::newRow("no version yet") << 0 << 12 << 2026;
        QTest::newRow("latest in force") << 1 << 12 << 2026;
        QTest::newRow("latest scheduled in January") << 13 << 2 << 2027;
    }

    void defaultEffectiveFrom() {
        QFETCH(int, latestMonth);
        QFETCH(int, expectedMonth);
        QFETCH(int, expectedYear);

        billing::TariffVersion latest;
        const std::chrono::year_month_day start{std::chrono::year{2026} / 1 / 9};
        latest.effectiveFrom = std::chrono::sys_days{start + std::chrono::months{latestMonth - 1}};
        const auto expected = std::chrono::sys_seconds{std::chrono::sys_days{
            std::chrono::year{expectedYear} / std::chrono::month(unsigned(expectedMonth)) / 1}};
        QCOMPARE(ui::defaultEffectiveFrom(kNow, latestMonth == 0 ? nullptr : &latest), expected);
    }

    void aProblemIsMarkedAtItsCellAndListed_data() {
        QTest::addColumn<int>("row");
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("markedColumn");
        QTest::addColumn<QString>("listed");

        QTest::newRow("unknown method") << 1 << int(EndpointRuleTableModel::Method) << "FETCH"
                                        << int(EndpointRuleTableModel::Method) << "Rule 2, method";
        QTest::newRow("empty service") << 0 << int(EndpointRuleTableModel::Service) << ""
                                       << int(EndpointRuleTableModel::Service) << "Rule 1, service";
        QTest::newRow("rate limit without period")
            << 0 << int(EndpointRuleTableModel::RateLimitRequests) << "5"
            << int(EndpointRuleTableModel::RateLimitPeriod) << "Rule 1, rate limit (seconds)";
    }

    void aProblemIsMarkedAtItsCellAndListed() {
        QFETCH(int, row);
        QFETCH(int, column);
        QFETCH(QString, text);
        QFETCH(int, markedColumn);
        QFETCH(QString, listed);

        Editor editor;
        QVERIFY(editor.rules().setData(editor.rules().index(row, column), text));
        const QModelIndex cell = editor.rules().index(row, markedColumn);
        QVERIFY2(cell.data(models::ValidationMessageRole).isValid(), "the cell is not marked");
        QVERIFY(!editor.dialog.problems().isEmpty());
        QVERIFY2(editor.dialog.problems().front().startsWith(listed),
                 qPrintable(editor.dialog.problems().front()));
        QVERIFY(!editor.save()->isEnabled());
        QCOMPARE(editor.dialog.draft().indexForField(editor.dialog.draft().issues().front().field),
                 cell);
    }

    void aBadAmountIsRefusedWithAReason() {
        Editor editor;
        const QModelIndex perCall = editor.rules().index(0, EndpointRuleTableModel::PerCall);
        QVERIFY(!editor.rules().setData(perCall, QStringLiteral("half a credit")));
        QCOMPARE(perCall.data(models::RawValueRole).toLongLong(), 500'000);
        QVERIFY(editor.dialog.failureText().contains(QStringLiteral("half a credit")));
    }

    void theInstantMustLieAhead_data() {
        QTest::addColumn<qint64>("secondsFromNow");
        QTest::addColumn<bool>("valid");
        QTest::newRow("an hour ago") << qint64(-3600) << false;
        QTest::newRow("now") << qint64(0) << false;
        QTest::newRow("in a minute") << qint64(60) << true;
    }

    void theInstantMustLieAhead() {
        QFETCH(qint64, secondsFromNow);
        QFETCH(bool, valid);

        Editor editor;
        editor.rules().setData(editor.rules().index(0, EndpointRuleTableModel::PerCall),
                               QStringLiteral("0.75"));
        editor.dialog.effectiveFromEdit()->setDateTime(
            QDateTime::fromSecsSinceEpoch(kNow.time_since_epoch().count() + secondsFromNow));
        QCOMPARE(editor.save()->isEnabled(), valid);
        QCOMPARE(editor.dialog.problems().isEmpty(), valid);
        if (!valid)
            QVERIFY(editor.dialog.problems().front().startsWith(QStringLiteral("Effective from")));
    }

    void reviewListsTheChangesAndSaveConfirmsThem() {
        Editor editor;
        QSignalSpy submitted(&editor.dialog, &TariffEditorDialog::submitted);
        editor.dialog.open();
        editor.rules().setData(editor.rules().index(0, EndpointRuleTableModel::PerCall),
                               QStringLiteral("0.75"));
        editor.dialog.allowanceEdit()->setText(QStringLiteral("150"));

        const QStringList changes = editor.dialog.changes();
        QCOMPARE(changes.size(), 2);
        QVERIFY2(changes.join('\n').contains(QStringLiteral("0.75")),
                 qPrintable(changes.join('\n')));
        QVERIFY2(changes.join('\n').contains(QStringLiteral("150")),
                 qPrintable(changes.join('\n')));
        QVERIFY(editor.save()->isEnabled());

        QTest::mouseClick(editor.save(), Qt::LeftButton);
        QVERIFY2(submitted.isEmpty(), "saved before the operator confirmed");
        QMessageBox* box = editor.dialog.confirmation();
        QVERIFY(box);
        QVERIFY(box->informativeText().contains(changes.front()));
        QTest::mouseClick(box->findChild<QPushButton*>(QStringLiteral("confirmButton")),
                          Qt::LeftButton);

        QCOMPARE(submitted.size(), 1);
        const auto version = submitted.front().front().value<billing::TariffVersion>();
        QCOMPARE(version.version, 2);
        QCOMPARE(version.planCode, std::string("growth"));
        QCOMPARE(version.effectiveFrom, kDecember);
        QCOMPARE(version.monthlyAllowance, Credits::fromMicros(150'000'000));
        QCOMPARE(version.rules.front().perCall, Credits::fromMicros(750'000));

        editor.dialog.saveFailed(QStringLiteral("Another operator saved a new version first"));
        QVERIFY(editor.dialog.isVisible());
        QCOMPARE(editor.rules()
                     .index(0, EndpointRuleTableModel::PerCall)
                     .data(models::RawValueRole)
                     .toLongLong(),
                 750'000);
        QCOMPARE(editor.dialog.allowanceEdit()->text(), QStringLiteral("150"));
        QVERIFY(editor.save()->isEnabled());
    }
};

QTEST_MAIN(TestTariffEditor)
#include "tst_tariff_editor.moc"

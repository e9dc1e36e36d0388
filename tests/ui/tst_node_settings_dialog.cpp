// The node settings dialog against a real anvil (the fixture of tests/chain): each field shows
// its own rule, Test connection says what the node answered (chain id, latest block, whether a
// contract is deployed at the address) or why it could not ask, the environment's overrides
// are named, a role that may not decide escrows cannot save, and through the main window Save
// reconnects the Escrows page and the status bar while Cancel changes nothing. The dialog is
// rendered to PNG in English and German ($MD_SCREENSHOT_DIR).
#include "../chain/chain_test_support.h"

#include <models/escrow_desk.h>
#include <ui/escrows_page.h>
#include <ui/main_window.h>
#include <ui/node_settings_dialog.h>
#include <ui/permission_guard.h>
#include <ui/validated_form.h>

#include <QAction>
#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QScopeGuard>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTest>

#include <translations/language.h>

using namespace chaintest;
namespace models = meterdesk::models;
namespace store = meterdesk::store;
namespace ui = meterdesk::ui;

namespace {

constexpr int kPatienceMs = 30'000;

// Grabs the widget once the layout requests its last changes posted (a longer result, a
// button's text) are handled, as a shown dialog would by its next paint.
bool saveRendered(QWidget& widget, const QString& name) {
    QCoreApplication::sendPostedEvents();
    widget.layout()->activate();
    QCoreApplication::processEvents();
    return widget.grab().save(screenshotPath(name));
}

store::SessionInfo sessionAs(const char* groupRole, bool decideEscrows) {
    store::SessionInfo session;
    session.role = "alice";
    session.groupRole = groupRole;
    session.serverVersion = "15";
    session.capabilities.decideEscrows = decideEscrows;
    return session;
}

// A privileged port no test machine serves: connecting to it is refused at once.
QUrl closedPort() {
    return QUrl(QStringLiteral("http://127.0.0.1:1"));
}

} // namespace

class TestNodeSettingsDialog : public QObject {
    Q_OBJECT

    std::unique_ptr<Node> node_;
    Deployment deployment_;
    ui::PermissionGuard admin_;

    models::NodeSettings usable() const {
        models::NodeSettings settings;
        settings.rpcUrl = anvilUrl();
        settings.escrowAddress = deployment_.escrow.toChecksumHex();
        settings.confirmations = 2;
        settings.tokenUnitsPerCredit = QStringLiteral("0.5");
        return settings;
    }

    static QLineEdit* edit(ui::NodeSettingsDialog& dialog, const char* name) {
        return dialog.findChild<QLineEdit*>(QString::fromLatin1(name));
    }

    static QPushButton* saveButton(ui::NodeSettingsDialog& dialog) {
        return dialog.findChild<QPushButton*>(QStringLiteral("saveNodeSettings"));
    }

    static QString probe(ui::NodeSettingsDialog& dialog) {
        QSignalSpy finished(&dialog, &ui::NodeSettingsDialog::probeFinished);
        dialog.findChild<QPushButton*>(QStringLiteral("testConnection"))->click();
        if (finished.isEmpty() && !finished.wait(kPatienceMs))
            return QStringLiteral("(the test did not finish)");
        return dialog.probeText();
    }

    static ui::NodeSettingsDialog* openDialog(ui::MainWindow& window) {
        window.findChild<QAction*>(QStringLiteral("nodeSettingsAction"))->trigger();
        auto* dialog = window.findChild<ui::NodeSettingsDialog*>();
        return dialog && QTest::qWaitForWindowExposed(dialog) ? dialog : nullptr;
    }

private slots:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("meterdesk-tests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_node_settings_dialog"));
        QSettings().clear();
        for (const char* variable :
             {"MD_NODE_URL", "MD_RPC_URL", "MD_ESCROW_ADDRESS", "MD_CONFIRMATIONS"})
            qunsetenv(variable);
        node_ = std::make_unique<Node>();
        deployment_ = deploy(*node_);
        admin_.setSession(sessionAs("meterdesk_admin", true));
    }

    void showsTheSettingsItWasGiven() {
        ui::NodeSettingsDialog dialog(usable(), admin_);
        QCOMPARE(edit(dialog, "nodeUrl")->text(), anvilUrl().toString());
        QCOMPARE(edit(dialog, "escrowAddress")->text(), deployment_.escrow.toChecksumHex());
        QCOMPARE(dialog.findChild<QSpinBox*>(QStringLiteral("confirmations"))->value(), 2);
        QCOMPARE(edit(dialog, "settlementRate")->text(), QStringLiteral("0.5"));
        QVERIFY(!dialog.form().hasIssues());
        QVERIFY(saveButton(dialog)->isEnabled());
        QCOMPARE(dialog.environmentNote(), QString());
    }

    void eachFieldShowsItsRule_data() {
        QTest::addColumn<QString>("editor");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("message");
        QTest::newRow("empty URL") << "nodeUrl"
                                   << ""
                                   << "rpcUrl"
                                   << "Node URL: required";
        QTest::newRow("websocket URL") << "nodeUrl"
                                       << "ws://127.0.0.1:8545"
                                       << "rpcUrl"
                                       << "Node URL: must start with http:// or https://";
        QTest::newRow("short address") << "escrowAddress"
                                       << "0x1234"
                                       << "escrowAddress"
                                       << "Escrow contract: must be 0x and 40 hex digits";
        QTest::newRow("address without 0x") << "escrowAddress"
                                            << "5FbDB2315678afecb367f032d93F642f64180aa3"
                                            << "escrowAddress"
                                            << "Escrow contract: must be 0x and 40 hex digits";
        QTest::newRow("zero rate") << "settlementRate"
                                   << "0.0"
                                   << "tokenUnitsPerCredit"
                                   << "Settlement rate: must be a number";
        QTest::newRow("negative rate") << "settlementRate"
                                       << "-1"
                                       << "tokenUnitsPerCredit"
                                       << "Settlement rate: must be a number";
        QTest::newRow("words as rate") << "settlementRate"
                                       << "one"
                                       << "tokenUnitsPerCredit"
                                       << "Settlement rate: must be a number";
    }

    void eachFieldShowsItsRule() {
        QFETCH(QString, editor);
        QFETCH(QString, text);
        QFETCH(QString, field);
        QFETCH(QString, message);
        ui::NodeSettingsDialog dialog(usable(), admin_);
        edit(dialog, editor.toLatin1().constData())->setText(text);
        QCOMPARE(dialog.form().fieldsWithIssues(), QStringList{field});
        QVERIFY2(dialog.form().messageAt(field).startsWith(message),
                 qPrintable(dialog.form().messageAt(field)));
        QVERIFY(!saveButton(dialog)->isEnabled());
        dialog.accept(); // a shortcut or a script: refused all the same
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        if (QTest::currentDataTag() == QLatin1String("zero rate"))
            QVERIFY(saveRendered(dialog, QStringLiteral("node-settings-problem.png")));
    }

    void testConnectionSaysWhatTheNodeAnswered() {
        ui::NodeSettingsDialog dialog(usable(), admin_);
        dialog.show();
        const QString found = probe(dialog);
        QVERIFY2(found.contains(QStringLiteral("chain id 31337")), qPrintable(found));
        const auto block = waitFor(node_->eth.blockNumber());
        QVERIFY2(found.contains(QStringLiteral("latest block")), qPrintable(found));
        QVERIFY(block > 0);
        QVERIFY2(found.contains(QStringLiteral("A contract is deployed at ") +
                                deployment_.escrow.toChecksumHex()),
                 qPrintable(found));
        QVERIFY(saveRendered(dialog, QStringLiteral("node-settings-en.png")));
    }

    void testConnectionSaysWhenNoContractIsThere() {
        ui::NodeSettingsDialog dialog(usable(), admin_);
        edit(dialog, "escrowAddress")->setText(node_->address(Stranger).toChecksumHex());
        const QString found = probe(dialog);
        QVERIFY2(found.contains(QStringLiteral("chain id 31337")) &&
                     found.contains(QStringLiteral("No contract is deployed at")),
                 qPrintable(found));
    }

    void testConnectionSaysWhyItCouldNotAsk() {
        ui::NodeSettingsDialog dialog(usable(), admin_);
        edit(dialog, "nodeUrl")->setText(closedPort().toString());
        const QString found = probe(dialog);
        QVERIFY2(found.startsWith(QStringLiteral("The node could not be reached")) &&
                     found.contains(QStringLiteral("Check that it is running")),
                 qPrintable(found));
        QVERIFY(dialog.findChild<QPushButton*>(QStringLiteral("testConnection"))->isEnabled());
    }

    void environmentOverridesAreNamed() {
        qputenv("MD_NODE_URL", "http://127.0.0.1:9999");
        qputenv("MD_CONFIRMATIONS", "3");
        const auto unset = qScopeGuard([] {
            qunsetenv("MD_NODE_URL");
            qunsetenv("MD_CONFIRMATIONS");
        });
        ui::NodeSettingsDialog dialog(usable(), admin_);
        const QString note = dialog.environmentNote();
        QVERIFY2(note.contains(QStringLiteral("MD_NODE_URL sets the node URL")) &&
                     note.contains(QStringLiteral("MD_CONFIRMATIONS sets the confirmations")) &&
                     !note.contains(QStringLiteral("MD_ESCROW_ADDRESS")) &&
                     note.contains(QStringLiteral("every start")),
                 qPrintable(note));
    }

    void aRoleThatMayNotDecideEscrowsCannotSave_data() {
        QTest::addColumn<bool>("connected");
        QTest::addColumn<QString>("why");
        QTest::newRow("viewer") << true << "Your role meterdesk_viewer may not change";
        QTest::newRow("not connected") << false << "Not connected to a metering database";
    }

    void aRoleThatMayNotDecideEscrowsCannotSave() {
        QFETCH(bool, connected);
        QFETCH(QString, why);
        ui::PermissionGuard viewer;
        if (connected)
            viewer.setSession(sessionAs("meterdesk_viewer", false));
        ui::NodeSettingsDialog dialog(usable(), viewer);
        QVERIFY(!dialog.canSave());
        QVERIFY(!saveButton(dialog)->isEnabled());
        QVERIFY2(saveButton(dialog)->toolTip().startsWith(why),
                 qPrintable(saveButton(dialog)->toolTip()));
        QVERIFY(edit(dialog, "nodeUrl")->isReadOnly());
        // Testing reads only: still offered.
        QVERIFY(dialog.findChild<QPushButton*>(QStringLiteral("testConnection"))->isEnabled());
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
    }

    // Through the console: Save stores the settings and reconnects the Escrows page and the
    // status bar without a restart; Cancel afterwards leaves both as they were.
    void saveAppliesAtOnceAndCancelChangesNothing() {
        models::DatabaseSession session; // never opened: the node needs no database
        ui::MainWindow window(session);
        window.permissions().setSession(sessionAs("meterdesk_admin", true));
        window.show();
        QVERIFY(!window.escrowsPage()->desk().isConfigured());

        auto* dialog = openDialog(window);
        QVERIFY(dialog);
        QCOMPARE(edit(*dialog, "nodeUrl")->text(), QString());
        edit(*dialog, "nodeUrl")->setText(anvilUrl().toString());
        edit(*dialog, "escrowAddress")->setText(deployment_.escrow.toChecksumHex());
        dialog->findChild<QSpinBox*>(QStringLiteral("confirmations"))->setValue(3);
        edit(*dialog, "settlementRate")->setText(QStringLiteral("2.5"));
        QSignalSpy connected(&window.escrowsPage()->desk(), &models::EscrowDesk::nodeConnected);
        saveButton(*dialog)->click();
        // Applied at once: the status bar says it is asking the node before any answer came.
        QCOMPARE(window.nodeStatusText(), QStringLiteral("Connecting to the node…"));

        QVERIFY(connected.wait(kPatienceMs));
        const models::NodeSettings applied = window.escrowsPage()->desk().settings();
        QCOMPARE(applied.rpcUrl, anvilUrl());
        QCOMPARE(applied.confirmations, std::uint64_t{3});
        QCOMPARE(applied.tokenUnitsPerCredit, QStringLiteral("2.5"));
        QVERIFY2(window.nodeStatusText().startsWith(QStringLiteral("Chain 31337")),
                 qPrintable(window.nodeStatusText()));
        const models::NodeSettings stored = models::NodeSettings::load(QSettings());
        QCOMPARE(stored.rpcUrl, anvilUrl());
        QCOMPARE(stored.escrowAddress, deployment_.escrow.toChecksumHex());
        QCOMPARE(stored.tokenUnitsPerCredit, QStringLiteral("2.5"));
        QTRY_VERIFY_WITH_TIMEOUT(!window.findChild<ui::NodeSettingsDialog*>(), kPatienceMs);

        dialog = openDialog(window);
        QVERIFY(dialog);
        QCOMPARE(edit(*dialog, "settlementRate")->text(), QStringLiteral("2.5"));
        edit(*dialog, "nodeUrl")->setText(closedPort().toString());
        edit(*dialog, "settlementRate")->setText(QStringLiteral("7"));
        dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Cancel)->click();
        QTRY_VERIFY_WITH_TIMEOUT(!window.findChild<ui::NodeSettingsDialog*>(), kPatienceMs);
        QCOMPARE(window.escrowsPage()->desk().settings().rpcUrl, anvilUrl());
        QCOMPARE(window.escrowsPage()->desk().settings().tokenUnitsPerCredit,
                 QStringLiteral("2.5"));
        QCOMPARE(models::NodeSettings::load(QSettings()).rpcUrl, anvilUrl());
        QVERIFY(window.nodeStatusText().startsWith(QStringLiteral("Chain 31337")));
    }

    void rendersInGerman() {
        const meterdesk::translations::InstalledLanguage german(QLocale(QLocale::German));
        QVERIFY(german.hasMeterdeskTranslation());
        qputenv("MD_ESCROW_ADDRESS", deployment_.escrow.toChecksumHex().toLatin1());
        const auto unset = qScopeGuard([] { qunsetenv("MD_ESCROW_ADDRESS"); });
        ui::NodeSettingsDialog dialog(usable(), admin_);
        dialog.show();
        const QString found = probe(dialog);
        QVERIFY2(found.contains(QStringLiteral("31337")) &&
                     !found.contains(QStringLiteral("The node answers")),
                 qPrintable(found));
        QVERIFY(!dialog.environmentNote().contains(QStringLiteral("Set by the environment")));
        QVERIFY(saveRendered(dialog, QStringLiteral("node-settings-de.png")));
    }
};

QTEST_MAIN(TestNodeSettingsDialog)
#include "tst_node_settings_dialog.moc"

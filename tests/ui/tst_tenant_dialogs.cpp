#include <ui/credit_dialog.h>
#include <ui/tenant_dialog.h>

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace meterdesk;
using billing::Credits;
using ui::CreditDialog;
using ui::TenantDialog;

Q_DECLARE_METATYPE(meterdesk::store::TenantDraft)
Q_DECLARE_METATYPE(meterdesk::billing::Credits)

namespace {

const QStringList kPlans{QStringLiteral("starter"), QStringLiteral("growth")};

void type(QWidget* dialog, const QString& objectName, const QString& text) {
    auto* edit = dialog->findChild<QLineEdit*>(objectName);
    QVERIFY2(edit, qPrintable(objectName));
    edit->setText(text);
}

void fillValidTenant(TenantDialog& dialog) {
    type(&dialog, QStringLiteral("slug"), QStringLiteral("acme-corp"));
    type(&dialog, QStringLiteral("tenantName"), QStringLiteral("Acme Corp"));
    type(&dialog, QStringLiteral("email"), QStringLiteral("billing@acme.example"));
    type(&dialog, QStringLiteral("region"), QStringLiteral("eu"));
    type(&dialog, QStringLiteral("lowCreditThreshold"), QStringLiteral("12.5"));
}

QPushButton* saveButton(QDialog& dialog) {
    return dialog.findChild<QPushButton*>(QStringLiteral("saveButton"));
}

store::Tenant acme() {
    store::Tenant tenant;
    tenant.id = 7;
    tenant.slug = "acme-corp";
    tenant.name = "Acme Corp";
    tenant.balance = Credits::fromMicros(10'000'000);
    return tenant;
}

} // namespace

class TestTenantDialogs : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void eachProblemShowsAtItsField_data() {
        QTest::addColumn<QString>("editor");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("field");

        QTest::newRow("slug with capitals") << "slug"
                                            << "Acme Corp"
                                            << "slug";
        QTest::newRow("empty name") << "tenantName"
                                    << ""
                                    << "name";
        QTest::newRow("email without @") << "email"
                                         << "billing.acme"
                                         << "email";
        QTest::newRow("region too short") << "region"
                                          << "e"
                                          << "region";
        QTest::newRow("threshold not an amount") << "lowCreditThreshold"
                                                 << "ten"
                                                 << "lowCreditThreshold";
        QTest::newRow("threshold negative") << "lowCreditThreshold"
                                            << "-1"
                                            << "lowCreditThreshold";
        QTest::newRow("threshold too precise") << "lowCreditThreshold"
                                               << "0.0000001"
                                               << "lowCreditThreshold";
        QTest::newRow("wallet too short") << "walletAddress"
                                          << "0x1234"
                                          << "walletAddress";
    }

    void eachProblemShowsAtItsField() {
        QFETCH(QString, editor);
        QFETCH(QString, text);
        QFETCH(QString, field);

        TenantDialog dialog(TenantDialog::Mode::Create, kPlans);
        fillValidTenant(dialog);
        QVERIFY(dialog.isValid());
        QVERIFY(saveButton(dialog)->isEnabled());

        type(&dialog, editor, text);
        QVERIFY(!dialog.isValid());
        QVERIFY2(!dialog.issueAt(field).isEmpty(), qPrintable(field));
        QVERIFY2(!saveButton(dialog)->isEnabled(), "Save stayed enabled with a problem");
        QVERIFY(!dialog.findChild<QLineEdit*>(editor)->toolTip().isEmpty());
        for (const char* other :
             {"slug", "name", "email", "region", "lowCreditThreshold", "walletAddress"}) {
            if (QLatin1String(other) != field)
                QVERIFY2(dialog.issueAt(QLatin1String(other)).isEmpty(), other);
        }
    }

    void submitsTheDraftAndStaysOpenUntilSaved() {
        TenantDialog dialog(TenantDialog::Mode::Create, kPlans);
        fillValidTenant(dialog);
        dialog.findChild<QComboBox*>(QStringLiteral("plan"))
            ->setCurrentText(QStringLiteral("growth"));
        dialog.findChild<QCheckBox*>(QStringLiteral("premium"))->setChecked(true);
        type(&dialog, QStringLiteral("walletAddress"),
             QStringLiteral("0x") + QString(40, QLatin1Char('a')));
        QSignalSpy submitted(&dialog, &TenantDialog::submitted);
        dialog.open();

        QTest::mouseClick(saveButton(dialog), Qt::LeftButton);
        QCOMPARE(submitted.size(), 1);
        const auto draft = submitted.front().front().value<store::TenantDraft>();
        QCOMPARE(draft.slug, std::string("acme-corp"));
        QCOMPARE(draft.planCode, std::string("growth"));
        QCOMPARE(draft.region, std::string("eu"));
        QVERIFY(draft.premiumAccess);
        QCOMPARE(draft.lowCreditThreshold, Credits::fromMicros(12'500'000));
        QCOMPARE(draft.walletAddress, std::optional<std::string>("0x" + std::string(40, 'a')));
        QVERIFY2(dialog.isVisible(), "the dialog closed before the save was confirmed");
        QVERIFY2(!saveButton(dialog)->isEnabled(), "Save could be pressed twice");

        dialog.saveFailed(QStringLiteral("Someone else changed this tenant"));
        QVERIFY(dialog.isVisible());
        QCOMPARE(dialog.findChild<QLineEdit*>(QStringLiteral("tenantName"))->text(),
                 QStringLiteral("Acme Corp"));
        QVERIFY(dialog.findChild<QLabel*>(QStringLiteral("failure"))
                    ->text()
                    .contains(QStringLiteral("Someone")));
        QVERIFY(saveButton(dialog)->isEnabled());

        QTest::mouseClick(saveButton(dialog), Qt::LeftButton);
        QCOMPARE(submitted.size(), 2);
        dialog.saveSucceeded();
        QVERIFY(!dialog.isVisible());
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
    }

    void editKeepsTheSlug() {
        TenantDialog dialog(TenantDialog::Mode::Edit, kPlans);
        store::TenantDraft draft;
        draft.slug = "acme-corp";
        draft.name = "Acme";
        draft.email = "a@acme.example";
        draft.planCode = "legacy";
        dialog.setDraft(draft);
        QVERIFY(dialog.findChild<QLineEdit*>(QStringLiteral("slug"))->isReadOnly());
        QCOMPARE(dialog.findChild<QComboBox*>(QStringLiteral("plan"))->currentText(),
                 QStringLiteral("legacy"));
        QCOMPARE(dialog.draft()->planCode, std::string("legacy"));
    }

    void creditConfirmationSaysWhatWillHappen_data() {
        QTest::addColumn<bool>("topUp");
        QTest::addColumn<QString>("amount");
        QTest::addColumn<QString>("confirmation");

        QTest::newRow("top-up") << true << "25"
                                << "Add 25.00 credits to acme-corp (balance 10.00 → 35.00)?";
        QTest::newRow("fraction")
            << true << "0.000001"
            << "Add 0.000001 credits to acme-corp (balance 10.00 → 10.000001)?";
        QTest::newRow("adjust down")
            << false << "-5"
            << "Remove 5.00 credits from acme-corp (balance 10.00 → 5.00)?";
        QTest::newRow("adjust up")
            << false << "1234.5"
            << "Add 1,234.50 credits to acme-corp (balance 10.00 → 1,244.50)?";
    }

    void creditConfirmationSaysWhatWillHappen() {
        QFETCH(bool, topUp);
        QFETCH(QString, amount);
        QFETCH(QString, confirmation);

        CreditDialog dialog(topUp ? CreditDialog::Kind::TopUp : CreditDialog::Kind::Adjustment,
                            acme());
        QSignalSpy confirmed(&dialog, &CreditDialog::confirmed);
        dialog.open();
        type(&dialog, QStringLiteral("amount"), amount);
        dialog.findChild<QPlainTextEdit*>(QStringLiteral("reason"))
            ->setPlainText(QStringLiteral("Order 42"));
        QCOMPARE(dialog.confirmationText(), confirmation);

        auto* ok = dialog.findChild<QPushButton*>(QStringLiteral("okButton"));
        QVERIFY(ok->isEnabled());
        QTest::mouseClick(ok, Qt::LeftButton);
        QVERIFY2(confirmed.isEmpty(), "credits moved before the operator confirmed");
        QMessageBox* box = dialog.confirmation();
        QVERIFY(box);
        QCOMPARE(box->text(), confirmation);
        QTest::mouseClick(box->findChild<QPushButton*>(QStringLiteral("confirmButton")),
                          Qt::LeftButton);
        QCOMPARE(confirmed.size(), 1);
        QCOMPARE(confirmed.front().at(0).value<Credits>(), Credits::parse(amount.toStdString()));
        QCOMPARE(confirmed.front().at(1).toString(), QStringLiteral("Order 42"));
    }

    // German and French confirmations wrap over several lines: the dialog grows to show them.
    void theConfirmationIsNeverCutOff_data() {
        QTest::addColumn<QString>("slug");
        QTest::addColumn<QString>("amount");

        QTest::newRow("short") << "acme"
                               << "25";
        QTest::newRow("long slug") << "a-tenant-whose-slug-is-forty-letters-ok"
                                   << "25";
        QTest::newRow("long amount") << "acme-corp"
                                     << "123456789.123456";
    }

    void theConfirmationIsNeverCutOff() {
        QFETCH(QString, slug);
        QFETCH(QString, amount);

        store::Tenant tenant = acme();
        tenant.slug = slug.toStdString();
        tenant.name = "An Operator-Visible Name That Is Rather Long For A Tenant";
        CreditDialog dialog(CreditDialog::Kind::TopUp, tenant);
        dialog.open();
        type(&dialog, QStringLiteral("amount"), amount);
        dialog.findChild<QPlainTextEdit*>(QStringLiteral("reason"))
            ->setPlainText(QStringLiteral("Order 42"));
        QCoreApplication::processEvents();

        auto* preview = dialog.findChild<QLabel*>(QStringLiteral("preview"));
        QVERIFY(!preview->text().isEmpty());
        QVERIFY2(preview->height() >= preview->heightForWidth(preview->width()),
                 qPrintable(QStringLiteral("%1 px shown of %2")
                                .arg(preview->height())
                                .arg(preview->heightForWidth(preview->width()))));
        QVERIFY(preview->geometry().bottom() <
                dialog.findChild<QDialogButtonBox*>()->geometry().top());
    }

    void cancellingTheConfirmationChangesNothing() {
        CreditDialog dialog(CreditDialog::Kind::TopUp, acme());
        QSignalSpy confirmed(&dialog, &CreditDialog::confirmed);
        dialog.open();
        type(&dialog, QStringLiteral("amount"), QStringLiteral("25"));
        dialog.findChild<QPlainTextEdit*>(QStringLiteral("reason"))
            ->setPlainText(QStringLiteral("Order 42"));
        dialog.accept();
        QMessageBox* box = dialog.confirmation();
        QVERIFY(box);
        QTest::mouseClick(box->button(QMessageBox::Cancel), Qt::LeftButton);
        QVERIFY(confirmed.isEmpty());
        QVERIFY(dialog.isVisible());
    }

    void creditNeedsAnAmountAndAReason_data() {
        QTest::addColumn<bool>("topUp");
        QTest::addColumn<QString>("amount");
        QTest::addColumn<QString>("reason");

        QTest::newRow("no amount") << true << ""
                                   << "Order 42";
        QTest::newRow("not a number") << true << "lots"
                                      << "Order 42";
        QTest::newRow("zero top-up") << true << "0"
                                     << "Order 42";
        QTest::newRow("negative top-up") << true << "-3"
                                         << "Order 42";
        QTest::newRow("zero adjustment") << false << "0"
                                         << "Correction";
        QTest::newRow("seven decimals") << true << "1.0000001"
                                        << "Order 42";
        QTest::newRow("no reason") << true << "25"
                                   << "";
        QTest::newRow("blank reason") << false << "-2"
                                      << "   ";
    }

    void creditNeedsAnAmountAndAReason() {
        QFETCH(bool, topUp);
        QFETCH(QString, amount);
        QFETCH(QString, reason);

        CreditDialog dialog(topUp ? CreditDialog::Kind::TopUp : CreditDialog::Kind::Adjustment,
                            acme());
        type(&dialog, QStringLiteral("amount"), amount);
        dialog.findChild<QPlainTextEdit*>(QStringLiteral("reason"))->setPlainText(reason);
        QVERIFY(!dialog.findChild<QPushButton*>(QStringLiteral("okButton"))->isEnabled());
        dialog.accept();
        QVERIFY2(!dialog.confirmation(), "asked to confirm an invalid change");
    }
};

QTEST_MAIN(TestTenantDialogs)
#include "tst_tenant_dialogs.moc"

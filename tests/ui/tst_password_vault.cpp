// Runs twice: under a real Secret Service (tests/ui/with_secret_service.sh sets
// MD_EXPECT_KEYCHAIN=1) and with no D-Bus session at all (MD_EXPECT_KEYCHAIN=0), where
// passwords must stay in memory and the console must say so.
#include <ui/connection_dialog.h>
#include <ui/password_vault.h>
#include <ui/profile_store.h>

#include <QCheckBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace meterdesk::ui;
using Outcome = PasswordVault::Outcome;
using Operation = PasswordVault::Operation;

namespace {

struct Answer {
    Operation operation;
    QString key;
    Outcome outcome;
    QString password;
};

// The next answer of the vault; fails the test when none comes.
std::optional<Answer> nextAnswer(QSignalSpy& spy) {
    if (spy.isEmpty() && !spy.wait(15'000))
        return std::nullopt;
    const QList<QVariant> arguments = spy.takeFirst();
    return Answer{arguments.at(0).value<Operation>(), arguments.at(1).toString(),
                  arguments.at(2).value<Outcome>(), arguments.at(3).toString()};
}

QString uniqueKey() {
    return QStringLiteral("tst_password_vault/%1")
        .arg(QUuid::createUuid().toString(QUuid::WithoutBraces));
}

} // namespace

class TestPasswordVault : public QObject {
    Q_OBJECT

private:
    bool expectKeychain_ = false;
    Outcome stored() const { return expectKeychain_ ? Outcome::Done : Outcome::KeptInMemory; }
    Outcome missing() const {
        return expectKeychain_ ? Outcome::NotFound : Outcome::KeychainUnavailable;
    }

private slots:
    void initTestCase() {
        const QByteArray expectation = qgetenv("MD_EXPECT_KEYCHAIN");
        QVERIFY2(expectation == "0" || expectation == "1", "MD_EXPECT_KEYCHAIN must be 0 or 1");
        expectKeychain_ = expectation == "1";
    }

    void storesReadsAndRemoves() {
        PasswordVault vault(QStringLiteral("meterdesk-test"));
        QSignalSpy answers(&vault, &PasswordVault::finished);
        QSignalSpy unavailable(&vault, &PasswordVault::keychainUnavailable);
        const QString key = uniqueKey();

        vault.write(key, QStringLiteral("pässwörd with spaces"));
        QVERIFY2(answers.isEmpty(), "the vault answered before write() returned");
        auto answer = nextAnswer(answers);
        QVERIFY(answer);
        QCOMPARE(answer->operation, Operation::Write);
        QCOMPARE(answer->key, key);
        QCOMPARE(answer->outcome, stored());

        vault.read(key);
        answer = nextAnswer(answers);
        QVERIFY(answer);
        QCOMPARE(answer->operation, Operation::Read);
        QCOMPARE(answer->outcome, stored());
        QCOMPARE(answer->password, QStringLiteral("pässwörd with spaces"));

        vault.remove(key);
        answer = nextAnswer(answers);
        QVERIFY(answer);
        QCOMPARE(answer->operation, Operation::Remove);
        QCOMPARE(answer->outcome, Outcome::Done);

        vault.read(key);
        answer = nextAnswer(answers);
        QVERIFY(answer);
        QCOMPARE(answer->outcome, missing());
        QVERIFY(answer->password.isEmpty());

        QCOMPARE(vault.keychainAvailable(), expectKeychain_);
        QCOMPARE(unavailable.size(), expectKeychain_ ? 0 : 1);
    }

    void aMissingEntryIsNotAnError() {
        PasswordVault vault(QStringLiteral("meterdesk-test"));
        QSignalSpy answers(&vault, &PasswordVault::finished);
        vault.read(uniqueKey());
        const auto answer = nextAnswer(answers);
        QVERIFY(answer);
        QCOMPARE(answer->outcome, missing());
    }

    // What one run stored, the next run finds only in a keychain: without one, a password
    // lives as long as the vault that was told it.
    void onlyAKeychainOutlivesTheRun() {
        const QString key = uniqueKey();
        {
            PasswordVault vault(QStringLiteral("meterdesk-test"));
            QSignalSpy answers(&vault, &PasswordVault::finished);
            vault.write(key, QStringLiteral("secret"));
            QVERIFY(nextAnswer(answers));
        }
        PasswordVault nextRun(QStringLiteral("meterdesk-test"));
        QSignalSpy answers(&nextRun, &PasswordVault::finished);
        nextRun.read(key);
        auto answer = nextAnswer(answers);
        QVERIFY(answer);
        QCOMPARE(answer->outcome, expectKeychain_ ? Outcome::Done : Outcome::KeychainUnavailable);
        QCOMPARE(answer->password, expectKeychain_ ? QStringLiteral("secret") : QString());

        nextRun.remove(key);
        QVERIFY(nextAnswer(answers));
    }

    void dialogFillsThePasswordOrSaysItIsKeptInMemory() {
        QTemporaryDir folder;
        QSettings settings(folder.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
        ProfileStore profiles(settings);
        ConnectionProfile profile;
        profile.name = QStringLiteral("test");
        profile.host = QStringLiteral("db.example.com");
        profile.user = QStringLiteral("vault-%1").arg(QUuid::createUuid().toString(QUuid::Id128));
        profiles.save(profile);
        profiles.setLastUsed(profile.name);

        PasswordVault vault(QStringLiteral("meterdesk-test"));
        QSignalSpy answers(&vault, &PasswordVault::finished);
        vault.write(profile.credentialKey(), QStringLiteral("from-the-vault"));
        QVERIFY(nextAnswer(answers));

        ConnectionDialog dialog(profiles, vault);
        auto* password = dialog.findChild<QLineEdit*>(QStringLiteral("password"));
        auto* note = dialog.findChild<QLabel*>(QStringLiteral("keychainNote"));
        auto* remember = dialog.findChild<QCheckBox*>(QStringLiteral("remember"));
        QVERIFY(password && note && remember);
        QTRY_COMPARE(password->text(), QStringLiteral("from-the-vault"));
        QCOMPARE(note->isVisibleTo(&dialog), !expectKeychain_);
        if (!expectKeychain_) {
            QVERIFY(note->text().contains(QStringLiteral("memory")));
            QVERIFY(remember->text().contains(QStringLiteral("until Meterdesk quits")));
        }
        QCOMPARE(dialog.profile().credentialKey(), profile.credentialKey());

        vault.remove(profile.credentialKey());
        QVERIFY(nextAnswer(answers));
    }

    void aTypedPasswordNeverReachesTheSettings() {
        QTemporaryDir folder;
        const QString path = folder.filePath(QStringLiteral("settings.ini"));
        {
            QSettings settings(path, QSettings::IniFormat);
            ProfileStore profiles(settings);
            PasswordVault vault(QStringLiteral("meterdesk-test"));
            ConnectionDialog dialog(profiles, vault);
            dialog.findChild<QLineEdit*>(QStringLiteral("name"))->setText(QStringLiteral("typed"));
            dialog.findChild<QLineEdit*>(QStringLiteral("user"))->setText(QStringLiteral("alice"));
            dialog.findChild<QLineEdit*>(QStringLiteral("password"))
                ->setText(QStringLiteral("hunter2-typed"));
            dialog.accept();
            QCOMPARE(dialog.result(), int(QDialog::Accepted));
            QCOMPARE(dialog.password(), QStringLiteral("hunter2-typed"));
            QVERIFY(profiles.find(QStringLiteral("typed")));
        }
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray text = file.readAll();
        QVERIFY2(text.contains("alice"), text.constData());
        QVERIFY2(!text.contains("hunter2"), "the password was written to the settings file");
    }
};

QTEST_MAIN(TestPasswordVault)
#include "tst_password_vault.moc"

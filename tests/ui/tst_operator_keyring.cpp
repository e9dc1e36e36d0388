// The operator key in the OS keychain. Runs under a real Secret Service
// (tests/ui/with_secret_service.sh, MD_EXPECT_KEYCHAIN=1): the key is imported, read back by
// a second keyring (as a restarted console or meterdeskctl would), and removed. Without a
// D-Bus session (MD_EXPECT_KEYCHAIN=0) an imported key stays in memory and says so.
#include <chain/secret_key.h>
#include <chain/signer.h>
#include <models/operator_keyring.h>

#include <QSignalSpy>
#include <QTest>

using meterdesk::chain::Address;
using meterdesk::models::OperatorKeyring;

namespace {

// anvil's account 0: a public development key, never used beyond dev and tests.
const QString kAnvilKey =
    QStringLiteral("0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80");
const QString kAnvilAddress = QStringLiteral("0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266");

// The Web3 Secret Storage test vector (pbkdf2, password "testpassword").
const char* kKeystore = R"({
  "crypto": {
    "cipher": "aes-128-ctr",
    "cipherparams": {"iv": "6087dab2f9fdbbfaddc31a909735c1e6"},
    "ciphertext": "5318b4d5bcd28de64ee5559e671353e16f075ecae9f99c7a79a38af5f869aa46",
    "kdf": "pbkdf2",
    "kdfparams": {"c": 262144, "dklen": 32, "prf": "hmac-sha256",
                  "salt": "ae3cd4e7013836a3df6bd7241b12db061dbe2c6785853cce422d148a624ce0bd"},
    "mac": "517ead924a9d0dc3124507e3393d175ce3ff7c1e96529c6c555ce9e51205e9b2"
  },
  "id": "3198bc9c-6672-5ab3-d995-4942343ae5b6",
  "version": 3
})";

Address keystoreAddress() {
    using namespace meterdesk::chain;
    return Signer(SecretKey::fromHex(
                      u"7a28b5ba57c53603b0b07b56bba752f7784bf506fa95edc395f5cf6c7514fe9d"))
        .address();
}

constexpr int kPatienceMs = 60'000;

// A chain id of its own per test row, so rows never see each other's entries.
std::uint64_t chainIdFor(int row) {
    return 900'000 + static_cast<std::uint64_t>(row);
}

} // namespace

class TestOperatorKeyring : public QObject {
    Q_OBJECT

    bool expectKeychain_ = false;

private slots:
    void initTestCase() {
        const QByteArray expectation = qgetenv("MD_EXPECT_KEYCHAIN");
        QVERIFY2(expectation == "0" || expectation == "1", "MD_EXPECT_KEYCHAIN must be 0 or 1");
        expectKeychain_ = expectation == "1";
    }

    void entryIsNamedByChain() {
        QCOMPARE(OperatorKeyring::entryKey(31337), QStringLiteral("operator-key/31337"));
    }

    void importReadBackAndRemove_data() {
        QTest::addColumn<int>("row");
        QTest::addColumn<QByteArray>("keystore"); // empty: import kAnvilKey as hex
        QTest::addColumn<QString>("address");
        QTest::newRow("hex") << 1 << QByteArray() << kAnvilAddress;
        QTest::newRow("keystore") << 2 << QByteArray(kKeystore)
                                  << keystoreAddress().toChecksumHex();
    }

    void importReadBackAndRemove() {
        QFETCH(int, row);
        QFETCH(QByteArray, keystore);
        QFETCH(QString, address);
        const std::uint64_t chainId = chainIdFor(row);

        OperatorKeyring keyring;
        QSignalSpy imported(&keyring, &OperatorKeyring::imported);
        QSignalSpy failed(&keyring, &OperatorKeyring::failed);
        if (keystore.isEmpty())
            keyring.importHex(chainId, kAnvilKey);
        else
            keyring.importKeystore(chainId, keystore, QStringLiteral("testpassword"));
        QVERIFY(imported.wait(kPatienceMs));
        QCOMPARE(failed.count(), 0);
        QCOMPARE(imported.first().at(0).toULongLong(), chainId);
        QCOMPARE(imported.first().at(1).value<Address>().toChecksumHex(), address);
        QCOMPARE(imported.first().at(2).toBool(), !expectKeychain_);
        QVERIFY(keyring.signer(chainId));
        QCOMPARE(keyring.signer(chainId)->address().toChecksumHex(), address);

        // A second keyring is a restarted console: only the keychain can give it the key.
        OperatorKeyring restarted;
        QSignalSpy loaded(&restarted, &OperatorKeyring::loaded);
        QSignalSpy notFound(&restarted, &OperatorKeyring::notFound);
        restarted.load(chainId);
        QTRY_COMPARE_WITH_TIMEOUT(loaded.count() + notFound.count(), 1, kPatienceMs);
        if (expectKeychain_) {
            QCOMPARE(loaded.count(), 1);
            QCOMPARE(loaded.first().at(1).value<Address>().toChecksumHex(), address);
            QCOMPARE(restarted.signer(chainId)->address().toChecksumHex(), address);
        } else {
            QCOMPARE(notFound.count(), 1);
            QVERIFY(!restarted.signer(chainId));
            // ...while the keyring that imported it still has it in memory.
            QSignalSpy loadedInMemory(&keyring, &OperatorKeyring::loaded);
            keyring.load(chainId);
            QVERIFY(loadedInMemory.wait(kPatienceMs));
            QCOMPARE(loadedInMemory.first().at(1).value<Address>().toChecksumHex(), address);
        }

        QSignalSpy removed(&keyring, &OperatorKeyring::removed);
        keyring.remove(chainId);
        QVERIFY(removed.wait(kPatienceMs));
        QVERIFY(!keyring.signer(chainId));

        OperatorKeyring afterRemoval;
        QSignalSpy gone(&afterRemoval, &OperatorKeyring::notFound);
        afterRemoval.load(chainId);
        QVERIFY(gone.wait(kPatienceMs));
        QVERIFY(!afterRemoval.signer(chainId));
    }

    void badKeysAreRefusedNamingTheField_data() {
        QTest::addColumn<QString>("hex");
        QTest::addColumn<QByteArray>("keystore");
        QTest::addColumn<QString>("password");
        QTest::addColumn<QString>("field");
        QTest::newRow("too short") << "0x1234" << QByteArray() << QString() << "Private key";
        QTest::newRow("not hex") << QString(64, QLatin1Char('g')) << QByteArray() << QString()
                                 << "Private key";
        QTest::newRow("zero key") << QString(64, QLatin1Char('0')) << QByteArray() << QString()
                                  << "Private key";
        QTest::newRow("wrong password") << QString() << QByteArray(kKeystore) << "wrong"
                                        << "Keystore password";
        QTest::newRow("not a keystore")
            << QString() << QByteArray("{\"version\": 1}") << "testpassword"
            << "Keystore file";
    }

    void badKeysAreRefusedNamingTheField() {
        QFETCH(QString, hex);
        QFETCH(QByteArray, keystore);
        QFETCH(QString, password);
        QFETCH(QString, field);

        OperatorKeyring keyring;
        QSignalSpy imported(&keyring, &OperatorKeyring::imported);
        QSignalSpy failed(&keyring, &OperatorKeyring::failed);
        if (keystore.isEmpty())
            keyring.importHex(chainIdFor(3), hex);
        else
            keyring.importKeystore(chainIdFor(3), keystore, password);
        QVERIFY(failed.wait(kPatienceMs));
        const QString message = failed.first().at(1).toString();
        QVERIFY2(message.startsWith(field + QLatin1Char(':')), qPrintable(message));
        if (!hex.isEmpty())
            QVERIFY2(!message.contains(hex), "the message quotes the key");
        QCOMPARE(imported.count(), 0);
        QVERIFY(!keyring.signer(chainIdFor(3)));
    }
};

QTEST_GUILESS_MAIN(TestOperatorKeyring)
#include "tst_operator_keyring.moc"

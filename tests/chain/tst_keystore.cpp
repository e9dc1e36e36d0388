#include <chain/errors.h>
#include <chain/secret_key.h>
#include <chain/signer.h>

#include <QTest>

using namespace meterdesk::chain;

namespace {

// The test vectors of the Web3 Secret Storage Definition (password "testpassword", key
// 7a28b5ba57c53603b0b07b56bba752f7784bf506fa95edc395f5cf6c7514fe9d).
const char* pbkdf2Keystore = R"({
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

const char* scryptKeystore = R"({
  "crypto": {
    "cipher": "aes-128-ctr",
    "cipherparams": {"iv": "83dbcc02d8ccb40e466191a123791e0e"},
    "ciphertext": "d172bf743a674da9cdad04534d56926ef8358534d458fffccd4e6ad2fbde479c",
    "kdf": "scrypt",
    "kdfparams": {"dklen": 32, "n": 262144, "p": 8, "r": 1,
                  "salt": "ab0c7876052600dd703518d6fc3fe8984592145b591fc8fb5c6d43190334ba19"},
    "mac": "2103ac29920d71da29f15d75b4a16dbe95cfd7ff8faea1056c33131d846e3097"
  },
  "id": "3198bc9c-6672-5ab3-d995-4942343ae5b6",
  "version": 3
})";

Address addressOfKey(const char* hex) {
    return Signer(SecretKey::fromHex(QString::fromLatin1(hex))).address();
}

} // namespace

class TestKeystore : public QObject {
    Q_OBJECT

private slots:
    void decryptsThePublishedVectors_data() {
        QTest::addColumn<QByteArray>("keystore");
        QTest::newRow("pbkdf2") << QByteArray(pbkdf2Keystore);
        QTest::newRow("scrypt") << QByteArray(scryptKeystore);
    }

    void decryptsThePublishedVectors() {
        QFETCH(QByteArray, keystore);
        const Signer signer(SecretKey::fromKeystore(keystore, u"testpassword"));
        QCOMPARE(signer.address(),
                 addressOfKey("7a28b5ba57c53603b0b07b56bba752f7784bf506fa95edc395f5cf6c7514fe9d"));
    }

    void wrongPasswordIsReportedAsSuch() {
        try {
            SecretKey::fromKeystore(pbkdf2Keystore, u"testpassword!");
            QFAIL("a wrong password was accepted");
        } catch (const ChainError& error) {
            QCOMPARE(error.kind(), ChainError::Kind::WrongKey);
        }
    }

    void unsupportedKeystoresNameWhatIsWrong_data() {
        QTest::addColumn<QByteArray>("keystore");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("not JSON") << QByteArray("{") << "version 3";
        QTest::newRow("version 1") << QByteArray(R"({"version": 1})") << "version 3";
        QTest::newRow("other cipher")
            << QByteArray(pbkdf2Keystore).replace("aes-128-ctr", "aes-128-cbc") << "aes-128-ctr";
        QTest::newRow("other kdf")
            << QByteArray(pbkdf2Keystore).replace("\"pbkdf2\"", "\"argon2\"") << "scrypt or pbkdf2";
        QTest::newRow("other prf")
            << QByteArray(pbkdf2Keystore).replace("hmac-sha256", "hmac-sha512") << "hmac-sha256";
    }

    void unsupportedKeystoresNameWhatIsWrong() {
        QFETCH(QByteArray, keystore);
        QFETCH(QString, mentions);
        try {
            SecretKey::fromKeystore(keystore, u"testpassword");
            QFAIL("an unsupported keystore was accepted");
        } catch (const ChainError& error) {
            QCOMPARE(error.kind(), ChainError::Kind::InvalidInput);
            QVERIFY2(QString::fromUtf8(error.what()).contains(mentions), error.what());
        }
    }
};

QTEST_GUILESS_MAIN(TestKeystore)
#include "tst_keystore.moc"

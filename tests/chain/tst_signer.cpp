#include <chain/address.h>
#include <chain/errors.h>
#include <chain/keccak.h>
#include <chain/rlp.h>
#include <chain/secret_key.h>
#include <chain/signer.h>
#include <chain/transaction.h>

#include <QTest>

using namespace meterdesk::chain;

namespace {

// Public test keys: EIP-155's example key and anvil's first development account.
const QString eip155Key =
    QStringLiteral("4646464646464646464646464646464646464646464646464646464646464646");
const char* anvilKey = "ac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80";

Signer signerFor(const QString& hex) {
    return Signer(SecretKey::fromHex(hex));
}

} // namespace

class TestSigner : public QObject {
    Q_OBJECT

private slots:
    void keccakIsTheOriginalNotSha3() {
        QCOMPARE(keccak256("").toHex(),
                 QByteArray("c5d2460186f7233c927e7db2dcc703c0e500b653ca82273b7bfad8045d85a470"));
        QCOMPARE(keccak256("abc").toHex(),
                 QByteArray("4e03657aea45a94fc7d47ba826c8d667c0d1e6e33a64a036ec44f58fa12d6c45"));
    }

    void addressFromKeyMatchesPublishedVectors_data() {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("address");
        QTest::newRow("key 1") << QString(63, QLatin1Char('0')) + QLatin1Char('1')
                               << "0x7E5F4552091A69125d5DfCb7b8C2659029395Bdf";
        QTest::newRow("EIP-155 example key")
            << eip155Key << "0x9d8A62f656a8d1615C1294fd71e9CFb3E4855A4F";
        QTest::newRow("anvil account 0")
            << QString::fromLatin1(anvilKey) << "0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266";
        QTest::newRow("0x prefix and a newline as in a key file")
            << "0x" + QString::fromLatin1(anvilKey) + "\n"
            << "0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266";
    }

    void addressFromKeyMatchesPublishedVectors() {
        QFETCH(QString, key);
        QFETCH(QString, address);
        QCOMPARE(signerFor(key).address().toChecksumHex(), address);
    }

    void checksumAddressesFollowEip55_data() {
        QTest::addColumn<QString>("address");
        // The examples of EIP-55 itself.
        for (const char* a : {"0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed",
                              "0xfB6916095ca1df60bB79Ce92cE3Ea74c37c5d359",
                              "0xdbF03B407c01E7cD3CBea99509d93f8DDDC8C6FB",
                              "0xD1220A0cf47c7B9Be7A2E6BA89F429762e7b9aDb"})
            QTest::newRow(a) << QString::fromLatin1(a);
    }

    void checksumAddressesFollowEip55() {
        QFETCH(QString, address);
        QCOMPARE(Address::fromHex(address.toLower()).toChecksumHex(), address);
        QCOMPARE(Address::fromHex(address).toHex(), address.toLower());
    }

    void mistypedChecksumIsRefused() {
        QVERIFY_THROWS_EXCEPTION(ChainError,
                                 Address::fromHex(u"0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAeD"));
        QVERIFY_THROWS_EXCEPTION(ChainError,
                                 Address::fromHex(u"0x5aaeb6053f3e94c9b9a09f33669435e7ef1bea"));
    }

    // EIP-155's worked example: the RLP, the hash signed and the signed transaction it gives.
    void signsTheEip155ExampleExactly() {
        const Signer signer = signerFor(eip155Key);
        const auto to = Address::fromHex(u"0x3535353535353535353535353535353535353535");
        std::vector<RlpItem> fields{RlpItem::uint(Uint256(9u)),
                                    RlpItem::uint(Uint256(20'000'000'000ull)),
                                    RlpItem::uint(Uint256(21'000u)),
                                    RlpItem::bytes(to.bytes()),
                                    RlpItem::uint(Uint256(1'000'000'000'000'000'000ull)),
                                    RlpItem::bytes({})};
        auto unsignedFields = fields;
        unsignedFields.insert(
            unsignedFields.end(),
            {RlpItem::uint(Uint256(1u)), RlpItem::uint(Uint256(0u)), RlpItem::uint(Uint256(0u))});
        const QByteArray signingData = rlpEncode(RlpItem::list(unsignedFields));
        QCOMPARE(signingData.toHex(), QByteArray("ec098504a817c800825208943535353535353535353535353"
                                                 "535353535353535880de0b6b3a764000080018080"));
        const QByteArray hash = keccak256(signingData);
        QCOMPARE(hash.toHex(),
                 QByteArray("daf5a779ae972f972197303d7b574746c7ef83eadac0f2791ad23db92e4c8e53"));

        const Signature signature = signer.sign(hash);
        fields.push_back(
            RlpItem::uint(Uint256(static_cast<unsigned>(signature.recoveryId + 35 + 2 * 1))));
        fields.push_back(RlpItem::uint(uintFromBigEndian(signature.r)));
        fields.push_back(RlpItem::uint(uintFromBigEndian(signature.s)));
        QCOMPARE(rlpEncode(RlpItem::list(fields)).toHex(),
                 QByteArray("f86c098504a817c800825208943535353535353535353535353535353535353535880d"
                            "e0b6b3a76400008025"
                            "a028ef61340bd939bc2195fe537567866003e1a15d3c71ff63e1590620aa636276"
                            "a067cbe9d8997f761aecb703304b3800ccf555c9f3dc64214b297fb1966a3b6d83"));
    }

    void signedEip1559TransactionRecoversToTheSigner() {
        const Signer signer = signerFor(QString::fromLatin1(anvilKey));
        Eip1559Transaction tx;
        tx.chainId = 31337;
        tx.nonce = 0;
        tx.maxPriorityFeePerGas = Uint256(1'000'000'000u);
        tx.maxFeePerGas = Uint256(3'000'000'000u);
        tx.gasLimit = 21'000;
        tx.to = Address::fromHex(u"0x70997970C51812dc3A010C7d01b50e0d17dc79C8");
        tx.value = Uint256(1u);
        const SignedTransaction signedTx = signTransaction(tx, signer);

        QCOMPARE(signedTx.raw.at(0), '\x02');
        QCOMPARE(signedTx.hash, keccak256(signedTx.raw));
        const RlpItem decoded = rlpDecode(QByteArrayView(signedTx.raw).sliced(1));
        QCOMPARE(decoded.items().size(), std::size_t(12));
        QCOMPARE(decoded.items()[0].toUint(), Uint256(31337u));
        QCOMPARE(decoded.items()[5].bytes(), tx.to->bytes());
        const Signature signature{
            bigEndian(decoded.items()[10].toUint(), 32),
            bigEndian(decoded.items()[11].toUint(), 32),
            static_cast<int>(static_cast<unsigned>(decoded.items()[9].toUint()))};
        QCOMPARE(recoverSigner(tx.signingHash(), signature), signer.address());
    }

    void signaturesAreLowS() {
        const Signer signer = signerFor(QString::fromLatin1(anvilKey));
        const Uint256 halfOrder = uintFromBigEndian(QByteArray::fromHex(
            "7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a0"));
        for (int i = 0; i < 16; ++i)
            QVERIFY(uintFromBigEndian(signer.sign(keccak256(QByteArray::number(i))).s) <=
                    halfOrder);
    }

    void invalidKeysAreRefusedWithoutQuotingThem_data() {
        QTest::addColumn<QString>("key");
        QTest::newRow("zero") << QString(64, QLatin1Char('0'));
        QTest::newRow("the group order")
            << "fffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141";
        QTest::newRow("too short") << "abcdef";
        QTest::newRow("not hex") << QString(63, QLatin1Char('a')) + QLatin1Char('g');
    }

    void invalidKeysAreRefusedWithoutQuotingThem() {
        QFETCH(QString, key);
        try {
            signerFor(key);
            QFAIL("an invalid key was accepted");
        } catch (const ChainError& error) {
            QCOMPARE(error.kind(), ChainError::Kind::InvalidInput);
            QVERIFY(!QString::fromUtf8(error.what()).contains(key));
        }
    }
};

QTEST_GUILESS_MAIN(TestSigner)
#include "tst_signer.moc"

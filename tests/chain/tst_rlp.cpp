#include <chain/errors.h>
#include <chain/rlp.h>

#include <QTest>

using namespace meterdesk::chain;

Q_DECLARE_METATYPE(RlpItem)

namespace {

RlpItem text(const char* bytes) {
    return RlpItem::bytes(QByteArray(bytes));
}

QString hexOf(const QByteArray& bytes) {
    return QString::fromLatin1(bytes.toHex());
}

} // namespace

// Vectors from the Ethereum wiki's RLP page and ethereum/tests rlptest.json.
class TestRlp : public QObject {
    Q_OBJECT

private slots:
    void encodesPublishedVectors_data() {
        QTest::addColumn<RlpItem>("item");
        QTest::addColumn<QString>("encoded");
        QTest::newRow("empty string") << text("") << "80";
        QTest::newRow("dog") << text("dog") << "83646f67";
        QTest::newRow("cat dog list")
            << RlpItem::list({text("cat"), text("dog")}) << "c88363617483646f67";
        QTest::newRow("empty list") << RlpItem::list({}) << "c0";
        QTest::newRow("integer 0") << RlpItem::uint(Uint256(0u)) << "80";
        QTest::newRow("integer 15") << RlpItem::uint(Uint256(15u)) << "0f";
        QTest::newRow("integer 1024") << RlpItem::uint(Uint256(1024u)) << "820400";
        QTest::newRow("byte 0x00") << RlpItem::bytes(QByteArray(1, '\0')) << "00";
        QTest::newRow("byte 0x80") << RlpItem::bytes(QByteArray(1, '\x80')) << "8180";
        QTest::newRow("set theoretical three")
            << RlpItem::list(
                   {RlpItem::list({}), RlpItem::list({RlpItem::list({})}),
                    RlpItem::list({RlpItem::list({}), RlpItem::list({RlpItem::list({})})})})
            << "c7c0c1c0c3c0c1c0";
        QTest::newRow("56-byte string takes a long length")
            << text("Lorem ipsum dolor sit amet, consectetur adipisicing elit")
            << "b8384c6f72656d20697073756d20646f6c6f722073697420616d65742c20636f6e7365637465747572"
               "206164697069736963696e6720656c6974";
    }

    void encodesPublishedVectors() {
        QFETCH(RlpItem, item);
        QFETCH(QString, encoded);
        QCOMPARE(hexOf(rlpEncode(item)), encoded);
    }

    void decodingInvertsEncoding_data() { encodesPublishedVectors_data(); }

    void decodingInvertsEncoding() {
        QFETCH(RlpItem, item);
        QFETCH(QString, encoded);
        QVERIFY(rlpDecode(QByteArray::fromHex(encoded.toLatin1())) == item);
    }

    void refusesMalformedInput_data() {
        QTest::addColumn<QString>("encoded");
        QTest::newRow("truncated payload") << "83646f";
        QTest::newRow("trailing bytes") << "8000";
        QTest::newRow("single small byte wrapped") << "8100";
        QTest::newRow("long length for a short payload") << "b803646f67";
        QTest::newRow("length with a leading zero") << "b900386c";
        QTest::newRow("nothing") << "";
        QTest::newRow("list runs past its end") << "c3836361";
    }

    void refusesMalformedInput() {
        QFETCH(QString, encoded);
        QVERIFY_THROWS_EXCEPTION(ChainError, rlpDecode(QByteArray::fromHex(encoded.toLatin1())));
    }

    void integersMustBeMinimal() {
        QCOMPARE(RlpItem::bytes(QByteArray::fromHex("0400")).toUint(), Uint256(1024u));
        QVERIFY_THROWS_EXCEPTION(ChainError, RlpItem::bytes(QByteArray::fromHex("0001")).toUint());
        QVERIFY_THROWS_EXCEPTION(ChainError, RlpItem::list({}).toUint());
    }
};

QTEST_GUILESS_MAIN(TestRlp)
#include "tst_rlp.moc"

#include "billing_test_support.h"

#include <billing/errors.h>
#include <billing/token_amount.h>

#include <QTest>

using namespace meterdesk::billing;
using billing_test::thrownMessage;

namespace {

const QString kMaxUint256 =
    "115792089237316195423570985008687907853269984665640564039457584007913129639935";
const QString kMaxUint256PlusOne =
    "115792089237316195423570985008687907853269984665640564039457584007913129639936";

TokenAmount baseUnits(const QString& decimal) {
    return TokenAmount(TokenAmount::Value(decimal.toStdString()));
}

} // namespace

class TestTokenAmount : public QObject {
    Q_OBJECT

private slots:
    void fromDecimalStringScalesByDecimals_data();
    void fromDecimalStringScalesByDecimals();
    void fromDecimalStringRejects_data();
    void fromDecimalStringRejects();
    void decimalsOutsideRangeAreRejected_data();
    void decimalsOutsideRangeAreRejected();
    void toDecimalStringTrimsTrailingZeros_data();
    void toDecimalStringTrimsTrailingZeros();
    void hexRoundTrips_data();
    void hexRoundTrips();
    void fromHexRejects_data();
    void fromHexRejects();
    void arithmeticIsChecked_data();
    void arithmeticIsChecked();
    void comparisonsFollowValue();
};

void TestTokenAmount::fromDecimalStringScalesByDecimals_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("decimals");
    QTest::addColumn<QString>("expectedBaseUnits");

    QTest::newRow("one and a half ether") << "1.5" << 18 << "1500000000000000000";
    QTest::newRow("zero") << "0" << 18 << "0";
    QTest::newRow("one wei") << "0.000000000000000001" << 18 << "1";
    QTest::newRow("all decimals used") << "1.23" << 2 << "123";
    QTest::newRow("no decimals") << "123" << 0 << "123";
    QTest::newRow("six decimals like USDC") << "2.5" << 6 << "2500000";
    QTest::newRow("largest without decimals") << kMaxUint256 << 0 << kMaxUint256;
    QTest::newRow("largest with 18 decimals")
        << "115792089237316195423570985008687907853269984665640564039457.584007913129639935" << 18
        << kMaxUint256;
}

void TestTokenAmount::fromDecimalStringScalesByDecimals() {
    QFETCH(QString, text);
    QFETCH(int, decimals);
    QFETCH(QString, expectedBaseUnits);

    QCOMPARE(TokenAmount::fromDecimalString(text.toStdString(), decimals),
             baseUnits(expectedBaseUnits));
}

void TestTokenAmount::fromDecimalStringRejects_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("decimals");
    QTest::addColumn<QString>("reason");

    const QString malformed = "expected digits";
    QTest::newRow("empty") << "" << 18 << malformed;
    QTest::newRow("negative") << "-1" << 18 << malformed;
    QTest::newRow("nothing after point") << "1." << 18 << malformed;
    QTest::newRow("nothing before point") << ".1" << 18 << malformed;
    QTest::newRow("more decimals than the token") << "1.234" << 2 << "at most 2 decimals";
    QTest::newRow("fraction for a token without decimals") << "1.5" << 0 << "at most 0 decimals";
    QTest::newRow("exponent") << "1e5" << 18 << malformed;
    QTest::newRow("hex") << "0x10" << 18 << malformed;
    QTest::newRow("space") << " 1" << 18 << malformed;
    QTest::newRow("one above uint256") << kMaxUint256PlusOne << 0 << "does not fit in 256 bits";
    QTest::newRow("scaled above uint256")
        << "115792089237316195423570985008687907853269984665640564039458" << 18
        << "does not fit in 256 bits";
}

void TestTokenAmount::fromDecimalStringRejects() {
    QFETCH(QString, text);
    QFETCH(int, decimals);
    QFETCH(QString, reason);

    const QString message = thrownMessage<ParseError>(
        [&] { TokenAmount::fromDecimalString(text.toStdString(), decimals); });
    QVERIFY2(message.contains('"' + text + '"'), qPrintable(message));
    QVERIFY2(message.contains(reason), qPrintable(message));
}

void TestTokenAmount::decimalsOutsideRangeAreRejected_data() {
    QTest::addColumn<int>("decimals");

    QTest::newRow("negative") << -1;
    QTest::newRow("beyond 10^77") << 78;
}

void TestTokenAmount::decimalsOutsideRangeAreRejected() {
    QFETCH(int, decimals);

    QVERIFY_THROWS_EXCEPTION(InvalidArgument, TokenAmount::fromDecimalString("1", decimals));
    QVERIFY_THROWS_EXCEPTION(InvalidArgument, TokenAmount{}.toDecimalString(decimals));
}

void TestTokenAmount::toDecimalStringTrimsTrailingZeros_data() {
    QTest::addColumn<QString>("base");
    QTest::addColumn<int>("decimals");
    QTest::addColumn<QString>("text");

    QTest::newRow("one and a half") << "1500000000000000000" << 18 << "1.5";
    QTest::newRow("whole") << "1000000000000000000" << 18 << "1";
    QTest::newRow("zero") << "0" << 18 << "0";
    QTest::newRow("zero without decimals") << "0" << 0 << "0";
    QTest::newRow("smallest unit") << "1" << 18 << "0.000000000000000001";
    QTest::newRow("no decimals") << "123" << 0 << "123";
    QTest::newRow("one trailing zero") << "120" << 2 << "1.2";
    QTest::newRow("two trailing zeros") << "100" << 2 << "1";
    QTest::newRow("largest at 77 decimals")
        << kMaxUint256 << 77
        << "1.15792089237316195423570985008687907853269984665640564039457584007913129639935";
}

void TestTokenAmount::toDecimalStringTrimsTrailingZeros() {
    QFETCH(QString, base);
    QFETCH(int, decimals);
    QFETCH(QString, text);

    const TokenAmount amount = baseUnits(base);
    QCOMPARE(QString::fromStdString(amount.toDecimalString(decimals)), text);
    QCOMPARE(TokenAmount::fromDecimalString(amount.toDecimalString(decimals), decimals), amount);
}

void TestTokenAmount::hexRoundTrips_data() {
    QTest::addColumn<QString>("hex");
    QTest::addColumn<QString>("base");
    QTest::addColumn<QString>("canonicalHex");

    QTest::newRow("zero") << "0x0"
                          << "0"
                          << "0x0";
    QTest::newRow("padded zero") << "0x0000"
                                 << "0"
                                 << "0x0";
    QTest::newRow("one ether") << "0xde0b6b3a7640000"
                               << "1000000000000000000"
                               << "0xde0b6b3a7640000";
    QTest::newRow("upper case") << "0XFF"
                                << "255"
                                << "0xff";
    QTest::newRow("leading zeros") << "0x000001"
                                   << "1"
                                   << "0x1";
    QTest::newRow("largest") << "0x" + QString(64, 'f') << kMaxUint256 << "0x" + QString(64, 'f');
    QTest::newRow("abi word") << "0x" + QString(63, '0') + "a"
                              << "10"
                              << "0xa";
}

void TestTokenAmount::hexRoundTrips() {
    QFETCH(QString, hex);
    QFETCH(QString, base);
    QFETCH(QString, canonicalHex);

    const TokenAmount amount = TokenAmount::fromHex(hex.toStdString());
    QCOMPARE(amount, baseUnits(base));
    QCOMPARE(QString::fromStdString(amount.toHex()), canonicalHex);
}

void TestTokenAmount::fromHexRejects_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("reason");

    const QString malformed = "expected 0x followed by hex digits";
    QTest::newRow("empty") << "" << malformed;
    QTest::newRow("prefix only") << "0x" << malformed;
    QTest::newRow("no prefix") << "ff" << malformed;
    QTest::newRow("not hex") << "0xg1" << malformed;
    QTest::newRow("negative") << "-0x1" << malformed;
    QTest::newRow("decimal") << "12" << malformed;
    QTest::newRow("257 bits") << "0x1" + QString(64, '0') << "does not fit in 256 bits";
}

void TestTokenAmount::fromHexRejects() {
    QFETCH(QString, text);
    QFETCH(QString, reason);

    const QString message =
        thrownMessage<ParseError>([&] { TokenAmount::fromHex(text.toStdString()); });
    QVERIFY2(message.contains('"' + text + '"'), qPrintable(message));
    QVERIFY2(message.contains(reason), qPrintable(message));
}

void TestTokenAmount::arithmeticIsChecked_data() {
    QTest::addColumn<QString>("operation");
    QTest::addColumn<QString>("lhs");
    QTest::addColumn<QString>("rhs");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<bool>("overflow");

    QTest::newRow("add") << "+"
                         << "1500000000000000000"
                         << "500000000000000000"
                         << "2000000000000000000" << false;
    QTest::newRow("add up to max") << "+" << kMaxUint256 << "0" << kMaxUint256 << false;
    QTest::newRow("add past max") << "+" << kMaxUint256 << "1"
                                  << "" << true;
    QTest::newRow("subtract") << "-"
                              << "10"
                              << "3"
                              << "7" << false;
    QTest::newRow("subtract to zero") << "-" << kMaxUint256 << kMaxUint256 << "0" << false;
    QTest::newRow("subtract below zero") << "-"
                                         << "0"
                                         << "1"
                                         << "" << true;
}

void TestTokenAmount::arithmeticIsChecked() {
    QFETCH(QString, operation);
    QFETCH(QString, lhs);
    QFETCH(QString, rhs);
    QFETCH(QString, expected);
    QFETCH(bool, overflow);

    const auto compute = [&] {
        return operation == "+" ? baseUnits(lhs) + baseUnits(rhs) : baseUnits(lhs) - baseUnits(rhs);
    };
    if (overflow) {
        QVERIFY_THROWS_EXCEPTION(OverflowError, compute());
    } else {
        QCOMPARE(compute(), baseUnits(expected));
    }
}

void TestTokenAmount::comparisonsFollowValue() {
    QVERIFY(baseUnits("1") < baseUnits("2"));
    QVERIFY(baseUnits(kMaxUint256) > baseUnits("0"));
    QVERIFY(TokenAmount{}.isZero());
    QVERIFY(!baseUnits("1").isZero());
}

QTEST_APPLESS_MAIN(TestTokenAmount)
#include "tst_token_amount.moc"

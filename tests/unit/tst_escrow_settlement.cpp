#include "billing_test_support.h"

#include <billing/errors.h>
#include <billing/escrow_settlement.h>

#include <QTest>

using namespace meterdesk::billing;
using billing_test::credits;

namespace {

TokenAmount baseUnits(const QString& digits) {
    return TokenAmount::fromDecimalString(digits.toStdString(), 0);
}

} // namespace

class TestEscrowSettlement : public QObject {
    Q_OBJECT

private slots:
    void usageConvertsToTokens_data();
    void usageConvertsToTokens();
    void settlementNeverExceedsTheEscrow_data();
    void settlementNeverExceedsTheEscrow();
    void badInputIsRefused();
};

void TestEscrowSettlement::usageConvertsToTokens_data() {
    QTest::addColumn<QString>("rate"); // base units per credit
    QTest::addColumn<QString>("usage");
    QTest::addColumn<QString>("expected"); // base units

    QTest::newRow("one 6-decimal token per credit") << "1000000"
                                                    << "12.5"
                                                    << "12500000";
    QTest::newRow("no usage") << "1000000"
                              << "0"
                              << "0";
    QTest::newRow("half a token per credit") << "500000"
                                             << "3"
                                             << "1500000";
    QTest::newRow("half a base unit rounds up") << "1"
                                                << "0.5"
                                                << "1";
    QTest::newRow("just under half rounds down") << "1"
                                                 << "0.499999"
                                                 << "0";
    QTest::newRow("18-decimal token per credit") << "1000000000000000000"
                                                 << "0.000001"
                                                 << "1000000000000";
    QTest::newRow("beyond 64 bits") << "1000000000000000000000000"
                                    << "9000000000000"
                                    << "9000000000000000000000000000000000000";
}

void TestEscrowSettlement::usageConvertsToTokens() {
    QFETCH(QString, rate);
    QFETCH(QString, usage);
    QFETCH(QString, expected);

    const CreditTokenRate conversion(baseUnits(rate));
    QCOMPARE(conversion.convert(credits(usage.toLatin1().constData())), baseUnits(expected));
}

void TestEscrowSettlement::settlementNeverExceedsTheEscrow_data() {
    QTest::addColumn<QString>("escrowed"); // base units, at one base unit per µcr
    QTest::addColumn<QString>("usage");
    QTest::addColumn<QString>("toPayee");

    QTest::newRow("usage below the escrow") << "125000000"
                                            << "40"
                                            << "40000000";
    QTest::newRow("usage equal to the escrow") << "125000000"
                                               << "125"
                                               << "125000000";
    QTest::newRow("usage above the escrow") << "125000000"
                                            << "400"
                                            << "125000000";
    QTest::newRow("no usage") << "125000000"
                              << "0"
                              << "0";
}

void TestEscrowSettlement::settlementNeverExceedsTheEscrow() {
    QFETCH(QString, escrowed);
    QFETCH(QString, usage);
    QFETCH(QString, toPayee);

    const CreditTokenRate rate(baseUnits("1000000"));
    QCOMPARE(suggestedSettlement(baseUnits(escrowed), credits(usage.toLatin1().constData()), rate),
             baseUnits(toPayee));
}

void TestEscrowSettlement::badInputIsRefused() {
    QCOMPARE(billing_test::thrownMessage<InvalidArgument>([] { CreditTokenRate(TokenAmount{}); }),
             "baseUnitsPerCredit must be greater than zero");
    const CreditTokenRate rate(baseUnits("1000000"));
    QCOMPARE(billing_test::thrownMessage<InvalidArgument>([&] { rate.convert(credits("-1")); }),
             "usage must not be negative, got -1 credits");
    const CreditTokenRate huge(TokenAmount(TokenAmount::Value(1) << 250));
    QVERIFY_THROWS_EXCEPTION(OverflowError, huge.convert(credits("1000")));
}

QTEST_APPLESS_MAIN(TestEscrowSettlement)
#include "tst_escrow_settlement.moc"

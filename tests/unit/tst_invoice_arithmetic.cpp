#include "billing_test_support.h"

#include <billing/errors.h>
#include <billing/invoice.h>

#include <QTest>

#include <limits>
#include <random>

using namespace meterdesk::billing;
using billing_test::credits;
using billing_test::fieldsOf;

namespace {

constexpr qint64 kMax = std::numeric_limits<qint64>::max();

const CurrencyRate kEur{12345, 4, 2, "EUR"}; // 1.2345 cents per credit
const CurrencyRate kJpy{1843, 2, 0, "JPY"};  // 18.43 yen per credit
const CurrencyRate kUsd{1, 0, 2, "USD"};     // 1 cent per credit

std::vector<InvoiceLine> randomLines(std::mt19937_64& random) {
    std::uniform_int_distribution<std::int64_t> count(1, 60);
    std::uniform_int_distribution<std::int64_t> quantity(1, 5'000'000);
    std::uniform_int_distribution<std::int64_t> unitMicros(0, 2'000'000);
    std::vector<InvoiceLine> lines;
    for (std::int64_t i = count(random); i > 0; --i) {
        lines.push_back(
            InvoiceLine::priced("line", quantity(random), Credits::fromMicros(unitMicros(random))));
    }
    return lines;
}

} // namespace

class TestInvoiceArithmetic : public QObject {
    Q_OBJECT

private slots:
    void lineAmountIsQuantityTimesPrice_data();
    void lineAmountIsQuantityTimesPrice();
    void totalsApplyFeeThenTax_data();
    void totalsApplyFeeThenTax();
    void totalsRejectBadInput();
    void creditsConvertWithOneRounding_data();
    void creditsConvertWithOneRounding();
    void invalidRatesAreNamed_data();
    void invalidRatesAreNamed();
    void convertedLinesAddUpToTheSubtotal_data();
    void convertedLinesAddUpToTheSubtotal();
};

void TestInvoiceArithmetic::lineAmountIsQuantityTimesPrice_data() {
    QTest::addColumn<qint64>("quantity");
    QTest::addColumn<qint64>("unitPrice");
    QTest::addColumn<qint64>("amount");
    QTest::addColumn<bool>("overflow");

    QTest::newRow("calls") << qint64{12'000} << qint64{2'500} << qint64{30'000'000} << false;
    QTest::newRow("nothing used") << qint64{0} << qint64{2'500} << qint64{0} << false;
    QTest::newRow("largest") << kMax << qint64{1} << kMax << false;
    QTest::newRow("overflow") << kMax << qint64{2} << qint64{0} << true;
}

void TestInvoiceArithmetic::lineAmountIsQuantityTimesPrice() {
    QFETCH(qint64, quantity);
    QFETCH(qint64, unitPrice);
    QFETCH(qint64, amount);
    QFETCH(bool, overflow);

    const auto price = Credits::fromMicros(unitPrice);
    if (overflow) {
        QVERIFY_THROWS_EXCEPTION(OverflowError, InvoiceLine::priced("calls", quantity, price));
        return;
    }
    const InvoiceLine line = InvoiceLine::priced("calls", quantity, price);
    QCOMPARE(line.amount.micros(), amount);
    QCOMPARE(line.unitPrice, price);
    QCOMPARE(line.quantity, quantity);

    const InvoiceLine tiered = InvoiceLine::withAmount("tiered", quantity, line.amount);
    QCOMPARE(tiered.amount, line.amount);
    QCOMPARE(tiered.unitPrice, Credits{});
}

void TestInvoiceArithmetic::totalsApplyFeeThenTax_data() {
    QTest::addColumn<QStringList>("amounts");
    QTest::addColumn<qint64>("feeBp");
    QTest::addColumn<qint64>("taxBp");
    QTest::addColumn<QStringList>("expected"); // subtotal, fee, tax, total

    QTest::newRow("no lines") << QStringList{} << qint64{250} << qint64{1900}
                              << QStringList{"0", "0", "0", "0"};
    QTest::newRow("default fee, no tax") << QStringList{"60", "40"} << qint64{250} << qint64{0}
                                         << QStringList{"100", "2.5", "0", "102.5"};
    QTest::newRow("tax on subtotal plus fee") << QStringList{"100"} << qint64{250} << qint64{1900}
                                              << QStringList{"100", "2.5", "19.475", "121.975"};
    QTest::newRow("fee of exactly half a micro-credit rounds up")
        << QStringList{"0.00002"} << qint64{250} << qint64{1900}
        << QStringList{"0.00002", "0.000001", "0.000004", "0.000025"};
    QTest::newRow("fee just below half rounds down")
        << QStringList{"0.000019"} << qint64{250} << qint64{0}
        << QStringList{"0.000019", "0", "0", "0.000019"};
    QTest::newRow("credit note rounds away from zero")
        << QStringList{"-0.00002"} << qint64{250} << qint64{1900}
        << QStringList{"-0.00002", "-0.000001", "-0.000004", "-0.000025"};
    QTest::newRow("no fee") << QStringList{"10"} << qint64{0} << qint64{2000}
                            << QStringList{"10", "0", "2", "12"};
}

void TestInvoiceArithmetic::totalsApplyFeeThenTax() {
    QFETCH(QStringList, amounts);
    QFETCH(qint64, feeBp);
    QFETCH(qint64, taxBp);
    QFETCH(QStringList, expected);

    std::vector<InvoiceLine> lines;
    for (const QString& amount : amounts) {
        lines.push_back(InvoiceLine::withAmount("line", 1, Credits::parse(amount.toStdString())));
    }
    const InvoiceTotals totals = computeTotals(lines, FeeSchedule{feeBp, taxBp});
    QCOMPARE(totals.subtotal, Credits::parse(expected[0].toStdString()));
    QCOMPARE(totals.platformFee, Credits::parse(expected[1].toStdString()));
    QCOMPARE(totals.tax, Credits::parse(expected[2].toStdString()));
    QCOMPARE(totals.total, Credits::parse(expected[3].toStdString()));
}

void TestInvoiceArithmetic::totalsRejectBadInput() {
    const std::vector<InvoiceLine> huge{
        InvoiceLine::withAmount("everything", 1, Credits::fromMicros(kMax))};
    QVERIFY_THROWS_EXCEPTION(OverflowError, computeTotals(huge));
    QCOMPARE(computeTotals(huge, FeeSchedule{0, 0}).total.micros(), kMax);

    const std::vector<InvoiceLine> small{InvoiceLine::withAmount("a", 1, credits("1"))};
    QVERIFY_THROWS_EXCEPTION(InvalidArgument, computeTotals(small, FeeSchedule{-1, 0}));
    QVERIFY_THROWS_EXCEPTION(InvalidArgument, computeTotals(small, FeeSchedule{250, -1}));
    QCOMPARE(computeTotals(small).platformFee, credits("0.025"));
}

void TestInvoiceArithmetic::creditsConvertWithOneRounding_data() {
    QTest::addColumn<QString>("amount");
    QTest::addColumn<CurrencyRate>("rate");
    QTest::addColumn<qint64>("minor");

    QTest::newRow("whole cents") << "100" << kUsd << qint64{100};
    QTest::newRow("half a cent rounds up") << "0.5" << kUsd << qint64{1};
    QTest::newRow("minus half a cent rounds down") << "-0.5" << kUsd << qint64{-1};
    QTest::newRow("just below half a cent") << "0.499999" << kUsd << qint64{0};
    QTest::newRow("123.45 cents") << "100" << kEur << qint64{123};
    QTest::newRow("1234.5 cents rounds up") << "1000" << kEur << qint64{1235};
    QTest::newRow("-1234.5 cents rounds down") << "-1000" << kEur << qint64{-1235};
    QTest::newRow("yen without minor units") << "10" << kJpy << qint64{184};
    QTest::newRow("largest amount") << "9223372036854.775807" << kUsd << qint64{9'223'372'036'855};
    QTest::newRow("zero") << "0" << kEur << qint64{0};
}

void TestInvoiceArithmetic::creditsConvertWithOneRounding() {
    QFETCH(QString, amount);
    QFETCH(CurrencyRate, rate);
    QFETCH(qint64, minor);

    QCOMPARE(toCurrencyMinor(Credits::parse(amount.toStdString()), rate), minor);
}

void TestInvoiceArithmetic::invalidRatesAreNamed_data() {
    QTest::addColumn<CurrencyRate>("rate");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("zero rate") << CurrencyRate{0, 0, 2, "EUR"}
                               << QStringList{"minorUnitsPerCreditScaled positive"};
    QTest::newRow("rate decimals too many")
        << CurrencyRate{1, 19, 2, "EUR"} << QStringList{"rateDecimals range"};
    QTest::newRow("negative rate decimals")
        << CurrencyRate{1, -1, 2, "EUR"} << QStringList{"rateDecimals range"};
    QTest::newRow("currency decimals too many")
        << CurrencyRate{1, 0, 5, "EUR"} << QStringList{"currencyDecimals range"};
    QTest::newRow("lower-case currency")
        << CurrencyRate{1, 0, 2, "eur"} << QStringList{"currency format"};
    QTest::newRow("currency missing")
        << CurrencyRate{1, 0, 2, ""} << QStringList{"currency format"};
    QTest::newRow("largest rate decimals") << CurrencyRate{1, 18, 4, "XAU"} << QStringList{};
}

void TestInvoiceArithmetic::invalidRatesAreNamed() {
    QFETCH(CurrencyRate, rate);
    QFETCH(QStringList, expected);

    QCOMPARE(fieldsOf(validate(rate)), expected);
    if (!expected.isEmpty()) {
        QVERIFY_THROWS_EXCEPTION(ValidationError, toCurrencyMinor(credits("1"), rate));
        QVERIFY_THROWS_EXCEPTION(ValidationError, convertInvoice({}, FeeSchedule{}, rate));
    }
}

void TestInvoiceArithmetic::convertedLinesAddUpToTheSubtotal_data() {
    QTest::addColumn<CurrencyRate>("rate");
    QTest::addColumn<quint64>("seed");

    QTest::newRow("EUR") << kEur << quint64{1};
    QTest::newRow("JPY") << kJpy << quint64{2};
    QTest::newRow("USD") << kUsd << quint64{3};
    QTest::newRow("fine-grained rate") << CurrencyRate{987'654'321, 12, 2, "GBP"} << quint64{4};
}

void TestInvoiceArithmetic::convertedLinesAddUpToTheSubtotal() {
    QFETCH(CurrencyRate, rate);
    QFETCH(quint64, seed);

    std::mt19937_64 random(seed);
    const FeeSchedule fees{250, 1900};
    for (int invoiceIndex = 0; invoiceIndex < 200; ++invoiceIndex) {
        const std::vector<InvoiceLine> lines = randomLines(random);
        const ConvertedInvoice invoice = convertInvoice(lines, fees, rate);

        QCOMPARE(invoice.currency, rate.currency);
        QCOMPARE(invoice.lineAmounts.size(), lines.size());
        std::int64_t sum = 0;
        for (std::size_t i = 0; i < lines.size(); ++i) {
            QCOMPARE(invoice.lineAmounts[i], toCurrencyMinor(lines[i].amount, rate));
            sum += invoice.lineAmounts[i];
        }
        const CurrencyTotals& totals = invoice.totals;
        QCOMPARE(totals.subtotal, sum);
        QCOMPARE(totals.platformFee, divRound(totals.subtotal * 250, 10'000));
        QCOMPARE(totals.tax, divRound((totals.subtotal + totals.platformFee) * 1900, 10'000));
        QCOMPARE(totals.total, totals.subtotal + totals.platformFee + totals.tax);
        // The same rules on the converted amounts alone (for lines adjusted after converting).
        QCOMPARE(currencyTotals(invoice.lineAmounts, fees), totals);
        // Each line rounds by at most half a minor unit, so the sum stays that close to
        // converting the credit subtotal directly.
        const std::int64_t direct = toCurrencyMinor(computeTotals(lines, fees).subtotal, rate);
        QVERIFY(2 * std::abs(sum - direct) <= static_cast<std::int64_t>(lines.size()) + 1);
    }
}

QTEST_APPLESS_MAIN(TestInvoiceArithmetic)
#include "tst_invoice_arithmetic.moc"

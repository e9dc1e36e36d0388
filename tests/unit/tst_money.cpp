#include "billing_test_support.h"

#include <billing/errors.h>
#include <billing/money.h>

#include <QTest>

#include <limits>

using namespace meterdesk::billing;
using billing_test::thrownMessage;

namespace {
constexpr qint64 kMax = std::numeric_limits<qint64>::max();
constexpr qint64 kMin = std::numeric_limits<qint64>::min();
} // namespace

class TestMoney : public QObject {
    Q_OBJECT

private slots:
    void divRoundsHalfAwayFromZero_data();
    void divRoundsHalfAwayFromZero();
    void divRoundRejects_data();
    void divRoundRejects();
    void divRoundWideNarrowsExactly_data();
    void divRoundWideNarrowsExactly();
    void parseReadsDecimalText_data();
    void parseReadsDecimalText();
    void parseRejectsAndQuotesText_data();
    void parseRejectsAndQuotesText();
    void toStringIsShortestExactForm_data();
    void toStringIsShortestExactForm();
    void arithmeticIsCheckedNeverWraps_data();
    void arithmeticIsCheckedNeverWraps();
    void negationOfMinimumOverflows();
    void comparisonsFollowMicros();
    void applyBasisPointsRoundsOnce_data();
    void applyBasisPointsRoundsOnce();
};

void TestMoney::divRoundsHalfAwayFromZero_data() {
    QTest::addColumn<qint64>("numerator");
    QTest::addColumn<qint64>("denominator");
    QTest::addColumn<qint64>("expected");

    QTest::newRow("exact") << qint64{10} << qint64{5} << qint64{2};
    QTest::newRow("zero numerator") << qint64{0} << qint64{7} << qint64{0};
    QTest::newRow("below half rounds down") << qint64{1} << qint64{4} << qint64{0};
    QTest::newRow("negative below half rounds to zero") << qint64{-1} << qint64{4} << qint64{0};
    QTest::newRow("exactly half rounds up") << qint64{5} << qint64{2} << qint64{3};
    QTest::newRow("negative exactly half rounds down") << qint64{-5} << qint64{2} << qint64{-3};
    QTest::newRow("half with negative denominator") << qint64{5} << qint64{-2} << qint64{-3};
    QTest::newRow("half with both negative") << qint64{-5} << qint64{-2} << qint64{3};
    QTest::newRow("one half") << qint64{1} << qint64{2} << qint64{1};
    QTest::newRow("minus one half") << qint64{-1} << qint64{2} << qint64{-1};
    QTest::newRow("2.5 is 3 not banker's 2") << qint64{25} << qint64{10} << qint64{3};
    QTest::newRow("-2.5 is -3") << qint64{-25} << qint64{10} << qint64{-3};
    QTest::newRow("above half rounds up") << qint64{7} << qint64{4} << qint64{2};
    QTest::newRow("negative above half") << qint64{-7} << qint64{4} << qint64{-2};
    QTest::newRow("just below half of odd divisor") << qint64{4} << qint64{3} << qint64{1};
    QTest::newRow("max by one") << kMax << qint64{1} << kMax;
    QTest::newRow("min by one") << kMin << qint64{1} << kMin;
    QTest::newRow("max by two is half up") << kMax << qint64{2} << qint64{4611686018427387904};
    QTest::newRow("min by two is exact") << kMin << qint64{2} << qint64{-4611686018427387904};
    QTest::newRow("min by minus two") << kMin << qint64{-2} << qint64{4611686018427387904};
    QTest::newRow("max by max") << kMax << kMax << qint64{1};
    QTest::newRow("min by max") << kMin << kMax << qint64{-1};
    QTest::newRow("one by max") << qint64{1} << kMax << qint64{0};
}

void TestMoney::divRoundsHalfAwayFromZero() {
    QFETCH(qint64, numerator);
    QFETCH(qint64, denominator);
    QFETCH(qint64, expected);

    QCOMPARE(divRound(numerator, denominator), expected);
}

void TestMoney::divRoundRejects_data() {
    QTest::addColumn<qint64>("numerator");
    QTest::addColumn<qint64>("denominator");
    QTest::addColumn<bool>("overflow");

    QTest::newRow("zero denominator") << qint64{1} << qint64{0} << false;
    QTest::newRow("zero by zero") << qint64{0} << qint64{0} << false;
    QTest::newRow("min by minus one") << kMin << qint64{-1} << true;
}

void TestMoney::divRoundRejects() {
    QFETCH(qint64, numerator);
    QFETCH(qint64, denominator);
    QFETCH(bool, overflow);

    const auto divide = [&] {
        divRound(numerator, denominator);
    };
    if (overflow) {
        QVERIFY_THROWS_EXCEPTION(OverflowError, divide());
    } else {
        QVERIFY(thrownMessage<InvalidArgument>(divide).contains("denominator"));
    }
}

void TestMoney::divRoundWideNarrowsExactly_data() {
    QTest::addColumn<qint64>("factor");
    QTest::addColumn<qint64>("multiplier");
    QTest::addColumn<qint64>("divisor");
    QTest::addColumn<qint64>("expected");
    QTest::addColumn<bool>("overflow");

    QTest::newRow("max through 10000") << kMax << qint64{10000} << qint64{10000} << kMax << false;
    QTest::newRow("min through 10000") << kMin << qint64{10000} << qint64{10000} << kMin << false;
    QTest::newRow("max times 3 over 2 overflows")
        << kMax << qint64{3} << qint64{2} << qint64{0} << true;
    QTest::newRow("max times 2 over 2") << kMax << qint64{2} << qint64{2} << kMax << false;
    QTest::newRow("large odd half rounds away")
        << kMax << qint64{1} << qint64{2} << qint64{4611686018427387904} << false;
    QTest::newRow("min times minus one overflows")
        << kMin << qint64{-1} << qint64{1} << qint64{0} << true;
}

void TestMoney::divRoundWideNarrowsExactly() {
    QFETCH(qint64, factor);
    QFETCH(qint64, multiplier);
    QFETCH(qint64, divisor);
    QFETCH(qint64, expected);
    QFETCH(bool, overflow);

    const WideInt numerator = WideInt{factor} * multiplier;
    if (overflow) {
        QVERIFY_THROWS_EXCEPTION(OverflowError, divRoundWide(numerator, divisor));
    } else {
        QCOMPARE(divRoundWide(numerator, divisor), expected);
    }
}

void TestMoney::parseReadsDecimalText_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("micros");

    QTest::newRow("decimal") << "12.5" << qint64{12'500'000};
    QTest::newRow("one micro-credit") << "0.000001" << qint64{1};
    QTest::newRow("negative whole") << "-3" << qint64{-3'000'000};
    QTest::newRow("zero") << "0" << qint64{0};
    QTest::newRow("negative zero") << "-0" << qint64{0};
    QTest::newRow("no grouping needed") << "1000.25" << qint64{1'000'250'000};
    QTest::newRow("six decimals with trailing zeros") << "1.000000" << qint64{1'000'000};
    QTest::newRow("leading zeros") << "007.5" << qint64{7'500'000};
    QTest::newRow("negative fraction") << "-0.000001" << qint64{-1};
    QTest::newRow("largest") << "9223372036854.775807" << kMax;
    QTest::newRow("smallest") << "-9223372036854.775808" << kMin;
}

void TestMoney::parseReadsDecimalText() {
    QFETCH(QString, text);
    QFETCH(qint64, micros);

    QCOMPARE(Credits::parse(text.toStdString()).micros(), micros);
}

void TestMoney::parseRejectsAndQuotesText_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("reason");

    const QString malformed = "expected an optional '-'";
    const QString range = "out of range";
    QTest::newRow("empty") << "" << malformed;
    QTest::newRow("sign only") << "-" << malformed;
    QTest::newRow("plus sign") << "+5" << malformed;
    QTest::newRow("double minus") << "--1" << malformed;
    QTest::newRow("leading space") << " 5" << malformed;
    QTest::newRow("trailing space") << "5 " << malformed;
    QTest::newRow("grouping") << "1,000" << malformed;
    QTest::newRow("exponent") << "1e3" << malformed;
    QTest::newRow("nothing after point") << "12." << malformed;
    QTest::newRow("nothing before point") << ".5" << malformed;
    QTest::newRow("negative nothing before point") << "-.5" << malformed;
    QTest::newRow("seven decimals") << "1.2345678" << malformed;
    QTest::newRow("two points") << "1.2.3" << malformed;
    QTest::newRow("letters") << "abc" << malformed;
    QTest::newRow("comma decimal") << "12,5" << malformed;
    QTest::newRow("one above largest") << "9223372036854.775808" << range;
    QTest::newRow("one below smallest") << "-9223372036854.775809" << range;
    QTest::newRow("far too long") << "123456789012345678901234567890123456789012" << range;
}

void TestMoney::parseRejectsAndQuotesText() {
    QFETCH(QString, text);
    QFETCH(QString, reason);

    const QString message = thrownMessage<ParseError>([&] { Credits::parse(text.toStdString()); });
    QVERIFY2(message.contains('"' + text + '"'), qPrintable(message));
    QVERIFY2(message.contains(reason), qPrintable(message));
}

void TestMoney::toStringIsShortestExactForm_data() {
    QTest::addColumn<qint64>("micros");
    QTest::addColumn<QString>("text");

    QTest::newRow("trailing zeros trimmed") << qint64{12'500'000} << "12.5";
    QTest::newRow("one micro-credit") << qint64{1} << "0.000001";
    QTest::newRow("ten micro-credits") << qint64{10} << "0.00001";
    QTest::newRow("minus one micro-credit") << qint64{-1} << "-0.000001";
    QTest::newRow("negative whole") << qint64{-3'000'000} << "-3";
    QTest::newRow("zero") << qint64{0} << "0";
    QTest::newRow("no grouping") << qint64{1'000'250'000} << "1000.25";
    QTest::newRow("largest") << kMax << "9223372036854.775807";
    QTest::newRow("smallest") << kMin << "-9223372036854.775808";
}

void TestMoney::toStringIsShortestExactForm() {
    QFETCH(qint64, micros);
    QFETCH(QString, text);

    const Credits amount = Credits::fromMicros(micros);
    QCOMPARE(QString::fromStdString(amount.toString()), text);
    QCOMPARE(Credits::parse(amount.toString()), amount);
}

void TestMoney::arithmeticIsCheckedNeverWraps_data() {
    QTest::addColumn<QString>("operation");
    QTest::addColumn<qint64>("lhs");
    QTest::addColumn<qint64>("rhs");
    QTest::addColumn<qint64>("expected");
    QTest::addColumn<bool>("overflow");

    QTest::newRow("add") << "+" << qint64{1'500'000} << qint64{-250'000} << qint64{1'250'000}
                         << false;
    QTest::newRow("add up to max") << "+" << kMax - 1 << qint64{1} << kMax << false;
    QTest::newRow("add past max") << "+" << kMax << qint64{1} << qint64{0} << true;
    QTest::newRow("add past min") << "+" << kMin << qint64{-1} << qint64{0} << true;
    QTest::newRow("subtract") << "-" << qint64{1} << qint64{3} << qint64{-2} << false;
    QTest::newRow("subtract down to min") << "-" << qint64{-1} << kMax << kMin << false;
    QTest::newRow("subtract past min") << "-" << kMin << qint64{1} << qint64{0} << true;
    QTest::newRow("subtract min from zero") << "-" << qint64{0} << kMin << qint64{0} << true;
    QTest::newRow("multiply by count") << "*" << qint64{333} << qint64{3} << qint64{999} << false;
    QTest::newRow("multiply by zero") << "*" << kMax << qint64{0} << qint64{0} << false;
    QTest::newRow("multiply negative") << "*" << qint64{-7} << qint64{3} << qint64{-21} << false;
    QTest::newRow("multiply past max") << "*" << kMax / 2 + 1 << qint64{2} << qint64{0} << true;
    QTest::newRow("multiply past min") << "*" << kMin << qint64{-1} << qint64{0} << true;
}

void TestMoney::arithmeticIsCheckedNeverWraps() {
    QFETCH(QString, operation);
    QFETCH(qint64, lhs);
    QFETCH(qint64, rhs);
    QFETCH(qint64, expected);
    QFETCH(bool, overflow);

    const Credits left = Credits::fromMicros(lhs);
    const auto compute = [&] {
        if (operation == "+") {
            return left + Credits::fromMicros(rhs);
        }
        if (operation == "-") {
            return left - Credits::fromMicros(rhs);
        }
        return left * rhs;
    };
    if (overflow) {
        QVERIFY(thrownMessage<OverflowError>(compute).contains("does not fit in 64 bits"));
    } else {
        QCOMPARE(compute().micros(), expected);
    }
}

void TestMoney::negationOfMinimumOverflows() {
    QCOMPARE((-Credits::fromMicros(kMax)).micros(), -kMax);
    QVERIFY_THROWS_EXCEPTION(OverflowError, -Credits::fromMicros(kMin));
}

void TestMoney::comparisonsFollowMicros() {
    QVERIFY(Credits::fromMicros(-1) < Credits{});
    QVERIFY(Credits::fromMicros(1) > Credits{});
    QVERIFY(Credits::parse("1") == Credits::fromMicros(1'000'000));
    QVERIFY(Credits{}.isZero());
    QVERIFY(Credits::fromMicros(-1).isNegative());
    QVERIFY(Credits::fromMicros(1).isPositive());
}

void TestMoney::applyBasisPointsRoundsOnce_data() {
    QTest::addColumn<qint64>("micros");
    QTest::addColumn<qint64>("basisPoints");
    QTest::addColumn<qint64>("expected");
    QTest::addColumn<bool>("overflow");

    QTest::newRow("times one") << qint64{1234} << qint64{10000} << qint64{1234} << false;
    QTest::newRow("times 1.25") << qint64{1000} << qint64{12500} << qint64{1250} << false;
    QTest::newRow("8.75 rounds up") << qint64{7} << qint64{12500} << qint64{9} << false;
    QTest::newRow("7.5 rounds up") << qint64{6} << qint64{12500} << qint64{8} << false;
    QTest::newRow("-7.5 rounds down") << qint64{-6} << qint64{12500} << qint64{-8} << false;
    QTest::newRow("4249.5 rounds up") << qint64{2833} << qint64{15000} << qint64{4250} << false;
    QTest::newRow("-4249.5 rounds down")
        << qint64{-2833} << qint64{15000} << qint64{-4250} << false;
    QTest::newRow("0.5 rounds up") << qint64{1} << qint64{5000} << qint64{1} << false;
    QTest::newRow("0.4999 rounds down") << qint64{1} << qint64{4999} << qint64{0} << false;
    QTest::newRow("fee 2.5 % of 20") << qint64{20} << qint64{250} << qint64{1} << false;
    QTest::newRow("zero amount") << qint64{0} << qint64{100000} << qint64{0} << false;
    QTest::newRow("max times one") << kMax << qint64{10000} << kMax << false;
    QTest::newRow("max times 0.9999")
        << kMax << qint64{9999} << qint64{9222449699651090329} << false;
    QTest::newRow("min times one") << kMin << qint64{10000} << kMin << false;
    QTest::newRow("max times two overflows") << kMax << qint64{20000} << qint64{0} << true;
    QTest::newRow("min times 1.0001 overflows") << kMin << qint64{10001} << qint64{0} << true;
}

void TestMoney::applyBasisPointsRoundsOnce() {
    QFETCH(qint64, micros);
    QFETCH(qint64, basisPoints);
    QFETCH(qint64, expected);
    QFETCH(bool, overflow);

    const Credits amount = Credits::fromMicros(micros);
    if (overflow) {
        QVERIFY_THROWS_EXCEPTION(OverflowError, applyBasisPoints(amount, basisPoints));
    } else {
        QCOMPARE(applyBasisPoints(amount, basisPoints).micros(), expected);
    }
}

QTEST_APPLESS_MAIN(TestMoney)
#include "tst_money.moc"

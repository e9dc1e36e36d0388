#include "billing_test_support.h"

#include <billing/errors.h>
#include <billing/pricing.h>

#include <QTest>

#include <limits>

using namespace meterdesk::billing;
using billing_test::credits;
using billing_test::fieldsOf;

namespace {

constexpr qint64 kMax = std::numeric_limits<qint64>::max();

// 1-100 at 2 credits, 101-1000 at 1 credit plus a 10-credit fee, above 1000 at 0.5 credits.
std::vector<Tier> threeTiers() {
    return {{100, credits("2"), {}},
            {1000, credits("1"), credits("10")},
            {std::nullopt, credits("0.5"), {}}};
}

} // namespace

class TestPricing : public QObject {
    Q_OBJECT

private slots:
    void chargesEachModel_data();
    void chargesEachModel();
    void overflowThrows_data();
    void overflowThrows();
    void invalidModelsAreNamed_data();
    void invalidModelsAreNamed();
    void invalidModelIsRefusedWhenCharging();
    void negativeUnitsAreRejected();
};

void TestPricing::chargesEachModel_data() {
    QTest::addColumn<PricingModel>("model");
    QTest::addColumn<qint64>("units");
    QTest::addColumn<QString>("expected");

    const PricingModel graduated = GraduatedPricing{threeTiers()};
    const PricingModel volume = VolumePricing{threeTiers()};
    const PricingModel package = PackagePricing{100, credits("5")};
    const PricingModel perUnit = PerUnitPricing{credits("0.003")};

    QTest::newRow("per-unit zero") << perUnit << qint64{0} << "0";
    QTest::newRow("per-unit") << perUnit << qint64{1000} << "3";

    QTest::newRow("graduated zero") << graduated << qint64{0} << "0";
    QTest::newRow("graduated first unit") << graduated << qint64{1} << "2";
    QTest::newRow("graduated at first bound") << graduated << qint64{100} << "200";
    QTest::newRow("graduated first unit of second tier") << graduated << qint64{101} << "211";
    QTest::newRow("graduated at second bound") << graduated << qint64{1000} << "1110";
    QTest::newRow("graduated first unit of last tier") << graduated << qint64{1001} << "1110.5";
    QTest::newRow("graduated deep in last tier") << graduated << qint64{3000} << "2110";
    QTest::newRow("graduated single unbounded tier")
        << PricingModel{GraduatedPricing{{{std::nullopt, credits("0.1"), credits("1")}}}}
        << qint64{7} << "1.7";

    QTest::newRow("volume zero") << volume << qint64{0} << "0";
    QTest::newRow("volume first unit") << volume << qint64{1} << "2";
    QTest::newRow("volume at first bound") << volume << qint64{100} << "200";
    QTest::newRow("volume first unit of second tier") << volume << qint64{101} << "111";
    QTest::newRow("volume at second bound") << volume << qint64{1000} << "1010";
    QTest::newRow("volume first unit of last tier") << volume << qint64{1001} << "500.5";

    QTest::newRow("package zero") << package << qint64{0} << "0";
    QTest::newRow("package one unit") << package << qint64{1} << "5";
    QTest::newRow("package exactly full") << package << qint64{100} << "5";
    QTest::newRow("package one over") << package << qint64{101} << "10";
    QTest::newRow("package two full") << package << qint64{200} << "10";
    QTest::newRow("package of one at the largest count")
        << PricingModel{PackagePricing{1, Credits::fromMicros(1)}} << kMax
        << "9223372036854.775807";
    QTest::newRow("package rounding up near the largest count")
        << PricingModel{PackagePricing{kMax - 1, credits("1")}} << kMax << "2";
}

void TestPricing::chargesEachModel() {
    QFETCH(PricingModel, model);
    QFETCH(qint64, units);
    QFETCH(QString, expected);

    QCOMPARE(periodCharge(model, units), Credits::parse(expected.toStdString()));
}

void TestPricing::overflowThrows_data() {
    QTest::addColumn<PricingModel>("model");
    QTest::addColumn<qint64>("units");

    QTest::newRow("per-unit") << PricingModel{PerUnitPricing{Credits::fromMicros(2)}}
                              << kMax / 2 + 1;
    QTest::newRow("graduated last tier") << PricingModel{GraduatedPricing{threeTiers()}} << kMax;
    QTest::newRow("volume") << PricingModel{VolumePricing{threeTiers()}} << kMax;
    QTest::newRow("package") << PricingModel{PackagePricing{1, Credits::fromMicros(2)}} << kMax;
}

void TestPricing::overflowThrows() {
    QFETCH(PricingModel, model);
    QFETCH(qint64, units);

    QVERIFY_THROWS_EXCEPTION(OverflowError, periodCharge(model, units));
}

void TestPricing::invalidModelsAreNamed_data() {
    QTest::addColumn<PricingModel>("model");
    QTest::addColumn<QStringList>("expected");

    const auto graduatedWith = [](auto edit) {
        std::vector<Tier> tiers = threeTiers();
        edit(tiers);
        return PricingModel{GraduatedPricing{tiers}};
    };
    QTest::newRow("no tiers") << PricingModel{VolumePricing{}} << QStringList{"tiers required"};
    QTest::newRow("last tier bounded")
        << graduatedWith([](std::vector<Tier>& t) { t[2].upTo = 5000; })
        << QStringList{"tiers[2].upTo unbounded"};
    QTest::newRow("middle tier unbounded")
        << graduatedWith([](std::vector<Tier>& t) { t[1].upTo.reset(); })
        << QStringList{"tiers[1].upTo required"};
    QTest::newRow("equal bounds") << graduatedWith([](std::vector<Tier>& t) { t[1].upTo = 100; })
                                  << QStringList{"tiers[1].upTo increasing"};
    QTest::newRow("descending bounds")
        << graduatedWith([](std::vector<Tier>& t) { t[1].upTo = 99; })
        << QStringList{"tiers[1].upTo increasing"};
    QTest::newRow("zero bound") << graduatedWith([](std::vector<Tier>& t) { t[0].upTo = 0; })
                                << QStringList{"tiers[0].upTo positive"};
    QTest::newRow("negative unit price")
        << graduatedWith([](std::vector<Tier>& t) { t[2].unitPrice = credits("-0.5"); })
        << QStringList{"tiers[2].unitPrice non_negative"};
    QTest::newRow("negative flat fee")
        << graduatedWith([](std::vector<Tier>& t) { t[1].flatFee = credits("-10"); })
        << QStringList{"tiers[1].flatFee non_negative"};
    QTest::newRow("empty package")
        << PricingModel{PackagePricing{0, credits("5")}} << QStringList{"packageSize positive"};
    QTest::newRow("negative package price") << PricingModel{PackagePricing{10, credits("-5")}}
                                            << QStringList{"packagePrice non_negative"};
    QTest::newRow("negative unit price")
        << PricingModel{PerUnitPricing{credits("-1")}} << QStringList{"unitPrice non_negative"};
}

void TestPricing::invalidModelsAreNamed() {
    QFETCH(PricingModel, model);
    QFETCH(QStringList, expected);

    QCOMPARE(fieldsOf(validate(model)), expected);
}

void TestPricing::invalidModelIsRefusedWhenCharging() {
    std::vector<Tier> tiers = threeTiers();
    tiers[0].upTo.reset();
    tiers[0].unitPrice = credits("-1");
    try {
        periodCharge(VolumePricing{tiers}, 10);
        QFAIL("an invalid model was used to charge");
    } catch (const ValidationError& error) {
        QCOMPARE(fieldsOf(error.issues()),
                 (QStringList{"tiers[0].upTo required", "tiers[0].unitPrice non_negative"}));
    }
}

void TestPricing::negativeUnitsAreRejected() {
    QVERIFY_THROWS_EXCEPTION(InvalidArgument, periodCharge(PerUnitPricing{credits("1")}, -1));
}

QTEST_APPLESS_MAIN(TestPricing)
#include "tst_pricing.moc"

#include "billing_test_support.h"

#include <billing/errors.h>
#include <billing/rating.h>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <limits>

using namespace meterdesk::billing;
using billing_test::thrownMessage;

namespace {

constexpr qint64 kMax = std::numeric_limits<qint64>::max();

Credits micros(const QJsonValue& value) {
    return Credits::fromMicros(value.toInteger());
}

std::string text(const QJsonValue& value) {
    return value.toString().toStdString();
}

// The tariff of tests/data/rating_vectors.json, shared with the database's meter.track tests.
TariffVersion tariffFromJson(const QJsonObject& json) {
    TariffVersion version;
    version.planCode = text(json["plan"]);
    version.version = 1;
    version.monthlyAllowance = micros(json["monthlyAllowanceUcr"]);
    const QJsonObject limit = json["defaultRateLimit"].toObject();
    version.defaultRateLimit = {limit["requests"].toInteger(), limit["periodSeconds"].toInteger()};
    for (const QJsonValue& value : json["rules"].toArray()) {
        const QJsonObject rule = value.toObject();
        version.rules.push_back({text(rule["service"]), text(rule["endpoint"]),
                                 text(rule["method"]), micros(rule["perCallUcr"]),
                                 micros(rule["perUnitUcr"]), rule["premium"].toBool(),
                                 std::nullopt});
    }
    for (const QJsonValue& value : json["regions"].toArray()) {
        const QJsonObject region = value.toObject();
        version.regions.push_back({text(region["region"]), region["basisPoints"].toInteger()});
    }
    return version;
}

QJsonObject loadVectors() {
    QFile file(qEnvironmentVariable("MD_TEST_DATA_DIR") + "/rating_vectors.json");
    if (!file.open(QIODevice::ReadOnly)) {
        qFatal("cannot read %s (is MD_TEST_DATA_DIR set? run through ctest)",
               qPrintable(file.fileName()));
    }
    return QJsonDocument::fromJson(file.readAll()).object();
}

EndpointRule rule(std::string service, std::string endpoint, std::string method, qint64 perCall,
                  qint64 perUnit, bool premium = false) {
    return {std::move(service),
            std::move(endpoint),
            std::move(method),
            Credits::fromMicros(perCall),
            Credits::fromMicros(perUnit),
            premium,
            std::nullopt};
}

TariffVersion handWrittenTariff() {
    TariffVersion version;
    version.planCode = "hand";
    version.version = 1;
    version.effectiveFrom = billing_test::utc("2026-01-01T00:00:00Z");
    version.defaultRateLimit = {100, 60};
    version.rules = {rule("maps", "/tiles", "GET", 10, 1), rule("maps", "/route", "*", 20, 2),
                     rule("ai", "/chat", "POST", 1, 0, true), rule("big", "/unit", "GET", 0, kMax),
                     rule("big", "/call", "GET", kMax, 0)};
    version.rules[0].rateLimit = RateLimit{5, 1};
    version.regions = {{"half", 5000}, {"x1.5", 15000}, {"x0.9999", 9999}};
    return version;
}

UsageEvent call(std::string service, std::string endpoint, std::string method,
                std::string region = "", qint64 units = 1, bool premium = false) {
    return {std::move(service),
            std::move(endpoint),
            std::move(method),
            std::move(region),
            units,
            premium};
}

} // namespace

class TestRating : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void matchesSharedVectors_data();
    void matchesSharedVectors();
    void ruleSelection_data();
    void ruleSelection();
    void regionRounding_data();
    void regionRounding();
    void exactMethodWinsInOverlappingTariff();
    void unitsBelowOneAreRejected_data();
    void unitsBelowOneAreRejected();
    void overflowThrows_data();
    void overflowThrows();
    void decisionNamesRoundTrip_data();
    void decisionNamesRoundTrip();
    void unknownDecisionNameIsNotRead();
    void rateLimitOverrideWins();

private:
    QJsonObject vectors_;
    TariffVersion vectorTariff_;
    TariffVersion tariff_ = handWrittenTariff();
};

void TestRating::initTestCase() {
    vectors_ = loadVectors();
    vectorTariff_ = tariffFromJson(vectors_["tariff"].toObject());
    QVERIFY(!vectorTariff_.rules.empty());
    QVERIFY(validate(tariff_).empty());
}

void TestRating::matchesSharedVectors_data() {
    QTest::addColumn<UsageEvent>("usage");
    QTest::addColumn<QString>("decision");
    QTest::addColumn<qint64>("charge");

    const QJsonArray rows = vectors_["vectors"].toArray();
    QVERIFY(!rows.isEmpty());
    for (qsizetype index = 0; index < rows.size(); ++index) {
        const QJsonObject row = rows[index].toObject();
        const UsageEvent usage{text(row["service"]),     text(row["endpoint"]),
                               text(row["method"]),      text(row["region"]),
                               row["units"].toInteger(), row["premium"].toBool()};
        QTest::addRow("vector %lld %s %s %s x%lld", static_cast<long long>(index),
                      usage.endpoint.c_str(), usage.method.c_str(), usage.region.c_str(),
                      static_cast<long long>(usage.units))
            << usage << row["decision"].toString() << row["chargeUcr"].toInteger();
    }
}

void TestRating::matchesSharedVectors() {
    QFETCH(UsageEvent, usage);
    QFETCH(QString, decision);
    QFETCH(qint64, charge);

    const Rating rating = rate(vectorTariff_, usage);
    QCOMPARE(QString::fromLatin1(toString(rating.decision)), decision);
    QCOMPARE(rating.charge.micros(), charge);
}

void TestRating::ruleSelection_data() {
    QTest::addColumn<UsageEvent>("usage");
    QTest::addColumn<QString>("decision");
    QTest::addColumn<int>("ruleIndex"); // -1: no rule
    QTest::addColumn<qint64>("charge");

    QTest::newRow("exact method") << call("maps", "/tiles", "GET", "", 3) << "allowed" << 0
                                  << qint64{13};
    QTest::newRow("other method of an exact rule")
        << call("maps", "/tiles", "POST") << "not_in_plan" << -1 << qint64{0};
    QTest::newRow("any method") << call("maps", "/route", "DELETE", "", 3) << "allowed" << 1
                                << qint64{26};
    QTest::newRow("method is case-sensitive")
        << call("ai", "/chat", "post", "", 1, true) << "not_in_plan" << -1 << qint64{0};
    QTest::newRow("unknown endpoint")
        << call("maps", "/tile", "GET") << "not_in_plan" << -1 << qint64{0};
    QTest::newRow("endpoint of another service")
        << call("ai", "/tiles", "GET") << "not_in_plan" << -1 << qint64{0};
    QTest::newRow("premium without access")
        << call("ai", "/chat", "POST") << "premium_required" << 2 << qint64{0};
    QTest::newRow("premium with access")
        << call("ai", "/chat", "POST", "", 1, true) << "allowed" << 2 << qint64{1};
    QTest::newRow("premium access on a normal rule")
        << call("maps", "/tiles", "GET", "", 1, true) << "allowed" << 0 << qint64{11};
    QTest::newRow("largest per-unit price times one")
        << call("big", "/unit", "GET") << "allowed" << 3 << kMax;
    QTest::newRow("largest per-call price at x0.9999 needs 128 bits")
        << call("big", "/call", "GET", "x0.9999") << "allowed" << 4 << qint64{9222449699651090329};
}

void TestRating::ruleSelection() {
    QFETCH(UsageEvent, usage);
    QFETCH(QString, decision);
    QFETCH(int, ruleIndex);
    QFETCH(qint64, charge);

    const Rating rating = rate(tariff_, usage);
    QCOMPARE(QString::fromLatin1(toString(rating.decision)), decision);
    const EndpointRule* expectedRule =
        ruleIndex < 0 ? nullptr : &tariff_.rules[static_cast<std::size_t>(ruleIndex)];
    QCOMPARE(rating.rule, expectedRule);
    QCOMPARE(rating.charge.micros(), charge);
}

void TestRating::regionRounding_data() {
    QTest::addColumn<QString>("region");
    QTest::addColumn<qint64>("units");
    QTest::addColumn<qint64>("charge");

    // maps /tiles GET costs 10 + 1 × units before the region multiplier.
    QTest::newRow("no region is x1") << "" << qint64{1} << qint64{11};
    QTest::newRow("unlisted region is x1") << "mars" << qint64{1} << qint64{11};
    QTest::newRow("region names are exact") << "HALF" << qint64{1} << qint64{11};
    QTest::newRow("5.5 rounds up") << "half" << qint64{1} << qint64{6};
    QTest::newRow("6 is exact") << "half" << qint64{2} << qint64{6};
    QTest::newRow("16.5 rounds up") << "x1.5" << qint64{1} << qint64{17};
    QTest::newRow("49.995 rounds up") << "x0.9999" << qint64{40} << qint64{50};
    QTest::newRow("5999.4 rounds down") << "x0.9999" << qint64{5990} << qint64{5999};
    QTest::newRow("many units") << "x1.5" << qint64{1'000'000} << qint64{1'500'015};
}

void TestRating::regionRounding() {
    QFETCH(QString, region);
    QFETCH(qint64, units);
    QFETCH(qint64, charge);

    const Rating rating = rate(tariff_, call("maps", "/tiles", "GET", region.toStdString(), units));
    QCOMPARE(QString::fromLatin1(toString(rating.decision)), "allowed");
    QCOMPARE(rating.charge.micros(), charge);
}

void TestRating::exactMethodWinsInOverlappingTariff() {
    TariffVersion overlapping = tariff_;
    overlapping.rules.insert(overlapping.rules.begin(), rule("maps", "/tiles", "*", 20, 2));
    QVERIFY(!validate(overlapping).empty());

    QCOMPARE(rate(overlapping, call("maps", "/tiles", "GET")).rule, &overlapping.rules[1]);
    QCOMPARE(rate(overlapping, call("maps", "/tiles", "PUT")).rule, &overlapping.rules[0]);
}

void TestRating::unitsBelowOneAreRejected_data() {
    QTest::addColumn<qint64>("units");

    QTest::newRow("zero") << qint64{0};
    QTest::newRow("negative") << qint64{-1};
    QTest::newRow("most negative") << std::numeric_limits<qint64>::min();
}

void TestRating::unitsBelowOneAreRejected() {
    QFETCH(qint64, units);

    const QString message = thrownMessage<InvalidArgument>(
        [&] { rate(tariff_, call("maps", "/tiles", "GET", "", units)); });
    QVERIFY2(message.startsWith("units must be at least 1"), qPrintable(message));
}

void TestRating::overflowThrows_data() {
    QTest::addColumn<UsageEvent>("usage");

    QTest::newRow("per-unit price times units") << call("big", "/unit", "GET", "", 2);
    QTest::newRow("per-call plus per-unit") << call("maps", "/tiles", "GET", "", kMax);
    QTest::newRow("region multiplier above one") << call("big", "/call", "GET", "x1.5");
}

void TestRating::overflowThrows() {
    QFETCH(UsageEvent, usage);

    QVERIFY_THROWS_EXCEPTION(OverflowError, rate(tariff_, usage));
}

void TestRating::decisionNamesRoundTrip_data() {
    QTest::addColumn<Decision>("decision");
    QTest::addColumn<QString>("name");

    QTest::newRow("allowed") << Decision::Allowed << "allowed";
    QTest::newRow("not in plan") << Decision::NotInPlan << "not_in_plan";
    QTest::newRow("premium required") << Decision::PremiumRequired << "premium_required";
    QTest::newRow("rate limited") << Decision::RateLimited << "rate_limited";
    QTest::newRow("no credits") << Decision::NoCredits << "no_credits";
    QTest::newRow("suspended") << Decision::Suspended << "suspended";
    QTest::newRow("unknown tenant") << Decision::UnknownTenant << "unknown_tenant";
}

void TestRating::decisionNamesRoundTrip() {
    QFETCH(Decision, decision);
    QFETCH(QString, name);

    QCOMPARE(QString::fromLatin1(toString(decision)), name);
    QCOMPARE(decisionFromString(name.toStdString()), std::optional<Decision>(decision));
}

void TestRating::unknownDecisionNameIsNotRead() {
    QCOMPARE(decisionFromString("Allowed"), std::nullopt);
    QCOMPARE(decisionFromString(""), std::nullopt);
}

void TestRating::rateLimitOverrideWins() {
    QCOMPARE(effectiveRateLimit(tariff_, tariff_.rules[0]), (RateLimit{5, 1}));
    QCOMPARE(effectiveRateLimit(tariff_, tariff_.rules[1]), (RateLimit{100, 60}));
}

QTEST_APPLESS_MAIN(TestRating)
#include "tst_rating.moc"

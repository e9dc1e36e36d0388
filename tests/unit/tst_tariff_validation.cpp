#include "billing_test_support.h"

#include <billing/tariff.h>

#include <QTest>

#include <functional>

using namespace meterdesk::billing;
using billing_test::credits;
using billing_test::fieldsOf;
using billing_test::utc;

namespace {

using Mutation = std::function<void(TariffVersion&)>;

EndpointRule rule(std::string service, std::string endpoint, std::string method) {
    return {std::move(service), std::move(endpoint), std::move(method),
            credits("0.001"),   credits("0.0001"),   false,
            std::nullopt};
}

TariffVersion validVersion() {
    TariffVersion version;
    version.planCode = "pro-2026";
    version.version = 1;
    version.effectiveFrom = utc("2026-01-01T00:00:00Z");
    version.monthlyAllowance = credits("100");
    version.defaultRateLimit = {600, 60};
    version.rules = {rule("maps", "/geocode", "GET"), rule("maps", "/geocode", "POST"),
                     rule("maps", "/route", "*"), rule("ai", "/geocode", "GET")};
    version.rules[1].rateLimit = RateLimit{10, 1};
    version.regions = {{"eu", 12500}, {"ap", 15000}};
    return version;
}

Plan validPlan() {
    Plan plan{"pro-2026", "Pro", {validVersion(), validVersion()}};
    plan.versions[1].version = 2;
    plan.versions[1].effectiveFrom = utc("2026-07-01T00:00:00Z");
    return plan;
}

} // namespace

class TestTariffValidation : public QObject {
    Q_OBJECT

private slots:
    void validVersionHasNoIssue();
    void eachProblemIsNamed_data();
    void eachProblemIsNamed();
    void boundaryValuesAreValid_data();
    void boundaryValuesAreValid();
    void everyProblemIsReportedAtOnce();
    void planProblemsAreNamed_data();
    void planProblemsAreNamed();
    void versionInForceIsLatestStarted_data();
    void versionInForceIsLatestStarted();
};

void TestTariffValidation::validVersionHasNoIssue() {
    QCOMPARE(fieldsOf(validate(validVersion())), QStringList{});
    QCOMPARE(fieldsOf(validate(validPlan())), QStringList{});
}

void TestTariffValidation::eachProblemIsNamed_data() {
    QTest::addColumn<Mutation>("mutation");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("rule");

    QTest::newRow("negative per-call price")
        << Mutation([](TariffVersion& v) { v.rules[2].perCall = credits("-0.000001"); })
        << "rules[2].perCall"
        << "non_negative";
    QTest::newRow("negative per-unit price")
        << Mutation([](TariffVersion& v) { v.rules[0].perUnit = credits("-1"); })
        << "rules[0].perUnit"
        << "non_negative";
    QTest::newRow("empty service")
        << Mutation([](TariffVersion& v) { v.rules[3].service = ""; }) << "rules[3].service"
        << "required";
    QTest::newRow("empty endpoint")
        << Mutation([](TariffVersion& v) { v.rules[2].endpoint = ""; }) << "rules[2].endpoint"
        << "required";
    QTest::newRow("unknown method")
        << Mutation([](TariffVersion& v) { v.rules[0].method = "FETCH"; }) << "rules[0].method"
        << "known_method";
    QTest::newRow("lower-case method")
        << Mutation([](TariffVersion& v) { v.rules[0].method = "get"; }) << "rules[0].method"
        << "known_method";
    QTest::newRow("empty method") << Mutation([](TariffVersion& v) { v.rules[0].method = ""; })
                                  << "rules[0].method"
                                  << "known_method";
    QTest::newRow("duplicate rule")
        << Mutation([](TariffVersion& v) { v.rules.push_back(rule("maps", "/geocode", "POST")); })
        << "rules[4]"
        << "duplicate";
    QTest::newRow("specific method after any method")
        << Mutation([](TariffVersion& v) { v.rules.push_back(rule("maps", "/route", "GET")); })
        << "rules[4].method"
        << "overlap";
    QTest::newRow("any method after specific method")
        << Mutation([](TariffVersion& v) { v.rules.push_back(rule("maps", "/geocode", "*")); })
        << "rules[4].method"
        << "overlap";
    QTest::newRow("rule limit without requests")
        << Mutation([](TariffVersion& v) { v.rules[1].rateLimit->requests = 0; })
        << "rules[1].rateLimit.requests"
        << "positive";
    QTest::newRow("rule limit without period")
        << Mutation([](TariffVersion& v) { v.rules[1].rateLimit->periodSeconds = 0; })
        << "rules[1].rateLimit.periodSeconds"
        << "positive";
    QTest::newRow("default limit without requests")
        << Mutation([](TariffVersion& v) { v.defaultRateLimit.requests = 0; })
        << "defaultRateLimit.requests"
        << "positive";
    QTest::newRow("default limit with negative period")
        << Mutation([](TariffVersion& v) { v.defaultRateLimit.periodSeconds = -1; })
        << "defaultRateLimit.periodSeconds"
        << "positive";
    QTest::newRow("region multiplier zero")
        << Mutation([](TariffVersion& v) { v.regions[0].basisPoints = 0; })
        << "regions[0].basisPoints"
        << "range";
    QTest::newRow("region multiplier above x10")
        << Mutation([](TariffVersion& v) { v.regions[1].basisPoints = 100001; })
        << "regions[1].basisPoints"
        << "range";
    QTest::newRow("duplicate region") << Mutation([](TariffVersion& v) {
        v.regions.push_back({"eu", 10000});
    }) << "regions[2].region"
                                      << "duplicate";
    QTest::newRow("empty region") << Mutation([](TariffVersion& v) { v.regions[0].region = ""; })
                                  << "regions[0].region"
                                  << "required";
    QTest::newRow("negative allowance")
        << Mutation([](TariffVersion& v) { v.monthlyAllowance = credits("-0.5"); })
        << "monthlyAllowance"
        << "non_negative";
    QTest::newRow("effective date missing")
        << Mutation([](TariffVersion& v) { v.effectiveFrom = {}; }) << "effectiveFrom"
        << "required";
    QTest::newRow("plan code missing")
        << Mutation([](TariffVersion& v) { v.planCode = ""; }) << "planCode"
        << "required";
    QTest::newRow("plan code upper case")
        << Mutation([](TariffVersion& v) { v.planCode = "Pro"; }) << "planCode"
        << "format";
    QTest::newRow("plan code too long")
        << Mutation([](TariffVersion& v) { v.planCode = std::string(41, 'a'); }) << "planCode"
        << "format";
    QTest::newRow("version zero") << Mutation([](TariffVersion& v) { v.version = 0; }) << "version"
                                  << "positive";
}

void TestTariffValidation::eachProblemIsNamed() {
    QFETCH(Mutation, mutation);
    QFETCH(QString, field);
    QFETCH(QString, rule);

    TariffVersion version = validVersion();
    mutation(version);
    const ValidationIssues issues = validate(version);

    QCOMPARE(fieldsOf(issues), QStringList{field + " " + rule});
    QVERIFY(!issues.front().message.empty());
}

void TestTariffValidation::boundaryValuesAreValid_data() {
    QTest::addColumn<Mutation>("mutation");

    QTest::newRow("smallest region multiplier")
        << Mutation([](TariffVersion& v) { v.regions[0].basisPoints = 1; });
    QTest::newRow("largest region multiplier")
        << Mutation([](TariffVersion& v) { v.regions[0].basisPoints = 100000; });
    QTest::newRow("plan code of 40 characters")
        << Mutation([](TariffVersion& v) { v.planCode = std::string(40, '9'); });
    QTest::newRow("zero prices and allowance") << Mutation([](TariffVersion& v) {
        v.rules[0].perCall = {};
        v.rules[0].perUnit = {};
        v.monthlyAllowance = {};
    });
    QTest::newRow("one request per second") << Mutation([](TariffVersion& v) {
        v.defaultRateLimit = {1, 1};
    });
    QTest::newRow("every method") << Mutation([](TariffVersion& v) {
        for (const char* method : {"PUT", "PATCH", "DELETE", "HEAD", "OPTIONS"}) {
            v.rules.push_back(rule("maps", "/geocode", method));
        }
    });
    QTest::newRow("no rules and no regions") << Mutation([](TariffVersion& v) {
        v.rules.clear();
        v.regions.clear();
    });
    QTest::newRow("effective before the epoch")
        << Mutation([](TariffVersion& v) { v.effectiveFrom = utc("1969-12-31T23:59:59Z"); });
}

void TestTariffValidation::boundaryValuesAreValid() {
    QFETCH(Mutation, mutation);

    TariffVersion version = validVersion();
    mutation(version);
    QCOMPARE(fieldsOf(validate(version)), QStringList{});
}

void TestTariffValidation::everyProblemIsReportedAtOnce() {
    TariffVersion version = validVersion();
    version.planCode = "";
    version.monthlyAllowance = credits("-1");
    version.rules[0].perCall = credits("-1");
    version.rules[0].method = "FETCH";
    version.rules.push_back(rule("ai", "/geocode", "GET"));
    version.regions[1].basisPoints = 0;

    const QStringList expected{"planCode required",
                               "monthlyAllowance non_negative",
                               "rules[0].method known_method",
                               "rules[0].perCall non_negative",
                               "rules[4] duplicate",
                               "regions[1].basisPoints range"};
    QCOMPARE(fieldsOf(validate(version)), expected);
}

void TestTariffValidation::planProblemsAreNamed_data() {
    QTest::addColumn<std::function<void(Plan&)>>("mutation");
    QTest::addColumn<QStringList>("expected");

    using PlanMutation = std::function<void(Plan&)>;
    QTest::newRow("code with space")
        << PlanMutation([](Plan& p) { p.code = "pro plan"; })
        << QStringList{"code format", "versions[0].planCode match", "versions[1].planCode match"};
    QTest::newRow("name missing") << PlanMutation([](Plan& p) { p.name = ""; })
                                  << QStringList{"name required"};
    QTest::newRow("versions out of date order")
        << PlanMutation([](Plan& p) { p.versions[1].effectiveFrom = p.versions[0].effectiveFrom; })
        << QStringList{"versions[1].effectiveFrom increasing"};
    QTest::newRow("version numbers repeated")
        << PlanMutation([](Plan& p) { p.versions[1].version = 1; })
        << QStringList{"versions[1].version increasing"};
    QTest::newRow("version issues are nested")
        << PlanMutation([](Plan& p) { p.versions[1].rules[2].perCall = credits("-1"); })
        << QStringList{"versions[1].rules[2].perCall non_negative"};
    QTest::newRow("version of another plan")
        << PlanMutation([](Plan& p) { p.versions[0].planCode = "basic"; })
        << QStringList{"versions[0].planCode match"};
    QTest::newRow("no versions yet")
        << PlanMutation([](Plan& p) { p.versions.clear(); }) << QStringList{};
}

void TestTariffValidation::planProblemsAreNamed() {
    QFETCH(std::function<void(Plan&)>, mutation);
    QFETCH(QStringList, expected);

    Plan plan = validPlan();
    mutation(plan);
    QCOMPARE(fieldsOf(validate(plan)), expected);
}

void TestTariffValidation::versionInForceIsLatestStarted_data() {
    QTest::addColumn<QString>("at");
    QTest::addColumn<int>("expectedVersion"); // 0: none in force yet

    QTest::newRow("before the first") << "2025-12-31T23:59:59Z" << 0;
    QTest::newRow("first second of the first") << "2026-01-01T00:00:00Z" << 1;
    QTest::newRow("between") << "2026-06-30T23:59:59Z" << 1;
    QTest::newRow("first second of the second") << "2026-07-01T00:00:00Z" << 2;
    QTest::newRow("scheduled third not started") << "2026-12-31T23:59:59Z" << 2;
    QTest::newRow("third started") << "2027-01-01T00:00:00Z" << 3;
}

void TestTariffValidation::versionInForceIsLatestStarted() {
    QFETCH(QString, at);
    QFETCH(int, expectedVersion);

    Plan plan = validPlan();
    TariffVersion third = validVersion();
    third.version = 3;
    third.effectiveFrom = utc("2027-01-01T00:00:00Z");
    plan.versions.insert(plan.versions.begin(), third); // order in the vector must not matter

    const TariffVersion* inForce = plan.versionAt(utc(at));
    QCOMPARE(inForce == nullptr ? 0 : inForce->version, expectedVersion);
}

QTEST_APPLESS_MAIN(TestTariffValidation)
#include "tst_tariff_validation.moc"

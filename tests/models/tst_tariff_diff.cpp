#include <models/tariff_diff.h>

#include <QTest>

#include <functional>

using namespace meterdesk;
using billing::Credits;
using billing::TariffVersion;
using models::TariffChange;
using models::TariffDiff;

Q_DECLARE_METATYPE(std::function<void(TariffVersion&)>)

namespace {

using Edit = std::function<void(TariffVersion&)>;

billing::EndpointRule rule(std::string endpoint, std::string method, std::int64_t perCallMicros) {
    billing::EndpointRule rule;
    rule.service = "search";
    rule.endpoint = std::move(endpoint);
    rule.method = std::move(method);
    rule.perCall = Credits::fromMicros(perCallMicros);
    return rule;
}

TariffVersion inForce() {
    TariffVersion version;
    version.planCode = "pro";
    version.version = 3;
    version.monthlyAllowance = Credits::fromMicros(1'000'000'000);
    version.defaultRateLimit = {100, 60};
    version.rules = {rule("/v1/query", "GET", 500'000), rule("/v1/index", "POST", 2'000'000)};
    version.regions = {{"eu", 12'500}};
    return version;
}

const QLocale kEnglish(QLocale::English, QLocale::UnitedStates);

} // namespace

class TestTariffDiff : public QObject {
    Q_OBJECT

private slots:
    void listsWhatSavingWouldChange_data() {
        QTest::addColumn<Edit>("edit");
        QTest::addColumn<QStringList>("lines");

        QTest::newRow("nothing") << Edit([](TariffVersion&) {}) << QStringList{};
        QTest::newRow("a new version number alone")
            << Edit([](TariffVersion& v) { v.version = 4; }) << QStringList{};
        QTest::newRow("rules reordered")
            << Edit([](TariffVersion& v) { std::swap(v.rules[0], v.rules[1]); }) << QStringList{};
        QTest::newRow("price") << Edit([](TariffVersion& v) {
            v.rules[0].perCall = Credits::fromMicros(750'000);
        }) << QStringList{"Changed rule search /v1/query GET: per call 0.50 → 0.75"};
        QTest::newRow("several fields of one rule")
            << Edit([](TariffVersion& v) {
                   v.rules[1].perUnit = Credits::fromMicros(1);
                   v.rules[1].premium = true;
                   v.rules[1].rateLimit = billing::RateLimit{10, 1};
               })
            << QStringList{"Changed rule search /v1/index POST: per unit 0.00 → 0.000001; now "
                           "premium; rate limit the default → 10 per 1 s"};
        QTest::newRow("rule added") << Edit([](TariffVersion& v) {
            v.rules.push_back(rule("/v2/query", "*", 1'250'000));
            v.rules.back().premium = true;
        }) << QStringList{"Added rule search /v2/query *: 1.25 per call, 0.00 per unit, premium"};
        QTest::newRow("method changed is a different rule")
            << Edit([](TariffVersion& v) { v.rules[1].method = "PUT"; })
            << QStringList{"Added rule search /v1/index PUT: 2.00 per call, 0.00 per unit",
                           "Removed rule search /v1/index POST (was 2.00 per call, 0.00 per unit)"};
        QTest::newRow("allowance and default limit")
            << Edit([](TariffVersion& v) {
                   v.monthlyAllowance = Credits::fromMicros(2'500'000'000);
                   v.defaultRateLimit = {200, 60};
               })
            << QStringList{"Monthly allowance: 1,000.00 → 2,500.00 credits",
                           "Default rate limit: 100 per 60 s → 200 per 60 s"};
        QTest::newRow("regions") << Edit([](TariffVersion& v) {
            v.regions = {{"us", 10'000}, {"eu", 15'000}};
        }) << QStringList{"Added region us at 10,000 bp", "Changed region eu: 12,500 → 15,000 bp"};
        QTest::newRow("region removed") << Edit([](TariffVersion& v) { v.regions.clear(); })
                                        << QStringList{"Removed region eu (was 12,500 bp)"};
    }
    void listsWhatSavingWouldChange() {
        QFETCH(Edit, edit);
        QFETCH(QStringList, lines);
        const TariffVersion before = inForce();
        TariffVersion draft = before;
        edit(draft);
        const TariffDiff diff = TariffDiff::between(&before, draft, kEnglish);
        QCOMPARE(diff.lines(), lines);
        QCOMPARE(diff.isEmpty(), lines.isEmpty());
    }

    void kindsAndSubjectsAreSet() {
        const TariffVersion before = inForce();
        TariffVersion draft = before;
        draft.rules.erase(draft.rules.begin());
        draft.regions.push_back({"us", 9'000});
        const TariffDiff diff = TariffDiff::between(&before, draft, kEnglish);
        QCOMPARE(diff.changes().size(), std::size_t{2});
        QCOMPARE(diff.changes()[0].kind, TariffChange::Kind::Removed);
        QCOMPARE(diff.changes()[0].subject, TariffChange::Subject::Rule);
        QCOMPARE(diff.changes()[1].kind, TariffChange::Kind::Added);
        QCOMPARE(diff.changes()[1].subject, TariffChange::Subject::Region);
    }

    void aFirstVersionAddsEverything() {
        const TariffDiff diff = TariffDiff::between(nullptr, inForce(), kEnglish);
        QCOMPARE(
            diff.lines(),
            (QStringList{"Monthly allowance: 1,000.00 credits", "Default rate limit: 100 per 60 s",
                         "Added rule search /v1/query GET: 0.50 per call, 0.00 per unit",
                         "Added rule search /v1/index POST: 2.00 per call, 0.00 per unit",
                         "Added region eu at 12,500 bp"}));
        for (const TariffChange& change : diff.changes()) {
            QCOMPARE(change.kind, TariffChange::Kind::Added);
        }
    }
};

QTEST_GUILESS_MAIN(TestTariffDiff)
#include "tst_tariff_diff.moc"

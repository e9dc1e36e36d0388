#include <models/item_roles.h>
#include <models/tariff_draft.h>

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace meterdesk;
using namespace std::chrono_literals;
using billing::Credits;
using models::EndpointRuleTableModel;
using models::RegionMultiplierTableModel;
using models::TariffDraft;

namespace {

const std::chrono::sys_seconds kJanuary{std::chrono::sys_days{2027y / 1 / 1}};

billing::EndpointRule rule(std::string endpoint, std::string method, std::int64_t perCallMicros) {
    billing::EndpointRule rule;
    rule.service = "search";
    rule.endpoint = std::move(endpoint);
    rule.method = std::move(method);
    rule.perCall = Credits::fromMicros(perCallMicros);
    return rule;
}

// A valid version in force: two rules and one region.
billing::TariffVersion inForce() {
    billing::TariffVersion version;
    version.planCode = "pro";
    version.version = 3;
    version.effectiveFrom = kJanuary;
    version.monthlyAllowance = Credits::fromMicros(1'000'000'000);
    version.defaultRateLimit = {100, 60};
    version.rules = {rule("/v1/query", "GET", 500'000), rule("/v1/index", "POST", 2'000'000)};
    version.regions = {{"eu", 12'500}};
    return version;
}

// The editor's draft of version 4, started from the version in force, with a date set so that
// only the edits under test make it invalid.
struct Fixture {
    TariffDraft draft;
    QAbstractItemModelTester rulesTester{&draft.rules(),
                                         QAbstractItemModelTester::FailureReportingMode::QtTest};
    QAbstractItemModelTester regionsTester{&draft.regions(),
                                           QAbstractItemModelTester::FailureReportingMode::QtTest};

    Fixture() {
        draft.startFrom(inForce(), 4);
        draft.setEffectiveFrom(kJanuary + std::chrono::days{31});
    }

    QAbstractItemModel& table(const QString& name) {
        return name == QLatin1String("rules") ? static_cast<QAbstractItemModel&>(draft.rules())
                                              : draft.regions();
    }

    // Each edit is "row:column:text", typed into the named table as an operator would.
    bool apply(const QString& tableName, const QStringList& edits) {
        QAbstractItemModel& model = table(tableName);
        for (const QString& edit : edits) {
            const QStringList parts = edit.split(u':');
            const int row = parts[0].toInt();
            if (row >= model.rowCount()) {
                model.insertRows(row, 1);
            }
            if (!model.setData(model.index(row, parts[1].toInt()), parts[2])) {
                return false;
            }
        }
        return true;
    }
};

QString edit(int row, int column, const QString& text) {
    return QStringLiteral("%1:%2:%3").arg(row).arg(column).arg(text);
}

} // namespace

class TestTariffDraft : public QObject {
    Q_OBJECT

private slots:
    void startsFromTheVersionInForce() {
        Fixture f;
        QVERIFY2(f.draft.isValid(), qPrintable(f.draft.messageFor("effectiveFrom")));
        QVERIFY(!f.draft.isModified());
        const billing::TariffVersion version = f.draft.version();
        QCOMPARE(version.version, 4);
        QCOMPARE(version.planCode, std::string("pro"));
        QCOMPARE(version.rules.size(), std::size_t{2});
        QCOMPARE(version.regions.size(), std::size_t{1});
        QCOMPARE(version.monthlyAllowance, Credits::fromMicros(1'000'000'000));
    }

    void marksEachProblemAtItsCell_data() {
        QTest::addColumn<QString>("table");
        QTest::addColumn<QStringList>("edits");
        QTest::addColumn<QString>("field");
        QTest::addColumn<int>("row");
        QTest::addColumn<int>("column");

        using Rule = EndpointRuleTableModel;
        using Region = RegionMultiplierTableModel;
        QTest::newRow("negative price") << "rules" << QStringList{edit(1, Rule::PerCall, "-1")}
                                        << "rules[1].perCall" << 1 << int(Rule::PerCall);
        QTest::newRow("empty service") << "rules" << QStringList{edit(0, Rule::Service, "")}
                                       << "rules[0].service" << 0 << int(Rule::Service);
        QTest::newRow("unknown method") << "rules" << QStringList{edit(1, Rule::Method, "fetch")}
                                        << "rules[1].method" << 1 << int(Rule::Method);
        QTest::newRow("duplicate rule")
            << "rules"
            << QStringList{edit(1, Rule::Endpoint, "/v1/query"), edit(1, Rule::Method, "GET")}
            << "rules[1]" << 1 << int(Rule::Service);
        QTest::newRow("overlapping wildcard")
            << "rules"
            << QStringList{edit(1, Rule::Endpoint, "/v1/query"), edit(1, Rule::Method, "*")}
            << "rules[1].method" << 1 << int(Rule::Method);
        QTest::newRow("half a rate limit")
            << "rules" << QStringList{edit(0, Rule::RateLimitRequests, "10")}
            << "rules[0].rateLimit.periodSeconds" << 0 << int(Rule::RateLimitPeriod);
        QTest::newRow("new rule without endpoint")
            << "rules" << QStringList{edit(2, Rule::Service, "maps")} << "rules[2].endpoint" << 2
            << int(Rule::Endpoint);
        QTest::newRow("region out of range")
            << "regions" << QStringList{edit(0, Region::BasisPoints, "0")}
            << "regions[0].basisPoints" << 0 << int(Region::BasisPoints);
        QTest::newRow("region listed twice")
            << "regions" << QStringList{edit(1, Region::Region, "eu")} << "regions[1].region" << 1
            << int(Region::Region);
    }
    void marksEachProblemAtItsCell() {
        QFETCH(QString, table);
        QFETCH(QStringList, edits);
        QFETCH(QString, field);
        QFETCH(int, row);
        QFETCH(int, column);

        Fixture f;
        QSignalSpy validated(&f.draft, &TariffDraft::validated);
        QVERIFY(f.apply(table, edits));
        QVERIFY(!validated.isEmpty());
        QVERIFY(!f.draft.isValid());

        const QModelIndex cell = f.draft.indexForField(field.toStdString());
        QVERIFY(cell.isValid());
        QCOMPARE(cell.model(), &f.table(table));
        QCOMPARE(cell.row(), row);
        QCOMPARE(cell.column(), column);

        const QString message = cell.data(models::ValidationMessageRole).toString();
        QCOMPARE(message, f.draft.messageFor(field.toStdString()));
        QVERIFY(!message.isEmpty());
        // Only the offending cell is marked.
        const QModelIndex neighbour = f.table(table).index(row, column == 0 ? 1 : 0);
        QVERIFY(!neighbour.data(models::ValidationMessageRole).isValid());
    }

    void fixingAnEditClearsItsMark() {
        Fixture f;
        const QModelIndex cell = f.draft.rules().index(1, EndpointRuleTableModel::PerCall);
        QVERIFY(f.draft.rules().setData(cell, QStringLiteral("-1")));
        QVERIFY(cell.data(models::ValidationMessageRole).isValid());
        QVERIFY(f.draft.rules().setData(cell, QStringLiteral("1")));
        QVERIFY(!cell.data(models::ValidationMessageRole).isValid());
        QVERIFY(f.draft.isValid());
        QVERIFY(f.draft.isModified());
    }

    void removingARuleMovesTheMarks() {
        Fixture f;
        auto& rules = f.draft.rules();
        QVERIFY(rules.setData(rules.index(1, EndpointRuleTableModel::PerUnit), "-2"));
        QVERIFY(rules.removeRows(0, 1));
        QVERIFY(rules.index(0, EndpointRuleTableModel::PerUnit)
                    .data(models::ValidationMessageRole)
                    .isValid());
        QCOMPARE(f.draft.issues().front().field, std::string("rules[0].perUnit"));
    }

    void versionFieldsHaveMessagesButNoCell_data() {
        QTest::addColumn<QString>("field");
        QTest::newRow("effective from") << QString::fromLatin1(TariffDraft::kEffectiveFromField);
        QTest::newRow("allowance") << QString::fromLatin1(TariffDraft::kMonthlyAllowanceField);
        QTest::newRow("requests") << QString::fromLatin1(TariffDraft::kDefaultRequestsField);
        QTest::newRow("period") << QString::fromLatin1(TariffDraft::kDefaultPeriodField);
    }
    void versionFieldsHaveMessagesButNoCell() {
        QFETCH(QString, field);
        TariffDraft draft;
        draft.startEmpty("pro", 1);
        draft.setMonthlyAllowance(Credits::fromMicros(-1));
        QVERIFY(!draft.messageFor(field.toStdString()).isEmpty());
        QVERIFY(!draft.indexForField(field.toStdString()).isValid());

        draft.setEffectiveFrom(kJanuary);
        draft.setMonthlyAllowance(Credits::fromMicros(0));
        draft.setDefaultRateLimit({10, 1});
        QVERIFY(draft.messageFor(field.toStdString()).isEmpty());
        QVERIFY(draft.isValid());
    }

    void fieldsNoCellShowsMapToNothing_data() {
        QTest::addColumn<QString>("field");
        QTest::newRow("row out of range") << "rules[7].perCall";
        QTest::newRow("not a number") << "rules[x].perCall";
        QTest::newRow("no index") << "rules.perCall";
        QTest::newRow("other list") << "versions[0].planCode";
        QTest::newRow("unknown member") << "regions[0].colour";
    }
    void fieldsNoCellShowsMapToNothing() {
        QFETCH(QString, field);
        Fixture f;
        QVERIFY(!f.draft.indexForField(field.toStdString()).isValid());
    }
};

QTEST_GUILESS_MAIN(TestTariffDraft)
#include "tst_tariff_draft.moc"

#include <models/endpoint_rule_table_model.h>
#include <models/item_roles.h>

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace meterdesk;
using billing::Credits;
using models::EndpointRuleTableModel;

namespace {

billing::EndpointRule rule(std::string service, std::string endpoint, std::string method,
                           std::int64_t perCallMicros) {
    billing::EndpointRule rule;
    rule.service = std::move(service);
    rule.endpoint = std::move(endpoint);
    rule.method = std::move(method);
    rule.perCall = Credits::fromMicros(perCallMicros);
    return rule;
}

// Two rules, so edits of one can be checked not to touch the other.
struct Fixture {
    EndpointRuleTableModel model;
    QAbstractItemModelTester tester{&model, QAbstractItemModelTester::FailureReportingMode::QtTest};

    Fixture() {
        model.setRules({rule("search", "/v1/query", "GET", 500'000),
                        rule("search", "/v1/index", "POST", 2'000'000)});
    }
};

} // namespace

class TestEndpointRuleTableModel : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void showsRules_data() {
        QTest::addColumn<int>("column");
        QTest::addColumn<int>("role");
        QTest::addColumn<QVariant>("expected");

        QTest::newRow("service") << int(EndpointRuleTableModel::Service) << int(Qt::DisplayRole)
                                 << QVariant(QStringLiteral("search"));
        QTest::newRow("per call shown") << int(EndpointRuleTableModel::PerCall)
                                        << int(Qt::DisplayRole) << QVariant(QStringLiteral("0.50"));
        QTest::newRow("per call edited") << int(EndpointRuleTableModel::PerCall)
                                         << int(Qt::EditRole) << QVariant(QStringLiteral("0.5"));
        QTest::newRow("per call raw") << int(EndpointRuleTableModel::PerCall)
                                      << int(models::RawValueRole) << QVariant(qint64{500'000});
        QTest::newRow("premium unchecked")
            << int(EndpointRuleTableModel::Premium) << int(Qt::CheckStateRole)
            << QVariant(int(Qt::Unchecked));
        QTest::newRow("no override shown")
            << int(EndpointRuleTableModel::RateLimitRequests) << int(Qt::DisplayRole)
            << QVariant(QStringLiteral("default"));
        QTest::newRow("no override edited")
            << int(EndpointRuleTableModel::RateLimitRequests) << int(Qt::EditRole) << QVariant();
    }
    void showsRules() {
        QFETCH(int, column);
        QFETCH(int, role);
        QFETCH(QVariant, expected);
        Fixture f;
        const QVariant actual = f.model.data(f.model.index(0, column), role);
        if (expected.userType() == QMetaType::Int) {
            QCOMPARE(actual.toInt(), expected.toInt());
        } else {
            QCOMPARE(actual, expected);
        }
    }

    void storesEditedCellsAsTheRuleField_data() {
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("shownAfter");

        QTest::newRow("service trimmed") << int(EndpointRuleTableModel::Service) << " maps "
                                         << "maps";
        QTest::newRow("method upper-cased") << int(EndpointRuleTableModel::Method) << "patch"
                                            << "PATCH";
        QTest::newRow("per unit as credits") << int(EndpointRuleTableModel::PerUnit) << "0.000125"
                                             << "0.000125";
        QTest::newRow("per call grouped on screen")
            << int(EndpointRuleTableModel::PerCall) << "1234.5"
            << "1,234.50";
        QTest::newRow("rate limit requests")
            << int(EndpointRuleTableModel::RateLimitRequests) << "100"
            << "100";
    }
    void storesEditedCellsAsTheRuleField() {
        QFETCH(int, column);
        QFETCH(QString, typed);
        QFETCH(QString, shownAfter);
        Fixture f;
        QSignalSpy changed(&f.model, &QAbstractItemModel::dataChanged);
        const QModelIndex cell = f.model.index(1, column);
        QVERIFY(f.model.setData(cell, typed));
        QCOMPARE(f.model.data(cell).toString(), shownAfter);
        QVERIFY(!changed.isEmpty());
        QCOMPARE(f.model.rules()[0].perCall, Credits::fromMicros(500'000));
    }

    void refusesCreditTextWithAReason_data() {
        QTest::addColumn<QString>("typed");
        QTest::newRow("letters") << "cheap";
        QTest::newRow("too many decimals") << "0.0000001";
        QTest::newRow("empty") << "";
    }
    void refusesCreditTextWithAReason() {
        QFETCH(QString, typed);
        Fixture f;
        QSignalSpy refused(&f.model, &EndpointRuleTableModel::editRefused);
        const QModelIndex cell = f.model.index(0, EndpointRuleTableModel::PerCall);
        QVERIFY(!f.model.setData(cell, typed));
        QCOMPARE(refused.count(), 1);
        QCOMPARE(refused.at(0).at(0).value<QModelIndex>(), cell);
        QVERIFY(!refused.at(0).at(1).toString().isEmpty());
        QCOMPARE(f.model.rules()[0].perCall, Credits::fromMicros(500'000));
    }

    void rateLimitOverrideStartsAndEnds() {
        Fixture f;
        const QModelIndex period = f.model.index(0, EndpointRuleTableModel::RateLimitPeriod);
        QVERIFY(f.model.setData(period, QStringLiteral("60")));
        QVERIFY(f.model.rules()[0].rateLimit.has_value());
        QCOMPARE(f.model.rules()[0].rateLimit->periodSeconds, 60);
        QCOMPARE(f.model.rules()[0].rateLimit->requests, 0);

        QSignalSpy refused(&f.model, &EndpointRuleTableModel::editRefused);
        QVERIFY(!f.model.setData(period, QStringLiteral("a minute")));
        QCOMPARE(refused.count(), 1);

        QVERIFY(f.model.setData(period, QString()));
        QVERIFY(!f.model.rules()[0].rateLimit.has_value());
    }

    void premiumIsACheckbox() {
        Fixture f;
        const QModelIndex cell = f.model.index(0, EndpointRuleTableModel::Premium);
        QVERIFY(f.model.flags(cell).testFlag(Qt::ItemIsUserCheckable));
        QVERIFY(!f.model.setData(cell, QStringLiteral("yes"), Qt::EditRole));
        QVERIFY(f.model.setData(cell, Qt::Checked, Qt::CheckStateRole));
        QVERIFY(f.model.rules()[0].premium);
        QVERIFY(!f.model.rules()[1].premium);
    }

    void insertsAndRemovesRules() {
        Fixture f;
        QVERIFY(f.model.insertRows(1, 2));
        QCOMPARE(f.model.rowCount(), 4);
        QCOMPARE(f.model.rules()[1].method, std::string("GET"));
        QVERIFY(f.model.rules()[1].service.empty());
        QCOMPARE(f.model.rules()[3].endpoint, std::string("/v1/index"));

        QVERIFY(f.model.removeRows(0, 3));
        QCOMPARE(f.model.rowCount(), 1);
        QCOMPARE(f.model.rules()[0].endpoint, std::string("/v1/index"));

        QVERIFY(!f.model.removeRows(0, 2));
        QVERIFY(!f.model.insertRows(5, 1));
    }

    void mapsRuleFieldsToColumns_data() {
        QTest::addColumn<QString>("field");
        QTest::addColumn<int>("column");

        QTest::newRow("whole rule") << "" << int(EndpointRuleTableModel::Service);
        QTest::newRow("method") << "method" << int(EndpointRuleTableModel::Method);
        QTest::newRow("per call") << "perCall" << int(EndpointRuleTableModel::PerCall);
        QTest::newRow("requests") << "rateLimit.requests"
                                  << int(EndpointRuleTableModel::RateLimitRequests);
        QTest::newRow("period") << "rateLimit.periodSeconds"
                                << int(EndpointRuleTableModel::RateLimitPeriod);
        QTest::newRow("unknown") << "colour" << -1;
    }
    void mapsRuleFieldsToColumns() {
        QFETCH(QString, field);
        QFETCH(int, column);
        QCOMPARE(EndpointRuleTableModel::columnForField(field.toStdString()), column);
    }

    void showsValidationMessagesWhereSet() {
        Fixture f;
        models::CellMessages messages;
        messages.add(1, EndpointRuleTableModel::PerUnit, QStringLiteral("must not be negative"));
        QSignalSpy changed(&f.model, &QAbstractItemModel::dataChanged);
        f.model.setValidationMessages(messages);
        QCOMPARE(changed.count(), 1);

        const auto message = [&f](int row, int column) {
            return f.model.data(f.model.index(row, column), models::ValidationMessageRole);
        };
        QCOMPARE(message(1, EndpointRuleTableModel::PerUnit).toString(),
                 QStringLiteral("must not be negative"));
        QVERIFY(!message(1, EndpointRuleTableModel::PerCall).isValid());

        f.model.setValidationMessages({});
        QVERIFY(!message(1, EndpointRuleTableModel::PerUnit).isValid());
        QCOMPARE(changed.count(), 2);
    }
};

QTEST_GUILESS_MAIN(TestEndpointRuleTableModel)
#include "tst_endpoint_rule_table_model.moc"

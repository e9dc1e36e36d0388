#include "live_test_support.h"

#include <models/item_roles.h>
#include <models/usage_ranking_model.h>

#include <QAbstractItemModelTester>
#include <QTest>

using namespace meterdesk;
using live_test::counts;

class TestUsageRankingModel : public QObject {
    Q_OBJECT

private slots:
    void holdsTenantsOrEndpointsBusiestFirst() {
        models::UsageRankingModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setTenants(
            {{7, "acme", counts("10 2 0 0 0 0 10 5000")}, {3, "zeta", counts("4 0 0 0 0 0 4 40")}});
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.nameAt(0), QStringLiteral("acme"));
        QCOMPARE(model.tenantIdAt(0), std::optional<std::int64_t>(7));
        QCOMPARE(model.data(model.index(0, models::UsageRankingModel::Calls), models::RawValueRole)
                     .toLongLong(),
                 12);
        QCOMPARE(model.data(model.index(0, models::UsageRankingModel::Denied), models::RawValueRole)
                     .toLongLong(),
                 2);
        QCOMPARE(model.data(model.index(1, 0), models::IdRole).toLongLong(), 3);

        model.setEndpoints({{{"maps", "/geocode"}, counts("5 0 0 0 0 0 5 50")}});
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.nameAt(0), QStringLiteral("maps /geocode"));
        QCOMPARE(model.endpointAt(0), std::optional<store::EndpointKey>({"maps", "/geocode"}));
        QVERIFY(!model.tenantIdAt(0));
        QVERIFY(!model.data(model.index(0, 0), models::IdRole).isValid());
    }
};

QTEST_GUILESS_MAIN(TestUsageRankingModel)
#include "tst_usage_ranking_model.moc"

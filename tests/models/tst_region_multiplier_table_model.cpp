#include <models/item_roles.h>
#include <models/region_multiplier_table_model.h>

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace meterdesk;
using models::RegionMultiplierTableModel;

class TestRegionMultiplierTableModel : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void editsRegionsAndBasisPoints_data() {
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("typed");
        QTest::addColumn<bool>("accepted");
        QTest::addColumn<QString>("region");
        QTest::addColumn<qint64>("basisPoints");

        QTest::newRow("rename") << int(RegionMultiplierTableModel::Region) << " apac " << true
                                << "apac" << qint64{12'500};
        QTest::newRow("new factor") << int(RegionMultiplierTableModel::BasisPoints) << "15000"
                                    << true << "eu" << qint64{15'000};
        QTest::newRow("out of range is stored for validation")
            << int(RegionMultiplierTableModel::BasisPoints) << "0" << true << "eu" << qint64{0};
        QTest::newRow("decimal factor refused") << int(RegionMultiplierTableModel::BasisPoints)
                                                << "1.5" << false << "eu" << qint64{12'500};
        QTest::newRow("text refused") << int(RegionMultiplierTableModel::BasisPoints) << "high"
                                      << false << "eu" << qint64{12'500};
    }
    void editsRegionsAndBasisPoints() {
        QFETCH(int, column);
        QFETCH(QString, typed);
        QFETCH(bool, accepted);
        QFETCH(QString, region);
        QFETCH(qint64, basisPoints);

        RegionMultiplierTableModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setRegions({{"eu", 12'500}, {"us", 10'000}});
        QSignalSpy refused(&model, &RegionMultiplierTableModel::editRefused);

        QCOMPARE(model.setData(model.index(0, column), typed), accepted);
        QCOMPARE(refused.count(), accepted ? 0 : 1);
        QCOMPARE(QString::fromStdString(model.regions()[0].region), region);
        QCOMPARE(model.regions()[0].basisPoints, basisPoints);
        QCOMPARE(model.regions()[1].basisPoints, 10'000);
    }

    void showsTheFactorAsATooltip_data() {
        QTest::addColumn<qint64>("basisPoints");
        QTest::addColumn<QString>("factor");

        QTest::newRow("one") << qint64{10'000} << "×1.00";
        QTest::newRow("quarter more") << qint64{12'500} << "×1.25";
        QTest::newRow("one basis point") << qint64{10'001} << "×1.0001";
        QTest::newRow("half") << qint64{5'000} << "×0.50";
    }
    void showsTheFactorAsATooltip() {
        QFETCH(qint64, basisPoints);
        QFETCH(QString, factor);
        RegionMultiplierTableModel model;
        model.setRegions({{"eu", basisPoints}});
        const QModelIndex cell = model.index(0, RegionMultiplierTableModel::BasisPoints);
        QCOMPARE(model.data(cell, Qt::ToolTipRole).toString(), factor);
        QCOMPARE(model.data(cell, models::RawValueRole).toLongLong(), basisPoints);
    }

    void insertsNeutralRegionsAndRemoves() {
        RegionMultiplierTableModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setRegions({{"eu", 12'500}});
        QVERIFY(model.insertRows(0, 1));
        QCOMPARE(model.rowCount(), 2);
        QVERIFY(model.regions()[0].region.empty());
        QCOMPARE(model.regions()[0].basisPoints, billing::kBasisPointsPerWhole);
        QVERIFY(model.removeRows(1, 1));
        QCOMPARE(model.rowCount(), 1);
        QVERIFY(model.regions()[0].region.empty());
        QVERIFY(!model.removeRows(0, 2));
    }

    void mapsRegionFieldsToColumns_data() {
        QTest::addColumn<QString>("field");
        QTest::addColumn<int>("column");
        QTest::newRow("whole region") << "" << int(RegionMultiplierTableModel::Region);
        QTest::newRow("name") << "region" << int(RegionMultiplierTableModel::Region);
        QTest::newRow("basis points")
            << "basisPoints" << int(RegionMultiplierTableModel::BasisPoints);
        QTest::newRow("unknown") << "factor" << -1;
    }
    void mapsRegionFieldsToColumns() {
        QFETCH(QString, field);
        QFETCH(int, column);
        QCOMPARE(RegionMultiplierTableModel::columnForField(field.toStdString()), column);
    }
};

QTEST_GUILESS_MAIN(TestRegionMultiplierTableModel)
#include "tst_region_multiplier_table_model.moc"

#include "sandbox_data.h"

#include <models/database_session.h>
#include <models/item_roles.h>
#include <models/plan_list_model.h>
#include <models/plan_version_list_model.h>

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace meterdesk;
using models::DatabaseSession;
using models::PlanListModel;
using models::PlanVersionListModel;
using VersionState = PlanVersionListModel::VersionState;

class TestPlanModels : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() {
        data_ = std::make_unique<SandboxData>("tpm");
        scheduledPlan_ = data_->createPlan("scheduled", true);
        steadyPlan_ = data_->createPlan("steady");
        data_->createTenant("on-steady", steadyPlan_);
        session_.open({{}, {}, "tst_plan_models"});
    }

    void cleanupTestCase() { data_.reset(); }

    void listsPlansWithTheVersionInForce_data() {
        QTest::addColumn<bool>("scheduled");
        QTest::addColumn<int>("versions");
        QTest::addColumn<bool>("hasNextVersion");
        QTest::addColumn<qint64>("tenants");

        QTest::newRow("with a scheduled version") << true << 2 << true << qint64{0};
        QTest::newRow("steady") << false << 1 << false << qint64{1};
    }
    void listsPlansWithTheVersionInForce() {
        QFETCH(bool, scheduled);
        QFETCH(int, versions);
        QFETCH(bool, hasNextVersion);
        QFETCH(qint64, tenants);
        PlanListModel model(session_);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QTRY_VERIFY(model.rowCount() > 0 && !model.isLoading());

        const int row = model.rowOfPlan(scheduled ? scheduledPlan_ : steadyPlan_);
        QVERIFY(row >= 0);
        const auto cell = [&](int column) {
            return model.index(row, column).data(models::RawValueRole);
        };
        QCOMPARE(cell(PlanListModel::VersionInForce).toInt(), 1);
        QCOMPARE(cell(PlanListModel::Versions).toInt(), versions);
        QCOMPARE(cell(PlanListModel::NextVersionFrom).isValid(), hasNextVersion);
        QCOMPARE(cell(PlanListModel::Tenants).toLongLong(), tenants);
        QCOMPARE(model.planAt(row).name, std::string(scheduled ? "Plan scheduled" : "Plan steady"));
        QCOMPARE(model.rowOfPlan("no-such-plan"), -1);
    }

    // The tenants page's plan filter skips the counting, which reads every tenant.
    void listsPlansWithoutCountingTenants() {
        PlanListModel model(session_, store::TenantCounts::Skipped);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QTRY_VERIFY(model.rowCount() > 0 && !model.isLoading());
        const int row = model.rowOfPlan(steadyPlan_);
        QVERIFY(row >= 0);
        QVERIFY(!model.index(row, PlanListModel::Tenants).data(models::RawValueRole).isValid());
        QVERIFY(!model.planAt(row).tenantCount.has_value());
        QCOMPARE(model.index(row, PlanListModel::Versions).data(models::RawValueRole).toInt(), 1);
    }

    void listsAPlansVersions() {
        PlanVersionListModel model(session_);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy loaded(&model, &PlanVersionListModel::planLoaded);
        model.setPlan(QString::fromStdString(scheduledPlan_));
        QVERIFY(loaded.wait(10'000));

        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.latestVersionNumber(), 2);
        QVERIFY(model.versionInForce() != nullptr);
        QCOMPARE(model.versionInForce()->version, 1);
        QCOMPARE(model.index(0, PlanVersionListModel::State).data(models::RawValueRole).toInt(),
                 int(VersionState::InForce));
        QCOMPARE(model.index(1, PlanVersionListModel::State).data(models::RawValueRole).toInt(),
                 int(VersionState::Scheduled));
        QCOMPARE(model.index(1, PlanVersionListModel::MonthlyAllowance)
                     .data(models::RawValueRole)
                     .toLongLong(),
                 qint64{2'000'000});
        QCOMPARE(model.index(0, PlanVersionListModel::Rules).data().toInt(), 1);

        model.setPlan({});
        QCOMPARE(loaded.count(), 2);
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.latestVersionNumber(), 0);
        QVERIFY(model.versionInForce() == nullptr);
    }

private:
    std::unique_ptr<SandboxData> data_;
    std::string scheduledPlan_;
    std::string steadyPlan_;
    DatabaseSession session_;
};

QTEST_GUILESS_MAIN(TestPlanModels)
#include "tst_plan_models.moc"

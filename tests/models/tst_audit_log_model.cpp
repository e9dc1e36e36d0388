#include "sandbox_data.h"

#include <models/audit_log_model.h>
#include <models/database_session.h>
#include <models/item_roles.h>

#include <QAbstractItemModelTester>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

#include <functional>
#include <memory>

using namespace meterdesk;
using models::AuditLogModel;
using models::DatabaseSession;

namespace {

constexpr int kRenames = 250; // with the INSERT, more than one page for one tenant

std::string nameAfter(int rename) {
    return "Renamed " + std::to_string(rename);
}

} // namespace

class TestAuditLogModel : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() {
        data_ = std::make_unique<SandboxData>("tal");
        const std::string plan = data_->createPlan("main");
        store::Tenant tenant = data_->createTenant("renamed", plan);
        store::TenantRepository tenants(data_->connection());
        for (int rename = 1; rename <= kRenames; ++rename) {
            store::TenantDraft draft{tenant.slug,
                                     nameAfter(rename),
                                     tenant.email,
                                     tenant.planCode,
                                     tenant.region,
                                     tenant.premiumAccess,
                                     tenant.lowCreditThreshold,
                                     tenant.walletAddress};
            tenant = tenants.update(tenant.id, tenant.rowVersion, draft);
        }
        tenantId_ = tenant.id;
        tenantSlug_ = tenant.slug;
        quietTenantId_ = data_->createTenant("quiet", plan).id;
        session_.open({{}, {}, "tst_audit_log_model"});
    }

    void cleanupTestCase() { data_.reset(); }

    void init() {
        model_ = std::make_unique<AuditLogModel>(session_);
        // Filtered before the tester can fetch the whole unfiltered log.
        model_->setTenantFilter(tenantId_);
        tester_ = std::make_unique<QAbstractItemModelTester>(
            model_.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QTRY_VERIFY_WITH_TIMEOUT(!model_->isLoading(), 10'000);
    }

    void cleanup() {
        tester_.reset();
        model_.reset();
    }

    void loadsOnePageAtATime() {
        // The tester fetches more by itself, so the page size shows on a model without one.
        AuditLogModel model(session_);
        load(model, [&] { model.setTenantFilter(tenantId_); });
        QCOMPARE(model.rowCount(), AuditLogModel::kPageSize);
        QVERIFY(model.canFetchMore({}));
        model.fetchMore({});
        QTRY_VERIFY(!model.isLoading());
        QCOMPARE(model.rowCount(), kRenames + 1);
        QVERIFY(!model.canFetchMore({}));
    }

    void listsATenantsChangesNewestFirst() {
        const QModelIndex newest = model_->index(0, AuditLogModel::Operation);
        QCOMPARE(newest.data().toString(), QStringLiteral("UPDATE"));
        QCOMPARE(model_->index(0, AuditLogModel::Table).data().toString(),
                 QStringLiteral("tenants"));
        const QModelIndex tenant = model_->index(0, AuditLogModel::Tenant);
        QCOMPARE(tenant.data(models::RawValueRole).toLongLong(), tenantId_);
        QCOMPARE(tenant.data().toString(), QString::fromStdString(tenantSlug_));
        QVERIFY(tenant.data(Qt::ToolTipRole).toString().contains(QString::number(tenantId_)));
        QVERIFY(
            model_->index(0, AuditLogModel::At).data(models::RawValueRole).toDateTime().isValid());

        const auto json = [&](int role) {
            return QJsonDocument::fromJson(newest.data(role).toString().toUtf8()).object();
        };
        QCOMPARE(json(AuditLogModel::BeforeJsonRole).value("name").toString(),
                 QString::fromStdString(nameAfter(kRenames - 1)));
        QCOMPARE(json(AuditLogModel::AfterJsonRole).value("name").toString(),
                 QString::fromStdString(nameAfter(kRenames)));
    }

    void fetchesOlderEntriesToTheEnd() {
        fetchAll();
        QCOMPARE(model_->rowCount(), kRenames + 1);
        QVERIFY(!model_->canFetchMore({}));
        for (int row = 1; row < model_->rowCount(); ++row) {
            QVERIFY(model_->index(row, 0).data(models::IdRole).toLongLong() <
                    model_->index(row - 1, 0).data(models::IdRole).toLongLong());
        }
        const int oldest = model_->rowCount() - 1;
        QCOMPARE(model_->index(oldest, AuditLogModel::Operation).data().toString(),
                 QStringLiteral("INSERT"));
        QVERIFY(model_->index(oldest, 0).data(AuditLogModel::BeforeJsonRole).toString().isEmpty());
    }

    void filters_data() {
        QTest::addColumn<QString>("table");
        QTest::addColumn<QString>("operatorName");
        QTest::addColumn<int>("hoursFromNow"); // the range starts then; 0 for no range
        QTest::addColumn<int>("rows");

        const QString self = QString::fromLocal8Bit(qgetenv("PGUSER"));
        QTest::newRow("its table") << "tenants"
                                   << "" << 0 << kRenames + 1;
        QTest::newRow("another table") << "plans"
                                       << "" << 0 << 0;
        QTest::newRow("its operator") << "" << self << 0 << kRenames + 1;
        QTest::newRow("another operator") << ""
                                          << "nobody" << 0 << 0;
        QTest::newRow("since an hour ago") << ""
                                           << "" << -1 << kRenames + 1;
        QTest::newRow("from an hour ahead") << ""
                                            << "" << 1 << 0;
    }
    void filters() {
        QFETCH(QString, table);
        QFETCH(QString, operatorName);
        QFETCH(int, hoursFromNow);
        QFETCH(int, rows);
        load([&] {
            model_->setTableFilter(table);
            model_->setOperatorFilter(operatorName);
            if (hoursFromNow != 0) {
                const auto now =
                    std::chrono::floor<std::chrono::seconds>(std::chrono::system_clock::now());
                model_->setTimeRange(now + std::chrono::hours{hoursFromNow}, std::nullopt);
            }
        });
        fetchAll();
        QCOMPARE(model_->rowCount(), rows);
    }

    void anotherTenantHasItsOwnLog() {
        load([&] { model_->setTenantFilter(quietTenantId_); });
        QCOMPARE(model_->rowCount(), 1);
        QCOMPARE(model_->entryAt(0).tenantId, std::optional<std::int64_t>(quietTenantId_));
    }

    void namesADeletedTenantByItsId() {
        const std::int64_t goneId = data_->createTenant("gone", data_->createPlan("gone")).id;
        {
            pqxx::work work(data_->connection());
            work.exec_params0("DELETE FROM meter.tenants WHERE tenant_id = $1", goneId);
            work.commit();
        }
        load([&] { model_->setTenantFilter(goneId); });
        QCOMPARE(model_->rowCount(), 2); // created, deleted
        const QModelIndex tenant = model_->index(0, AuditLogModel::Tenant);
        QCOMPARE(tenant.data().toString(), QString::number(goneId));
        QCOMPARE(tenant.data(Qt::ToolTipRole).toString(),
                 AuditLogModel::tr("Tenant %1, which no longer exists").arg(goneId));
    }

    void offersTheTablesAndOperatorsInTheLog() {
        QSignalSpy loaded(model_.get(), &AuditLogModel::filterChoicesLoaded);
        model_->loadFilterChoices();
        QVERIFY(loaded.wait(5'000));
        QVERIFY(loaded.at(0).at(0).toStringList().contains(QStringLiteral("tenants")));
        QVERIFY(
            loaded.at(0).at(1).toStringList().contains(QString::fromLocal8Bit(qgetenv("PGUSER"))));
    }

private:
    // Runs a change of the filter and waits until its first page is shown.
    static void load(AuditLogModel& model, const std::function<void()>& change) {
        // Whatever ran before must not pass for the query under test.
        QTRY_VERIFY_WITH_TIMEOUT(!model.isLoading(), 10'000);
        QSignalSpy loading(&model, &AuditLogModel::loadingChanged);
        change();
        QTRY_VERIFY_WITH_TIMEOUT(!loading.isEmpty() && !model.isLoading(), 10'000);
    }
    void load(const std::function<void()>& change) { load(*model_, change); }

    static void fetchAll(AuditLogModel& model) {
        while (model.canFetchMore({})) {
            model.fetchMore({});
            QTRY_VERIFY_WITH_TIMEOUT(!model.isLoading(), 10'000);
        }
    }
    void fetchAll() { fetchAll(*model_); }

    std::unique_ptr<SandboxData> data_;
    std::int64_t tenantId_ = 0;
    std::int64_t quietTenantId_ = 0;
    std::string tenantSlug_;
    DatabaseSession session_;
    std::unique_ptr<AuditLogModel> model_;
    std::unique_ptr<QAbstractItemModelTester> tester_;
};

QTEST_GUILESS_MAIN(TestAuditLogModel)
#include "tst_audit_log_model.moc"

#include "sandbox_data.h"

#include <models/alert_model.h>
#include <models/api_key_model.h>
#include <models/database_session.h>
#include <models/item_roles.h>
#include <models/ledger_model.h>
#include <store/alerts.h>

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

#include <functional>
#include <memory>

using namespace meterdesk;
using models::AlertModel;
using models::ApiKeyModel;
using models::DatabaseSession;
using models::LedgerModel;

// The models behind a tenant's detail panel: ledger, API keys and alerts.
class TestTenantDetailModels : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() {
        data_ = std::make_unique<SandboxData>("tdm");
        const std::string plan = data_->createPlan("main");
        tenantId_ = data_->createTenant("detail", plan).id;

        data_->topUp(tenantId_, 10'000'000);
        store::LedgerRepository(data_->connection())
            .adjust(tenantId_, billing::Credits::fromMicros(-2'500'000), "goodwill correction");

        store::TenantRepository tenants(data_->connection());
        const auto revoked = tenants.issueApiKey(tenantId_, "ci");
        tenants.issueApiKey(tenantId_, "production");
        tenants.revokeApiKey(tenantId_, revoked.key.id);

        pqxx::work work(data_->connection());
        const std::string id = std::to_string(tenantId_);
        const auto first =
            work.exec1("INSERT INTO meter.alerts (tenant_id, kind, balance_ucr) VALUES (" + id +
                       ", 'low_credit', 900000) RETURNING alert_id");
        work.exec("INSERT INTO meter.alerts (tenant_id, kind, balance_ucr) VALUES (" + id +
                  ", 'exhausted', 0)");
        work.commit();
        store::AlertRepository(data_->connection())
            .acknowledge(tenantId_, first[0].as<std::int64_t>());

        session_.open({{}, {}, "tst_tenant_detail_models"});
    }

    void cleanupTestCase() { data_.reset(); }

    void ledgerShowsRecentEntriesNewestFirst_data() {
        QTest::addColumn<int>("row");
        QTest::addColumn<int>("column");
        QTest::addColumn<int>("role");
        QTest::addColumn<QVariant>("expected");

        QTest::newRow("adjustment raw")
            << 0 << int(LedgerModel::Amount) << int(models::RawValueRole)
            << QVariant(qint64{-2'500'000});
        QTest::newRow("adjustment kind") << 0 << int(LedgerModel::Kind) << int(models::RawValueRole)
                                         << QVariant(QStringLiteral("adjustment"));
        QTest::newRow("reason") << 0 << int(LedgerModel::Reason) << int(Qt::DisplayRole)
                                << QVariant(QStringLiteral("goodwill correction"));
        QTest::newRow("top-up shown") << 1 << int(LedgerModel::Kind) << int(Qt::DisplayRole)
                                      << QVariant(QStringLiteral("Top-up"));
        QTest::newRow("top-up amount") << 1 << int(LedgerModel::Amount) << int(Qt::DisplayRole)
                                       << QVariant(QStringLiteral("10.00"));
    }
    void ledgerShowsRecentEntriesNewestFirst() {
        QFETCH(int, row);
        QFETCH(int, column);
        QFETCH(int, role);
        QFETCH(QVariant, expected);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        LedgerModel model(session_);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        load(model, [&] { model.setTenant(tenantId_); });
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(row, column).data(role), expected);

        load(model, [&] { model.setTenant(std::nullopt); });
        QCOMPARE(model.rowCount(), 0);
    }

    void apiKeysShowWhichAreRevoked() {
        ApiKeyModel model(session_);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        load(model, [&] { model.setTenant(tenantId_); });
        QCOMPARE(model.rowCount(), 2);
        int revoked = 0;
        for (int row = 0; row < model.rowCount(); ++row) {
            const QModelIndex status = model.index(row, ApiKeyModel::Revoked);
            const bool isRevoked = status.data(models::RawValueRole).isValid();
            QCOMPARE(model.index(row, ApiKeyModel::Label).data().toString(),
                     isRevoked ? QStringLiteral("ci") : QStringLiteral("production"));
            QCOMPARE(model.keyAt(row).revokedAt.has_value(), isRevoked);
            QVERIFY(!model.index(row, ApiKeyModel::Prefix).data().toString().isEmpty());
            revoked += isRevoked ? 1 : 0;
        }
        QCOMPARE(revoked, 1);
    }

    void alertsOfATenant_data() {
        QTest::addColumn<bool>("unacknowledgedOnly");
        QTest::addColumn<QStringList>("kinds");

        QTest::newRow("all") << false << QStringList{"exhausted", "low_credit"};
        QTest::newRow("open only") << true << QStringList{"exhausted"};
    }
    void alertsOfATenant() {
        QFETCH(bool, unacknowledgedOnly);
        QFETCH(QStringList, kinds);
        AlertModel model(session_);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        load(model, [&] {
            model.setUnacknowledgedOnly(unacknowledgedOnly);
            model.setTenant(tenantId_);
        });
        QStringList shown;
        for (int row = 0; row < model.rowCount(); ++row) {
            shown << model.index(row, AlertModel::Kind).data(models::RawValueRole).toString();
            QCOMPARE(model.index(row, AlertModel::Tenant).data().toString(),
                     QString::fromStdString(data_->prefix() + "-detail"));
        }
        QCOMPARE(shown, kinds);
        const bool firstAcknowledged = model.index(model.rowCount() - 1, AlertModel::Acknowledged)
                                           .data(models::RawValueRole)
                                           .isValid();
        QCOMPARE(firstAcknowledged, !unacknowledgedOnly);
    }

private:
    void load(models::SessionTableModel& model, const std::function<void()>& change) {
        QSignalSpy loading(&model, &models::SessionTableModel::loadingChanged);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        change();
        QTRY_VERIFY_WITH_TIMEOUT(!reset.isEmpty() && !model.isLoading(), 10'000);
    }

    std::unique_ptr<SandboxData> data_;
    std::int64_t tenantId_ = 0;
    DatabaseSession session_;
};

QTEST_GUILESS_MAIN(TestTenantDetailModels)
#include "tst_tenant_detail_models.moc"

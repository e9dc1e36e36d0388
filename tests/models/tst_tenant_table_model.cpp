#include "paged_model_support.h"
#include "sandbox_data.h"

#include <models/database_session.h>
#include <models/item_roles.h>
#include <models/tenant_table_model.h>

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

#include <algorithm>
#include <functional>
#include <memory>
#include <set>

using namespace meterdesk;
using models::DatabaseSession;
using models::TenantTableModel;

namespace {

constexpr int kTenants = 450; // more than two pages
constexpr int kSecondPlanEvery = 7;
constexpr int kSuspendedEvery = 5;
constexpr int kToppedUpEvery = 3; // the others stay at or under their threshold

std::string suffixOf(int number) {
    return "t" + QString::number(number).rightJustified(3, u'0').toStdString();
}

int expectedCount(const std::function<bool(int)>& matches) {
    int count = 0;
    for (int number = 1; number <= kTenants; ++number) {
        count += matches(number) ? 1 : 0;
    }
    return count;
}

} // namespace

class TestTenantTableModel : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() {
        data_ = std::make_unique<SandboxData>("tmt");
        mainPlan_ = data_->createPlan("main");
        secondPlan_ = data_->createPlan("second");
        for (int number = 1; number <= kTenants; ++number) {
            const std::string plan = number % kSecondPlanEvery == 0 ? secondPlan_ : mainPlan_;
            const store::Tenant tenant = data_->createTenant(suffixOf(number), plan, 5'000'000);
            if (number % kToppedUpEvery == 0) {
                data_->topUp(tenant.id, 100'000'000 + number);
            }
            if (number % kSuspendedEvery == 0) {
                store::TenantRepository(data_->connection())
                    .setStatus(tenant.id, tenant.rowVersion, store::TenantStatus::Suspended);
            }
        }
        session_.open({{}, {}, "tst_tenant_table_model"});
    }

    void cleanupTestCase() { data_.reset(); }

    void init() {
        model_ = std::make_unique<TenantTableModel>(session_);
        tester_ = std::make_unique<QAbstractItemModelTester>(
            model_.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        // Only this run's tenants, whatever else the sandbox holds.
        search(QString::fromStdString(data_->prefix()));
    }

    void cleanup() {
        tester_.reset();
        model_.reset();
    }

    void loadsOnePageThenFetchesToTheEnd() {
        // The tester fetches more by itself, so the page size shows on a model without one.
        TenantTableModel model(session_);
        load(model, [&] { model.setSearch(QString::fromStdString(data_->prefix())); });
        QCOMPARE(model.rowCount(), TenantTableModel::kPageSize);
        QVERIFY(model.canFetchMore({}));
        fetchAllPages(model);
        QCOMPARE(model.rowCount(), kTenants);
        QVERIFY(!model.canFetchMore({}));
        std::set<qint64> ids;
        for (int row = 0; row < model.rowCount(); ++row) {
            ids.insert(model.index(row, 0).data(models::IdRole).toLongLong());
        }
        QCOMPARE(static_cast<int>(ids.size()), kTenants);
    }

    void searchesSlugNameAndEmail_data() {
        QTest::addColumn<QString>("suffix"); // appended to the run's prefix
        QTest::addColumn<int>("rows");

        QTest::newRow("slug") << "-t00" << 9;
        QTest::newRow("one slug") << "-t123" << 1;
        QTest::newRow("email domain") << ".example" << kTenants;
        QTest::newRow("nothing") << "-zzz" << 0;
    }
    void searchesSlugNameAndEmail() {
        QFETCH(QString, suffix);
        QFETCH(int, rows);
        search(QString::fromStdString(data_->prefix()) + suffix);
        fetchAll();
        QCOMPARE(model_->rowCount(), rows);
    }

    void searchesNames() {
        search(QStringLiteral("Tenant t042 of ") + QString::fromStdString(data_->prefix()));
        QCOMPARE(model_->rowCount(), 1);
        QCOMPARE(model_->tenantAt(0).slug, data_->prefix() + "-t042");
    }

    void filters_data() {
        QTest::addColumn<int>("filter");
        QTest::addColumn<int>("rows");

        QTest::newRow("suspended")
            << 0 << expectedCount([](int n) { return n % kSuspendedEvery == 0; });
        QTest::newRow("second plan")
            << 1 << expectedCount([](int n) { return n % kSecondPlanEvery == 0; });
        QTest::newRow("low balance")
            << 2 << expectedCount([](int n) { return n % kToppedUpEvery != 0; });
    }
    void filters() {
        QFETCH(int, filter);
        QFETCH(int, rows);
        load([&] {
            switch (filter) {
            case 0:
                model_->setStatusFilter(store::TenantStatus::Suspended);
                break;
            case 1:
                model_->setPlanFilter(QString::fromStdString(secondPlan_));
                break;
            default:
                model_->setLowBalanceOnly(true);
            }
        });
        fetchAll();
        QCOMPARE(model_->rowCount(), rows);

        load([&] {
            model_->setStatusFilter(std::nullopt);
            model_->setPlanFilter({});
            model_->setLowBalanceOnly(false);
        });
        fetchAll();
        QCOMPARE(model_->rowCount(), kTenants);
    }

    void sortsOnTheServer_data() {
        QTest::addColumn<int>("column");
        QTest::addColumn<Qt::SortOrder>("order");

        QTest::newRow("slug descending") << int(TenantTableModel::Slug) << Qt::DescendingOrder;
        QTest::newRow("balance ascending") << int(TenantTableModel::Balance) << Qt::AscendingOrder;
        QTest::newRow("balance descending")
            << int(TenantTableModel::Balance) << Qt::DescendingOrder;
        QTest::newRow("status") << int(TenantTableModel::Status) << Qt::AscendingOrder;
        QTest::newRow("created") << int(TenantTableModel::Created) << Qt::DescendingOrder;
    }
    void sortsOnTheServer() {
        QFETCH(int, column);
        QFETCH(Qt::SortOrder, order);
        load([&] { model_->sort(column, order); });
        fetchAll();
        QCOMPARE(model_->rowCount(), kTenants);
        for (int row = 1; row < model_->rowCount(); ++row) {
            const QVariant previous = model_->index(row - 1, column).data(models::RawValueRole);
            const QVariant current = model_->index(row, column).data(models::RawValueRole);
            const auto ordering = QVariant::compare(previous, current);
            QVERIFY2(order == Qt::AscendingOrder ? ordering <= 0 : ordering >= 0,
                     qPrintable(QStringLiteral("row %1: %2 then %3")
                                    .arg(row)
                                    .arg(previous.toString(), current.toString())));
        }
    }

    void aNewerQuerySupersedesOneInFlight() {
        QSignalSpy reset(model_.get(), &QAbstractItemModel::modelReset);
        model_->setStatusFilter(store::TenantStatus::Suspended);
        model_->setStatusFilter(store::TenantStatus::Active);
        QTRY_VERIFY(!model_->isLoading());
        // Only the newest query's rows were ever shown.
        QCOMPARE(reset.count(), 1);
        fetchAll();
        QCOMPARE(model_->rowCount(), expectedCount([](int n) { return n % kSuspendedEvery != 0; }));
    }

    void typingQueriesAtOnceThenOnceAfterThePause() {
        const std::string prefix = data_->prefix();
        QTest::qWait(2 * TenantTableModel::kSearchDelay.count()); // the operator pauses
        model_->setSearch(QString::fromStdString(prefix + "-t"));
        QCOMPARE(model_->query().search, prefix + "-t");
        QVERIFY(model_->isLoading());
        for (const std::string& typed : {prefix + "-t1", prefix + "-t12"}) {
            model_->setSearch(QString::fromStdString(typed));
            QCOMPARE(model_->query().search, prefix + "-t"); // still the first keystroke's
        }
        QTRY_COMPARE(model_->query().search, prefix + "-t12");
        QTRY_VERIFY(!model_->isLoading());
        QCOMPARE(model_->rowCount(), 10); // t120 to t129
    }

    void showsBalancesFormattedAndRaw() {
        search(QString::fromStdString(data_->prefix()) + "-t003");
        QCOMPARE(model_->rowCount(), 1);
        const QModelIndex balance = model_->index(0, TenantTableModel::Balance);
        QCOMPARE(balance.data(models::RawValueRole).toLongLong(), qint64{100'000'003});
        QCOMPARE(balance.data().toString(),
                 QLocale().toString(100) + QLocale().decimalPoint() + "000003");
    }

    void refreshesAnEditedRow() {
        const int row = 4;
        store::Tenant tenant = model_->tenantAt(row);
        store::TenantDraft draft{tenant.slug,
                                 "Renamed " + tenant.slug,
                                 tenant.email,
                                 tenant.planCode,
                                 tenant.region,
                                 tenant.premiumAccess,
                                 tenant.lowCreditThreshold,
                                 tenant.walletAddress};
        store::TenantRepository(data_->connection()).update(tenant.id, tenant.rowVersion, draft);

        QSignalSpy changed(model_.get(), &QAbstractItemModel::dataChanged);
        model_->refreshTenant(tenant.id);
        QVERIFY(changed.wait(5'000));
        QCOMPARE(changed.at(0).at(0).toModelIndex().row(), row);
        QCOMPARE(model_->index(row, TenantTableModel::Name).data().toString(),
                 QString::fromStdString("Renamed " + tenant.slug));
        QCOMPARE(model_->tenantAt(row).rowVersion, tenant.rowVersion + 1);
    }

private:
    // Runs a change of the query and waits until its first page is shown.
    static void load(TenantTableModel& model, const std::function<void()>& change) {
        // Whatever ran before must not pass for the query under test.
        QTRY_VERIFY_WITH_TIMEOUT(!model.isLoading(), 10'000);
        QSignalSpy loading(&model, &TenantTableModel::loadingChanged);
        change();
        QTRY_VERIFY_WITH_TIMEOUT(!loading.isEmpty() && !model.isLoading(), 10'000);
    }
    void load(const std::function<void()>& change) { load(*model_, change); }

    void search(const QString& text) {
        load([&] { model_->setSearch(text); });
    }

    void fetchAll() { fetchAllPages(*model_); }

    std::unique_ptr<SandboxData> data_;
    std::string mainPlan_;
    std::string secondPlan_;
    DatabaseSession session_;
    std::unique_ptr<TenantTableModel> model_;
    std::unique_ptr<QAbstractItemModelTester> tester_;
};

QTEST_GUILESS_MAIN(TestTenantTableModel)
#include "tst_tenant_table_model.moc"

// The Invoices page's list against the real metering database: a period's invoices and the
// tenants still to invoice, paged, searched by tenant and filtered by status, through the
// QAbstractItemModelTester.
#include "../models/paged_model_support.h"
#include "../models/sandbox_data.h"

#include <models/database_session.h>
#include <models/invoice_list_model.h>
#include <models/item_roles.h>
#include <store/invoice_builder.h>
#include <store/invoices.h>

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

#include <functional>
#include <limits>
#include <memory>
#include <set>
#include <tuple>
#include <utility>

using namespace meterdesk;
using models::DatabaseSession;
using models::InvoiceListModel;
using store::InvoiceListFilter;
using store::InvoicePeriod;

namespace {

// More than one page; every tenant has usage in the period.
constexpr int kTenants = 230;
constexpr int kIssuedEvery = 5; // of them, every second one is voided again
constexpr int kVoidedEvery = 10;
constexpr int kDraftEvery = 7; // a saved draft, unless issued
const InvoicePeriod kPeriod = InvoicePeriod::month(2025, 3);
const InvoicePeriod kQuietPeriod = InvoicePeriod::month(2025, 4);

std::string suffixOf(int number) {
    return "t" + QString::number(number).rightJustified(3, u'0').toStdString();
}

bool issued(int n) {
    return n % kIssuedEvery == 0 && n % kVoidedEvery != 0;
}
bool voided(int n) {
    return n % kVoidedEvery == 0;
}
bool draft(int n) {
    return n % kDraftEvery == 0 && n % kIssuedEvery != 0;
}
bool notInvoiced(int n) {
    return !issued(n) && !draft(n); // a voided invoice frees the period again
}

int expectedCount(const std::function<bool(int)>& matches) {
    int count = 0;
    for (int n = 1; n <= kTenants; ++n)
        count += matches(n) ? 1 : 0;
    return count;
}

} // namespace

class TestInvoiceListModel : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() {
        data_ = std::make_unique<SandboxData>("ilm");
        const std::string plan = data_->createPlan("main");
        std::vector<std::int64_t> ids;
        // Invoices keep their tenant (a foreign key), and SandboxData keeps the tenants that
        // have ledger entries: every tenant of the period gets one.
        for (int n = 1; n <= kTenants; ++n) {
            ids.push_back(data_->createTenant(suffixOf(n), plan).id);
            data_->topUp(ids.back(), 1'000'000);
        }
        // One tenant without usage: it is no row unless it has an invoice.
        data_->createTenant("idle", plan);

        auto& connection = data_->connection();
        {
            pqxx::work work(connection);
            work.exec_params(
                R"(INSERT INTO meter.usage_rollups (tenant_id, minute, service, endpoint,
                                                   allowed_calls, units, credits_ucr)
                   SELECT t.tenant_id, to_timestamp($2) + interval '1 hour', 'search', '/v1/query',
                          3, 3, 1500000
                     FROM meter.tenants t WHERE t.slug LIKE $1 || '-t%')",
                data_->prefix(), sql_epoch(kPeriod.start));
            work.commit();
        }
        store::InvoiceRepository invoices(connection);
        const store::InvoiceRun run(connection, kPeriod);
        for (int n = 1; n <= kTenants; ++n) {
            const std::int64_t id = ids[static_cast<std::size_t>(n - 1)];
            if (n % kIssuedEvery == 0) {
                const auto invoice = invoices.issueNew(run.build(connection, id));
                if (voided(n))
                    invoices.voidInvoice(id, invoice.id, "wrong address");
            } else if (draft(n)) {
                invoices.saveDraft(run.build(connection, id));
            }
        }
        session_.open({{}, {}, "tst_invoice_list_model"});
    }

    void cleanupTestCase() { data_.reset(); }

    void init() {
        model_ = std::make_unique<InvoiceListModel>(session_, kPeriod);
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
        InvoiceListModel model(session_, kPeriod);
        load(model, [&] { model.setTenantSearch(QString::fromStdString(data_->prefix())); });
        QCOMPARE(model.rowCount(), InvoiceListModel::kPageSize);
        QVERIFY(model.canFetchMore({}));
        fetchAllPages(model);
        const int all = kTenants + expectedCount(voided);
        QCOMPARE(model.rowCount(), all);
        QVERIFY(!model.canFetchMore({}));
        std::set<std::pair<qint64, qint64>> keys;
        for (int row = 0; row < model.rowCount(); ++row) {
            keys.insert({model.index(row, 0).data(InvoiceListModel::TenantIdRole).toLongLong(),
                         model.index(row, 0).data(models::IdRole).toLongLong()});
        }
        QCOMPARE(static_cast<int>(keys.size()), all);
    }

    void ordersByTenantThenInvoice() {
        fetchAll();
        for (int row = 1; row < model_->rowCount(); ++row) {
            const auto& previous = model_->rowAt(row - 1);
            const auto& current = model_->rowAt(row);
            QVERIFY2(std::tie(previous.tenantSlug, previous.tenantId) <=
                         std::tie(current.tenantSlug, current.tenantId),
                     qPrintable(QString::fromStdString(previous.tenantSlug + " then " +
                                                       current.tenantSlug)));
        }
    }

    void filtersByStatus_data() {
        QTest::addColumn<int>("filter");
        QTest::addColumn<int>("rows");
        QTest::addColumn<QString>("status"); // RawValueRole of the Status column

        QTest::newRow("not invoiced")
            << int(InvoiceListFilter::NotInvoiced) << expectedCount(notInvoiced) << "not_invoiced";
        QTest::newRow("draft") << int(InvoiceListFilter::Draft) << expectedCount(draft) << "draft";
        QTest::newRow("issued") << int(InvoiceListFilter::Issued) << expectedCount(issued)
                                << "issued";
        QTest::newRow("void") << int(InvoiceListFilter::Void) << expectedCount(voided) << "void";
    }
    void filtersByStatus() {
        QFETCH(int, filter);
        QFETCH(int, rows);
        QFETCH(QString, status);
        load([&] { model_->setFilter(static_cast<InvoiceListFilter>(filter)); });
        fetchAll();
        QCOMPARE(model_->rowCount(), rows);
        for (int row = 0; row < model_->rowCount(); ++row) {
            QCOMPARE(
                model_->index(row, InvoiceListModel::Status).data(models::RawValueRole).toString(),
                status);
        }
    }

    void searchesTheTenant() {
        // t010 was issued and voided, so it is both a void invoice and a tenant to invoice.
        search(QString::fromStdString(data_->prefix()) + "-t010");
        QCOMPARE(model_->rowCount(), 2);
        QCOMPARE(model_->index(0, InvoiceListModel::Status).data().toString(),
                 InvoiceListModel::tr("Not invoiced"));
        QVERIFY(!model_->rowAt(0).isInvoiced());
        QCOMPARE(model_->index(1, InvoiceListModel::Status).data().toString(),
                 InvoiceListModel::tr("Void"));
        QVERIFY(model_->index(1, InvoiceListModel::Status)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("wrong address")));
        QVERIFY(model_->index(1, InvoiceListModel::Number).data().toString().startsWith("MD-"));
    }

    void showsTotalsFormattedAndRaw() {
        // t005 is issued: 1.5 credits of usage plus the platform fee and the region's tax, at
        // whatever rates the sandbox's settings hold.
        search(QString::fromStdString(data_->prefix()) + "-t005");
        QCOMPARE(model_->rowCount(), 1);
        const auto& row = model_->rowAt(0);
        QCOMPARE(row.status, std::optional(store::InvoiceStatus::Issued));
        const QModelIndex credits = model_->index(0, InvoiceListModel::Credits);
        QCOMPARE(credits.data(models::RawValueRole).toLongLong(), qint64{row.total.micros()});
        QVERIFY(row.total.micros() >= 1'500'000);
        const QModelIndex total = model_->index(0, InvoiceListModel::Total);
        QCOMPARE(total.data().toString(),
                 models::formatMinorUnits(row.totalMinor, row.currencyDecimals,
                                          QString::fromStdString(row.currency)));
        QVERIFY(total.data().toString().endsWith(QString::fromStdString(row.currency)));
        QVERIFY(model_->index(0, InvoiceListModel::Issued).data(models::RawValueRole).isValid());
    }

    void formatsMinorUnits_data() {
        QTest::addColumn<qint64>("minor");
        QTest::addColumn<int>("decimals");
        QTest::addColumn<QString>("text");

        QTest::newRow("cents") << qint64{123456} << 2 << "1,234.56 EUR";
        QTest::newRow("small") << qint64{5} << 2 << "0.05 EUR";
        QTest::newRow("negative") << qint64{-250} << 2 << "-2.50 EUR";
        QTest::newRow("no decimals") << qint64{1500} << 0 << "1,500 EUR";
        QTest::newRow("most negative")
            << qint64{std::numeric_limits<qint64>::min()} << 0 << "-9,223,372,036,854,775,808 EUR";
    }
    void formatsMinorUnits() {
        QFETCH(qint64, minor);
        QFETCH(int, decimals);
        QFETCH(QString, text);
        QCOMPARE(models::formatMinorUnits(minor, decimals, QStringLiteral("EUR"),
                                          QLocale(QLocale::English, QLocale::UnitedStates)),
                 text);
    }

    void aPeriodWithoutUsageOrInvoicesIsEmpty() {
        load([&] { model_->setPeriod(kQuietPeriod); });
        QCOMPARE(model_->rowCount(), 0);
        load([&] { model_->setPeriod(kPeriod); });
        // At least the first page: the tester may already have fetched more.
        QVERIFY(model_->rowCount() >= InvoiceListModel::kPageSize);
    }

    void aNewerQuerySupersedesOneInFlight() {
        QSignalSpy reset(model_.get(), &QAbstractItemModel::modelReset);
        model_->setFilter(InvoiceListFilter::Void);
        model_->setFilter(InvoiceListFilter::Issued);
        QTRY_VERIFY(!model_->isLoading());
        QCOMPARE(reset.count(), 1);
        fetchAll();
        QCOMPARE(model_->rowCount(), expectedCount(issued));
    }

private:
    static long long sql_epoch(std::chrono::sys_seconds at) {
        return static_cast<long long>(at.time_since_epoch().count());
    }

    // Runs a change of the query and waits until its first page is shown.
    static void load(InvoiceListModel& model, const std::function<void()>& change) {
        QTRY_VERIFY_WITH_TIMEOUT(!model.isLoading(), 10'000);
        QSignalSpy loaded(&model, &InvoiceListModel::firstPageLoaded);
        change();
        QTRY_VERIFY_WITH_TIMEOUT(!loaded.isEmpty() && !model.isLoading(), 10'000);
    }
    void load(const std::function<void()>& change) { load(*model_, change); }

    void search(const QString& text) {
        load([&] { model_->setTenantSearch(text); });
    }

    void fetchAll() { fetchAllPages(*model_); }

    std::unique_ptr<SandboxData> data_;
    DatabaseSession session_;
    std::unique_ptr<InvoiceListModel> model_;
    std::unique_ptr<QAbstractItemModelTester> tester_;
};

QTEST_GUILESS_MAIN(TestInvoiceListModel)
#include "tst_invoice_list_model.moc"

#include <store/connection.h>
#include <store/errors.h>
#include <store/ledger.h>
#include <store/tenants.h>

#include <QDateTime>
#include <QTest>

#include <pqxx/pqxx>

#include <algorithm>
#include <set>

using namespace meterdesk;
using billing::Credits;
using store::TenantSort;

namespace {

// Unique per run, so the suite can run again against the same database: the ledger is
// append-only, so tenants with history are never deleted.
const std::string slugPrefix =
    "tst-repo-" + std::to_string(QDateTime::currentMSecsSinceEpoch() % 100'000'000) + "-";

store::TenantDraft draft(int n) {
    store::TenantDraft d;
    d.slug = slugPrefix + std::to_string(n);
    d.name = "Repo Tenant " + std::to_string((n * 7) % 13);
    d.email = "owner" + std::to_string(n) + "@example.com";
    d.planCode = "tst-repo-plan";
    d.region = n % 2 ? "eu" : "us";
    d.lowCreditThreshold = Credits::fromMicros(1'000'000);
    return d;
}

} // namespace

class TestTenantRepository : public QObject {
    Q_OBJECT

    std::unique_ptr<pqxx::connection> connection_;
    static constexpr int tenantCount = 23;

private slots:
    void initTestCase() {
        connection_ = store::connect({});
        pqxx::work work(*connection_);
        work.exec(
            R"(INSERT INTO meter.plans (code, name) VALUES ('tst-repo-plan', 'Repository test plan')
                     ON CONFLICT DO NOTHING)");
        work.commit();
        store::TenantRepository tenants(*connection_);
        store::LedgerRepository ledger(*connection_);
        for (int n = 0; n < tenantCount; ++n) {
            const auto tenant = tenants.create(draft(n));
            ledger.topUp(tenant.id, Credits::fromMicros((n % 5) * 1'000'000 + 1),
                         "initial credits");
        }
    }

    void keysetPagingVisitsEveryTenantOnceInOrder_data() {
        QTest::addColumn<TenantSort>("sort");
        QTest::addColumn<bool>("descending");
        QTest::addColumn<int>("pageSize");
        for (TenantSort sort : {TenantSort::Slug, TenantSort::Name, TenantSort::Email,
                                TenantSort::Region, TenantSort::Balance, TenantSort::Created}) {
            const auto label = std::to_string(static_cast<int>(sort));
            QTest::newRow(("sort " + label + " ascending, page 5").c_str()) << sort << false << 5;
            QTest::newRow(("sort " + label + " descending, page 4").c_str()) << sort << true << 4;
        }
        QTest::newRow("one page holds all") << TenantSort::Slug << false << 100;
        QTest::newRow("page size 1") << TenantSort::Balance << true << 1;
    }

    void keysetPagingVisitsEveryTenantOnceInOrder() {
        QFETCH(TenantSort, sort);
        QFETCH(bool, descending);
        QFETCH(int, pageSize);

        store::TenantRepository tenants(*connection_);
        store::TenantQuery query;
        query.search = slugPrefix;
        query.sort = sort;
        query.descending = descending;

        std::vector<store::Tenant> seen;
        std::optional<store::TenantCursor> cursor;
        do {
            auto page = tenants.page(query, cursor, pageSize);
            QVERIFY(static_cast<int>(page.rows.size()) <= pageSize);
            seen.insert(seen.end(), page.rows.begin(), page.rows.end());
            cursor = page.next;
        } while (cursor);

        QCOMPARE(static_cast<int>(seen.size()), tenantCount);
        std::set<std::int64_t> ids;
        for (const auto& tenant : seen)
            ids.insert(tenant.id);
        QCOMPARE(static_cast<int>(ids.size()), tenantCount);
        const auto keyOf = [sort](const store::Tenant& t) {
            return store::TenantRepository::cursorFor(t, sort);
        };
        for (std::size_t i = 1; i < seen.size(); ++i) {
            const auto a = keyOf(seen[i - 1]);
            const auto b = keyOf(seen[i]);
            const bool numeric = sort == TenantSort::Balance || sort == TenantSort::Created;
            const auto less = [numeric](const store::TenantCursor& x,
                                        const store::TenantCursor& y) {
                if (x.sortKey != y.sortKey)
                    return numeric ? std::stoll(x.sortKey) < std::stoll(y.sortKey)
                                   : x.sortKey < y.sortKey;
                return x.id < y.id;
            };
            QVERIFY2(descending ? less(b, a) : less(a, b), "rows out of order across pages");
        }
    }

    void filtersNarrowTheResult_data() {
        QTest::addColumn<QString>("search");
        QTest::addColumn<bool>("lowBalanceOnly");
        QTest::addColumn<int>("expected");
        const QString prefix = QString::fromStdString(slugPrefix);
        QTest::newRow("substring of slug") << prefix + "1" << false << 11; // 1, 10..19
        QTest::newRow("email") << "owner22@" << false << 1;
        QTest::newRow("case-insensitive name") << "REPO TENANT 12" << false << 1;
        QTest::newRow("low balance") << prefix << true << 5; // n % 5 == 0: 0.000001 credits
        QTest::newRow("wildcards are literal") << "tst_repo%" << false << 0;
    }

    void filtersNarrowTheResult() {
        QFETCH(QString, search);
        QFETCH(bool, lowBalanceOnly);
        QFETCH(int, expected);
        store::TenantQuery query;
        query.search = search.toStdString();
        query.lowBalanceOnly = lowBalanceOnly;
        const auto page = store::TenantRepository(*connection_).page(query, std::nullopt, 1000);
        const auto matching = std::count_if(page.rows.begin(), page.rows.end(), [](const auto& t) {
            return t.slug.starts_with(slugPrefix);
        });
        QCOMPARE(static_cast<int>(matching), expected);
    }

    void staleUpdateIsRefusedAndChangesNothing() {
        store::TenantRepository tenants(*connection_);
        const auto original = tenants.findBySlug(slugPrefix + "3").value();
        auto edit = draft(3);
        edit.name = "First operator's name";
        const auto updated = tenants.update(original.id, original.rowVersion, edit);
        QCOMPARE(updated.rowVersion, original.rowVersion + 1);

        edit.name = "Second operator's name";
        try {
            tenants.update(original.id, original.rowVersion, edit);
            QFAIL("a stale update was accepted");
        } catch (const store::StoreError& error) {
            QCOMPARE(error.kind(), store::StoreError::Kind::StaleRowVersion);
        }
        QCOMPARE(tenants.find(original.id)->name, std::string("First operator's name"));
    }

    void invalidDraftNamesEveryField_data() {
        QTest::addColumn<QString>("slug");
        QTest::addColumn<QString>("email");
        QTest::addColumn<QString>("wallet");
        QTest::addColumn<QStringList>("fields");
        QTest::newRow("bad slug") << "Bad Slug"
                                  << "a@b.co"
                                  << "" << QStringList{"slug"};
        QTest::newRow("bad email") << "ok"
                                   << "nope"
                                   << "" << QStringList{"email"};
        QTest::newRow("bad wallet") << "ok"
                                    << "a@b.co"
                                    << "0xABC" << QStringList{"walletAddress"};
        QTest::newRow("all three") << "-x"
                                   << "@"
                                   << "12" << QStringList{"slug", "email", "walletAddress"};
    }

    void invalidDraftNamesEveryField() {
        QFETCH(QString, slug);
        QFETCH(QString, email);
        QFETCH(QString, wallet);
        QFETCH(QStringList, fields);
        auto d = draft(99);
        d.slug = slug.toStdString();
        d.email = email.toStdString();
        if (!wallet.isEmpty())
            d.walletAddress = wallet.toStdString();
        QStringList named;
        for (const auto& issue : store::validate(d))
            named << QString::fromStdString(issue.field);
        QCOMPARE(named, fields);
    }
};

QTEST_GUILESS_MAIN(TestTenantRepository)
#include "tst_tenant_repository.moc"

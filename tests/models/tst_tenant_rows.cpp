#include <models/tenant_rows.h>

#include <QTest>

using namespace meterdesk;
using billing::Credits;
using models::TenantRows;

Q_DECLARE_METATYPE(store::Tenant)
Q_DECLARE_METATYPE(std::optional<std::size_t>)

namespace {

store::Tenant tenant(std::int64_t id, std::string slug, std::string name,
                     std::optional<std::string> wallet, std::string region) {
    store::Tenant tenant;
    tenant.id = id;
    tenant.slug = std::move(slug);
    tenant.name = std::move(name);
    tenant.email = "billing@" + tenant.slug + ".example";
    tenant.status = id % 2 == 0 ? store::TenantStatus::Suspended : store::TenantStatus::Active;
    tenant.planCode = id % 3 == 0 ? "pro" : "starter";
    tenant.region = std::move(region);
    tenant.premiumAccess = id % 2 == 1;
    tenant.lowCreditThreshold = Credits::fromMicros(id * 1'000);
    tenant.walletAddress = std::move(wallet);
    tenant.balance = Credits::fromMicros(-id * 7);
    tenant.createdAt = std::chrono::sys_seconds{std::chrono::seconds{1'700'000'000 + id}};
    tenant.rowVersion = static_cast<int>(id) + 1;
    return tenant;
}

void compareTenants(const store::Tenant& actual, const store::Tenant& expected) {
    QCOMPARE(actual.id, expected.id);
    QCOMPARE(actual.slug, expected.slug);
    QCOMPARE(actual.name, expected.name);
    QCOMPARE(actual.email, expected.email);
    QVERIFY(actual.status == expected.status); // store::toString would confuse QCOMPARE
    QCOMPARE(actual.planCode, expected.planCode);
    QCOMPARE(actual.region, expected.region);
    QCOMPARE(actual.premiumAccess, expected.premiumAccess);
    QCOMPARE(actual.lowCreditThreshold, expected.lowCreditThreshold);
    QCOMPARE(actual.walletAddress, expected.walletAddress);
    QCOMPARE(actual.balance, expected.balance);
    QCOMPARE(actual.createdAt, expected.createdAt);
    QCOMPARE(actual.rowVersion, expected.rowVersion);
}

} // namespace

class TestTenantRows : public QObject {
    Q_OBJECT

private slots:
    void keepsEveryField_data() {
        QTest::addColumn<store::Tenant>("original");

        QTest::newRow("plain") << tenant(1, "acme", "Acme Corp", std::nullopt, "eu");
        QTest::newRow("wallet") << tenant(2, "beta", "Beta", "0x" + std::string(40, 'a'), "us");
        QTest::newRow("no region") << tenant(3, "gamma", "Gamma", std::nullopt, "");
        QTest::newRow("utf-8 name")
            << tenant(4, "delta", "Δelta Straße 株式会社", std::nullopt, "eu");
        QTest::newRow("empty wallet text") << tenant(5, "eps", "Eps", std::string(), "eu");
        QTest::newRow("long name")
            << tenant(6, "zeta", std::string(200, 'z'), std::nullopt, "apac");
    }
    void keepsEveryField() {
        QFETCH(store::Tenant, original);
        TenantRows rows;
        rows.append({tenant(100, "before", "Before", std::nullopt, "eu"), original});
        QCOMPARE(rows.size(), std::size_t{2});
        compareTenants(rows.at(1), original);
        QCOMPARE(rows.slug(1), std::string_view(original.slug));
        QCOMPARE(rows.name(1), std::string_view(original.name));
        QCOMPARE(rows.email(1), std::string_view(original.email));
        QCOMPARE(rows.planCode(1), std::string_view(original.planCode));
        QCOMPARE(rows.region(1), std::string_view(original.region));
    }

    void replacesFindsAndErases() {
        TenantRows rows;
        rows.append({tenant(1, "a", "A", std::nullopt, "eu"),
                     tenant(2, "b", "B", std::nullopt, "us"),
                     tenant(3, "c", "C", std::nullopt, "eu")});
        QCOMPARE(rows.find(2), std::optional<std::size_t>(1));
        QCOMPARE(rows.find(9), std::optional<std::size_t>());

        const store::Tenant renamed = tenant(2, "b", "Bee", "0x" + std::string(40, 'b'), "apac");
        rows.replace(1, renamed);
        compareTenants(rows.at(1), renamed);

        rows.erase(0);
        QCOMPARE(rows.size(), std::size_t{2});
        QCOMPARE(rows.id(0), 2);
        QCOMPARE(rows.find(3), std::optional<std::size_t>(1));

        rows.clear();
        QCOMPARE(rows.size(), std::size_t{0});
    }

    void findsWhateverTheHint_data() {
        QTest::addColumn<std::int64_t>("tenantId");
        QTest::addColumn<std::optional<std::size_t>>("hint");
        QTest::addColumn<std::optional<std::size_t>>("row");
        using Row = std::optional<std::size_t>;
        QTest::newRow("no hint") << std::int64_t{3} << Row() << Row(2);
        QTest::newRow("the right row") << std::int64_t{3} << Row(2) << Row(2);
        QTest::newRow("another tenant's row") << std::int64_t{3} << Row(0) << Row(2);
        QTest::newRow("past the end") << std::int64_t{3} << Row(7) << Row(2);
        QTest::newRow("absent tenant, hinted") << std::int64_t{9} << Row(1) << Row();
    }

    void findsWhateverTheHint() {
        QFETCH(std::int64_t, tenantId);
        QFETCH(std::optional<std::size_t>, hint);
        QFETCH(std::optional<std::size_t>, row);
        TenantRows rows;
        rows.append({tenant(1, "a", "A", std::nullopt, "eu")});
        rows.append(
            {tenant(2, "b", "B", std::nullopt, "us"), tenant(3, "c", "C", std::nullopt, "eu")});
        QCOMPARE(rows.find(tenantId, hint), row);
    }

    // Pages arrive as blocks, each compacted with its own plan codes and regions: rows read the
    // same whichever block holds them, and erasing or replacing keeps the blocks' row numbers.
    void readsAcrossBlocks() {
        TenantRows rows;
        std::vector<store::Tenant> expected;
        const std::vector<std::vector<std::string>> blockRegions = {
            {"eu", "us"}, {"apac"}, {"us", "sa", "eu"}};
        std::int64_t id = 1;
        for (const auto& regions : blockRegions) {
            std::vector<store::Tenant> page;
            for (const std::string& region : regions) {
                page.push_back(
                    tenant(id, "t" + std::to_string(id), "T" + std::to_string(id),
                           id % 2 == 0 ? std::optional("0x" + std::string(40, 'c')) : std::nullopt,
                           region));
                ++id;
            }
            expected.insert(expected.end(), page.begin(), page.end());
            rows.append(TenantRows::Block(page));
        }
        rows.append(TenantRows::Block(std::vector<store::Tenant>{}));
        QCOMPARE(rows.size(), expected.size());
        for (std::size_t row = 0; row < expected.size(); ++row) {
            compareTenants(rows.at(row), expected[row]);
            QCOMPARE(rows.region(row), std::string_view(expected[row].region));
            QCOMPARE(rows.planCode(row), std::string_view(expected[row].planCode));
        }

        // The second block has one row: erasing it removes the block.
        rows.erase(2);
        expected.erase(expected.begin() + 2);
        const store::Tenant moved = tenant(6, "t6", "Moved", std::nullopt, "oceania");
        rows.replace(4, moved);
        expected[4] = moved;
        QCOMPARE(rows.size(), expected.size());
        for (std::size_t row = 0; row < expected.size(); ++row) {
            compareTenants(rows.at(row), expected[row]);
            QCOMPARE(rows.find(expected[row].id), std::optional<std::size_t>(row));
        }
        QCOMPARE(rows.find(3), std::optional<std::size_t>());
    }
};

QTEST_GUILESS_MAIN(TestTenantRows)
#include "tst_tenant_rows.moc"

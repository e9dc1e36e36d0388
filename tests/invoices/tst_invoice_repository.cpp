// Invoices against the real metering database: generation from rollups (split at a tariff
// change, with allowance, refunds, fee, tax and escrow settlements), equality with the raw
// events, issuing and its content hash, one invoice per period, drafts, credit notes and
// voiding, immutability enforced by the database, roles, and a rolled-back issue leaving no gap.
#include "../unit/billing_test_support.h"

#include <store/connection.h>
#include <store/errors.h>
#include <store/invoice_builder.h>
#include <store/invoices.h>
#include <store/ledger.h>
#include <store/tenants.h>

#include <QDateTime>
#include <QRegularExpression>
#include <QTest>

#include <pqxx/pqxx>

#include <algorithm>

using namespace meterdesk;
using billing::Credits;
using billing_test::credits;
using store::InvoicePeriod;
using store::StoreError;

namespace {

// Unique per run: the ledger and issued invoices are kept forever, so nothing is cleaned up.
const std::string run = std::to_string(QDateTime::currentMSecsSinceEpoch() % 100'000'000);
const std::string planCode = "tst-inv-" + run;
const std::string taxRegion = "tstinvoice";
const InvoicePeriod kOctober = InvoicePeriod::month(2026, 10);

std::string slug(const char* name) {
    return "tst-inv-" + run + "-" + name;
}

// "kind service endpoint version calls units credits": a line as the fixtures write it.
QString described(const store::InvoiceItem& item) {
    return QStringLiteral("%1 %2 %3 %4 %5 %6 %7")
        .arg(QString::fromUtf8(store::toString(item.kind)),
             QString::fromStdString(item.service.empty() ? "-" : item.service),
             QString::fromStdString(item.endpoint.empty() ? "-" : item.endpoint),
             item.planVersion ? QString::number(*item.planVersion) : QStringLiteral("-"))
        .arg(item.calls)
        .arg(item.units)
        .arg(QString::fromStdString(item.amount.toString()));
}

QString statusOf(const store::Invoice& invoice) {
    return QString::fromUtf8(store::toString(invoice.status));
}

// The SQLSTATE a statement fails with, or "" when it succeeds (and is rolled back anyway).
std::string failureOf(pqxx::connection& connection, const std::string& statement,
                      const std::string& role = {}) {
    pqxx::work work(connection);
    try {
        if (!role.empty())
            work.exec("SET LOCAL ROLE " + role);
        work.exec(statement);
    } catch (const pqxx::insufficient_privilege&) {
        return "42501"; // libpqxx 6.4 throws this one without its SQLSTATE
    } catch (const pqxx::sql_error& e) {
        return e.sqlstate();
    }
    return {};
}

} // namespace

class TestInvoiceRepository : public QObject {
    Q_OBJECT

    std::unique_ptr<pqxx::connection> connection_;
    std::int64_t october_ = 0; // the tenant with the hand-computed October
    std::int64_t metered_ = 0; // the tenant metered for real this month
    std::int64_t spare_ = 0;   // drafts, voiding, rollback

    std::int64_t createTenant(const char* name, const std::string& region) {
        store::TenantDraft draft;
        draft.slug = slug(name);
        draft.name = std::string("Invoice Test ") + name;
        draft.email = draft.slug + "@example.com";
        draft.planCode = planCode;
        draft.region = region;
        return store::TenantRepository(*connection_).create(draft).id;
    }

    void exec(const std::string& statement) {
        pqxx::work work(*connection_);
        work.exec(statement);
        work.commit();
    }

    // Plan with version 1 since September and version 2 from 16 October 12:00 UTC: /search gets
    // cheaper; /upload is priced per method. No allowance: grants come from the ledger fixture.
    // Versions already in force take their rules only in the transaction that creates them.
    void createPlan() {
        const std::string plan = "'" + planCode + "'";
        exec("INSERT INTO meter.plans (code, name) VALUES (" + plan +
             ", 'Invoice tests');"
             "INSERT INTO meter.plan_versions (plan_code, version, effective_from, "
             "rate_limit_requests, rate_limit_period_s) VALUES (" +
             plan + ", 1, '2026-09-01T00:00:00Z', 1000000, 1), (" + plan +
             ", 2, '2026-10-16T12:00:00Z', 1000000, 1);"
             "INSERT INTO meter.endpoint_rules (plan_code, version, service, endpoint, method, "
             "per_call_ucr, per_unit_ucr) VALUES (" +
             plan + ", 1, 'api', '/search', '*', 2000, 0), (" + plan +
             ", 2, 'api', '/search', '*', 1000, 0), (" + plan +
             ", 1, 'api', '/upload', 'POST', 0, 100), (" + plan +
             ", 2, 'api', '/upload', 'POST', 0, 100), (" + plan +
             ", 2, 'api', '/upload', 'PUT', 500, 100);"
             "INSERT INTO meter.region_multipliers VALUES (" +
             plan + ", 2, 'eu', 12500)");
    }

    void addRollup(std::int64_t tenant, const char* minute, const char* endpoint, int allowed,
                   int denied, int units, std::int64_t creditsUcr) {
        exec(
            "INSERT INTO meter.usage_rollups (tenant_id, minute, service, endpoint, allowed_calls, "
            "denied_rate_limited, units, credits_ucr) VALUES (" +
            std::to_string(tenant) + ", '" + minute + "', 'api', '" + endpoint + "', " +
            std::to_string(allowed) + ", " + std::to_string(denied) + ", " + std::to_string(units) +
            ", " + std::to_string(creditsUcr) + ")");
    }

    void addLedger(std::int64_t tenant, const char* kind, const char* at, std::int64_t amountUcr) {
        exec("INSERT INTO meter.ledger (tenant_id, kind, amount_ucr, reason, created_at) VALUES (" +
             std::to_string(tenant) + ", '" + kind + "', " + std::to_string(amountUcr) +
             ", 'invoice test', '" + at + "')");
    }

    // Transaction hashes are unique in the database, so they end with the run's digits.
    static std::string escrowHash(char mark) {
        return "0x" + std::string(64 - run.size(), mark) + run;
    }

    void addEscrowDecision(std::int64_t tenant, char mark, const char* at, const char* status) {
        const std::string hash = escrowHash(mark);
        const std::string resolved = std::string(status) == "pending" ? "NULL" : "now()";
        const std::string block = std::string(status) == "pending" ? "NULL" : "42";
        exec(
            "INSERT INTO meter.escrow_decisions (tenant_id, chain_id, contract_address, escrow_id, "
            "action, to_payee, signer_address, tx_hash, nonce, status, block_number, decided_at, "
            "resolved_at) VALUES (" +
            std::to_string(tenant) + ", 31337, '0x" + std::string(40, '1') + "', '0x" +
            std::string(64, mark) + "', 'settle', 5, '0x" + std::string(40, '2') + "', '" + hash +
            "', 0, '" + status + "', " + block + ", '" + at + "', " + resolved + ")");
    }

    // October of tenant `october_`, computed by hand below.
    void fillOctober() {
        const auto t = october_;
        addRollup(t, "2026-09-30T23:59:00Z", "/search", 999, 0, 999, 999'000'000); // September
        addRollup(t, "2026-10-05T10:00:00Z", "/search", 1000, 0, 1000, 2'000'000);
        addRollup(t, "2026-10-16T11:59:00Z", "/search", 500, 7, 500, 1'000'000);
        addRollup(t, "2026-10-16T12:00:00Z", "/search", 300, 0, 300, 300'000); // version 2
        addRollup(t, "2026-10-31T23:59:00Z", "/search", 200, 0, 200, 200'000);
        addRollup(t, "2026-10-20T08:00:00Z", "/upload", 10, 10, 5000, 500'000);
        addRollup(t, "2026-10-21T08:00:00Z", "/admin", 0, 5, 0, 0);                // only denials
        addRollup(t, "2026-11-01T00:00:00Z", "/search", 999, 0, 999, 999'000'000); // November
        addLedger(t, "top_up", "2026-10-02T09:00:00Z", 100'000'000);
        addLedger(t, "grant", "2026-10-01T00:00:00Z", 2'000'000);
        addLedger(t, "refund", "2026-10-20T09:00:00Z", 500'000);
        addLedger(t, "top_up", "2026-11-02T09:00:00Z", 7'000'000); // November
        addEscrowDecision(t, 'a', "2026-10-22T10:00:00Z", "confirmed");
        addEscrowDecision(t, 'b', "2026-10-23T10:00:00Z", "pending");
        addEscrowDecision(t, 'c', "2026-11-03T10:00:00Z", "confirmed");
    }

    store::Invoice builtOctober() const {
        return store::InvoiceBuilder(*connection_).build(october_, kOctober);
    }

    int lastNumber() const {
        return pqxx::read_transaction(*connection_)
            .exec1("SELECT coalesce((SELECT last_number FROM meter.invoice_numbers WHERE year = "
                   "extract(year FROM now() AT TIME ZONE 'UTC')), 0)")[0]
            .as<int>();
    }

private slots:
    void initTestCase() {
        connection_ = store::connect({});
        exec("UPDATE meter.billing_settings SET currency = 'EUR', minor_units_per_credit_scaled = "
             "100, "
             "rate_decimals = 0, currency_decimals = 2, platform_fee_basis_points = 250");
        exec("INSERT INTO meter.tax_rates VALUES ('" + taxRegion +
             "', 1900) ON CONFLICT (region) DO UPDATE SET basis_points = 1900");
        createPlan();
        october_ = createTenant("october", taxRegion);
        metered_ = createTenant("metered", "eu");
        spare_ = createTenant("spare", "");
        fillOctober();
        addRollup(spare_, "2026-10-10T10:00:00Z", "/search", 10, 0, 10, 20'000);
    }

    void linesComeFromTheRollupsSplitAtTheTariffChange() {
        const QStringList expected{
            "usage api /search 1 1500 1500 3", "usage api /search 2 500 500 0.5",
            "usage api /upload 2 10 5000 0.5", "allowance - - - 0 0 -2",
            "refund - - - 0 0 -0.5",           "escrow - - - 0 0 0",
        };
        QStringList actual;
        const auto invoice = builtOctober();
        for (const auto& item : invoice.items)
            actual << described(item);
        QCOMPARE(actual, expected);
        QCOMPARE(invoice.items[0].coversUntil,
                 std::optional(billing_test::utc("2026-10-16T12:00:00Z")));
        QCOMPARE(invoice.items[0].perCall, std::optional(credits("0.002")));
        QCOMPARE(invoice.items[1].perCall, std::optional(credits("0.001")));
        QCOMPARE(invoice.items[5].reference, escrowHash('a'));
    }

    void totalsApplyFeeTaxAndRate() {
        const auto invoice = builtOctober();
        // 1.5 credits billed; fee 2.5 %; tax 19 % on 1.5375; one euro per credit.
        QCOMPARE(invoice.totals.subtotal, credits("1.5"));
        QCOMPARE(invoice.totals.platformFee, credits("0.0375"));
        QCOMPARE(invoice.totals.tax, credits("0.292125"));
        QCOMPARE(invoice.totals.total, credits("1.829625"));
        QCOMPARE(invoice.currencyTotals.subtotal, qint64{150});
        QCOMPARE(invoice.currencyTotals.platformFee, qint64{4}); // 3.75 cents
        QCOMPARE(invoice.currencyTotals.tax, qint64{29});        // 19 % of 154 = 29.26
        QCOMPARE(invoice.currencyTotals.total, qint64{183});
        QCOMPARE(invoice.fees.taxBasisPoints, qint64{1900});
    }

    void aRunOverThePeriodBuildsWhatTheSingleBuilderBuilds() {
        const store::InvoiceRun run(*connection_, kOctober);
        const auto& tenants = run.tenants();
        QVERIFY(std::is_sorted(tenants.begin(), tenants.end()));
        QVERIFY(std::find(tenants.begin(), tenants.end(), metered_) == tenants.end()); // no usage
        for (const auto tenant : {october_, spare_}) {
            QVERIFY(std::find(tenants.begin(), tenants.end(), tenant) != tenants.end());
            const auto fromRun = run.build(*connection_, tenant);
            const auto alone = store::InvoiceBuilder(*connection_).build(tenant, kOctober);
            QCOMPARE(fromRun.items, alone.items);
            QCOMPARE(fromRun.totals, alone.totals);
            QCOMPARE(fromRun.customer.slug, alone.customer.slug);
        }
    }

    void theCreditAccountComesFromTheLedger() {
        const auto account = builtOctober().account;
        QCOMPARE(account.topUps, credits("100"));
        QCOMPARE(account.grants, credits("2"));
        QCOMPARE(account.refunds, credits("0.5"));
        QCOMPARE(account.usage, Credits());
    }

    void rollupsGiveWhatTheRawEventsGive() {
        store::LedgerRepository(*connection_).topUp(metered_, credits("1000"), "metering test");
        QString events;
        const char* endpoints[] = {"/search", "/upload", "/missing"};
        const char* methods[] = {"GET", "POST", "PUT"};
        const char* regions[] = {"eu", "us", ""};
        for (int i = 0; i < 240; ++i) {
            events +=
                QStringLiteral(R"(%1{"tenant":"%2","service":"api","endpoint":"%3","method":"%4",)"
                               R"("units":%5,"region":"%6"})")
                    .arg(i == 0 ? "" : ",", QString::fromStdString(slug("metered")),
                         endpoints[i % 3], methods[(i / 3) % 3])
                    .arg(1 + i % 7)
                    .arg(regions[(i / 9) % 3]);
        }
        exec("SELECT count(*) FROM meter.track_batch('[" + events.toStdString() + "]')");

        const auto now = std::chrono::floor<std::chrono::seconds>(std::chrono::system_clock::now());
        const InvoicePeriod month{billing::monthStart(now), billing::nextMonthStart(now)};
        QStringList fromRollups;
        for (const auto& item : store::InvoiceBuilder(*connection_).build(metered_, month).items) {
            if (item.kind == store::InvoiceLineKind::Usage)
                fromRollups << QStringLiteral("%1 %2 %3 %4 %5")
                                   .arg(QString::fromStdString(item.service),
                                        QString::fromStdString(item.endpoint))
                                   .arg(item.calls)
                                   .arg(item.units)
                                   .arg(item.amount.micros());
        }
        QStringList fromEvents;
        for (const auto& row :
             pqxx::read_transaction(*connection_)
                 .exec_params(
                     R"(SELECT service, endpoint, count(*) FILTER (WHERE decision = 'allowed'),
                           coalesce(sum(units) FILTER (WHERE decision = 'allowed'), 0), sum(credits_ucr)
                      FROM meter.usage_events
                     WHERE tenant_id = $1 AND occurred_at >= to_timestamp($2) AND occurred_at < to_timestamp($3)
                     GROUP BY service, endpoint
                    HAVING count(*) FILTER (WHERE decision = 'allowed') > 0 OR sum(credits_ucr) <> 0
                     ORDER BY service, endpoint)",
                     metered_, month.start.time_since_epoch().count(),
                     month.end.time_since_epoch().count())) {
            fromEvents << QStringLiteral("%1 %2 %3 %4 %5")
                              .arg(row[0].c_str(), row[1].c_str(), row[2].c_str(), row[3].c_str(),
                                   row[4].c_str());
        }
        QCOMPARE(fromRollups.size(), qsizetype{2}); // /missing is not in the plan: all denied
        QCOMPARE(fromRollups, fromEvents);
    }

    void issuingNumbersAndSealsTheInvoice() {
        const auto built = builtOctober();
        const int before = lastNumber();
        const auto issued = store::InvoiceRepository(*connection_).issueNew(built);

        const QString year = QString::number(QDateTime::currentDateTimeUtc().date().year());
        QCOMPARE(QString::fromStdString(issued.number.value()),
                 QStringLiteral("MD-%1-%2").arg(year).arg(before + 1, 6, 10, QChar(u'0')));
        QCOMPARE(statusOf(issued), QStringLiteral("issued"));
        QVERIFY(issued.issuedAt.has_value());
        QCOMPARE(issued.items, built.items);
        QCOMPARE(issued.totals, built.totals);
        QCOMPARE(issued.currencyTotals, built.currencyTotals);
        QVERIFY(QRegularExpression("^[0-9a-f]{64}$")
                    .match(QString::fromStdString(issued.contentSha256))
                    .hasMatch());
        const bool sealed =
            pqxx::read_transaction(*connection_)
                .exec_params1("SELECT meter.invoice_content_sha256(i) = i.content_sha256 "
                              "FROM meter.invoices i WHERE tenant_id = $1 AND invoice_id = $2",
                              october_, issued.id)[0]
                .as<bool>();
        QVERIFY(sealed);
        const auto found =
            store::InvoiceRepository(*connection_).findByNumber(issued.number.value());
        QCOMPARE(found.value().id, issued.id);
    }

    void aPeriodIsInvoicedOnlyOnce() {
        const auto number = store::InvoiceRepository(*connection_)
                                .list({kOctober, october_, store::InvoiceStatus::Issued})
                                .at(0)
                                .number.value();
        try {
            store::InvoiceRepository(*connection_).issueNew(builtOctober());
            QFAIL("a second invoice for the period was issued");
        } catch (const StoreError& e) {
            QCOMPARE(e.kind(), StoreError::Kind::ConstraintViolated);
            QVERIFY2(QString(e.what()).contains(QString::fromStdString(number)), e.what());
        }
    }

    void issuedInvoicesRefuseEveryChange_data() {
        QTest::addColumn<QString>("statement");
        QTest::addColumn<QString>("role");
        const QString invoice = QStringLiteral("tenant_id = %1 AND status = 'issued'");
        QTest::newRow("change a total")
            << "UPDATE meter.invoices SET total_ucr = total_ucr + 1 WHERE " + invoice << "";
        QTest::newRow("change the number")
            << "UPDATE meter.invoices SET number = 'MD-2026-999999' WHERE " + invoice << "";
        QTest::newRow("back to draft")
            << "UPDATE meter.invoices SET status = 'draft' WHERE " + invoice << "";
        QTest::newRow("delete it") << "DELETE FROM meter.invoices WHERE " + invoice << "";
        QTest::newRow("delete it as billing")
            << "DELETE FROM meter.invoices WHERE " + invoice << "meterdesk_billing";
        QTest::newRow("change a line")
            << "UPDATE meter.invoice_lines SET amount_ucr = 0 WHERE tenant_id = %1"
            << "";
        QTest::newRow("delete a line") << "DELETE FROM meter.invoice_lines WHERE tenant_id = %1"
                                       << "";
        QTest::newRow("add a line as billing")
            << "INSERT INTO meter.invoice_lines (tenant_id, invoice_id, position, kind, "
               "description, "
               "amount_ucr, amount_minor) SELECT tenant_id, invoice_id, 99, 'usage', 'extra', 1, 1 "
               "FROM meter.invoices WHERE " +
                   invoice
            << "meterdesk_billing";
        QTest::newRow("truncate") << "TRUNCATE meter.invoices CASCADE"
                                  << "";
    }

    void issuedInvoicesRefuseEveryChange() {
        QFETCH(QString, statement);
        QFETCH(QString, role);
        const auto before = store::InvoiceRepository(*connection_)
                                .list({kOctober, october_, store::InvoiceStatus::Issued})
                                .at(0);
        const QString sql =
            statement.contains(QStringLiteral("%1")) ? statement.arg(october_) : statement;
        QCOMPARE(
            QString::fromStdString(failureOf(*connection_, sql.toStdString(), role.toStdString())),
            QStringLiteral("23000"));
        const auto after = store::InvoiceRepository(*connection_).find(october_, before.id).value();
        QCOMPARE(after.contentSha256, before.contentSha256);
        QCOMPARE(after.totals, before.totals);
        QCOMPARE(after.items.size(), builtOctober().items.size());
    }

    void onlyBillingAndAdminIssue_data() {
        QTest::addColumn<QString>("role");
        QTest::addColumn<QString>("sqlState");
        QTest::newRow("viewer") << "meterdesk_viewer"
                                << "42501";
        QTest::newRow("support") << "meterdesk_support"
                                 << "42501";
        QTest::newRow("billing") << "meterdesk_billing"
                                 << "";
        QTest::newRow("admin") << "meterdesk_admin"
                               << "";
    }

    void onlyBillingAndAdminIssue() {
        QFETCH(QString, role);
        QFETCH(QString, sqlState);
        const auto draft =
            store::InvoiceRepository(*connection_)
                .saveDraft(store::InvoiceBuilder(*connection_).build(spare_, kOctober));
        const std::string issue = "SELECT meter.issue_invoice(" + std::to_string(spare_) + ", " +
                                  std::to_string(draft.id) + ")";
        QCOMPARE(QString::fromStdString(failureOf(*connection_, issue, role.toStdString())),
                 sqlState);
    }

    void aNewDraftReplacesTheOldOne() {
        store::InvoiceRepository invoices(*connection_);
        const auto first =
            invoices.saveDraft(store::InvoiceBuilder(*connection_).build(spare_, kOctober));
        const auto second =
            invoices.saveDraft(store::InvoiceBuilder(*connection_).build(spare_, kOctober));
        QVERIFY(second.id != first.id);
        const auto drafts = invoices.list({kOctober, spare_, store::InvoiceStatus::Draft});
        QCOMPARE(drafts.size(), std::size_t{1});
        QCOMPARE(drafts[0].id, second.id);
        QVERIFY(!invoices.find(spare_, first.id).has_value());
    }

    void aRolledBackIssueLeavesNoGap() {
        store::InvoiceRepository invoices(*connection_);
        const auto draft =
            invoices.saveDraft(store::InvoiceBuilder(*connection_).build(spare_, kOctober));
        const int before = lastNumber();
        {
            pqxx::work work(*connection_);
            work.exec_params("SELECT meter.issue_invoice($1, $2)", spare_, draft.id);
            QCOMPARE(work.exec("SELECT last_number FROM meter.invoice_numbers WHERE year = "
                               "extract(year FROM now() AT TIME ZONE 'UTC')")[0][0]
                         .as<int>(),
                     before + 1);
            work.abort();
        }
        QCOMPARE(lastNumber(), before);
        const auto issued = invoices.issue(spare_, draft.id);
        QVERIFY(issued.number.value().ends_with(
            QStringLiteral("%1").arg(before + 1, 6, 10, QChar(u'0')).toStdString()));
    }

    void aCreditNoteNegatesTheInvoiceItCorrects() {
        store::InvoiceRepository invoices(*connection_);
        const auto original =
            invoices.list({kOctober, october_, store::InvoiceStatus::Issued}).at(0);
        const auto draft = invoices.draftCreditNote(october_, original.id);
        QCOMPARE(statusOf(draft), QStringLiteral("draft"));
        QCOMPARE(draft.creditNoteFor, std::optional(original.id));
        const auto note = invoices.issue(october_, draft.id);
        QCOMPARE(note.creditNoteForNumber, original.number);
        QCOMPARE(note.totals.total, -original.totals.total);
        QCOMPARE(note.currencyTotals.total, -original.currencyTotals.total);
        const auto originalItems = invoices.find(october_, original.id).value().items;
        QCOMPARE(note.items.size(), originalItems.size());
        for (std::size_t i = 0; i < note.items.size(); ++i)
            QCOMPARE(note.items[i].amount, -originalItems[i].amount);
    }

    void voidingNeedsAReasonAndFreesThePeriod() {
        store::InvoiceRepository invoices(*connection_);
        const auto issued = invoices.list({kOctober, spare_, store::InvoiceStatus::Issued}).at(0);
        try {
            invoices.voidInvoice(spare_, issued.id, "  ");
            QFAIL("voided without a reason");
        } catch (const StoreError& e) {
            QCOMPARE(e.kind(), StoreError::Kind::InvalidArgument);
            QVERIFY2(QString(e.what()).contains("reason"), e.what());
        }
        const auto voided = invoices.voidInvoice(spare_, issued.id, "issued to the wrong tenant");
        QCOMPARE(statusOf(voided), QStringLiteral("void"));
        QCOMPARE(voided.voidReason, std::string("issued to the wrong tenant"));
        QCOMPARE(voided.contentSha256, issued.contentSha256);
        const auto again =
            invoices.issueNew(store::InvoiceBuilder(*connection_).build(spare_, kOctober));
        QCOMPARE(statusOf(again), QStringLiteral("issued"));
    }
};

QTEST_GUILESS_MAIN(TestInvoiceRepository)
#include "tst_invoice_repository.moc"

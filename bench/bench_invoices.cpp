// Invoice run: issue and export to PDF one month's invoices of 1,000 tenants whose rollups stand
// for 100 million usage events, against only reading the same rollups (the aggregate every
// invoice needs) in the same run. Target: under 60 s for the 1,000 PDFs on a 2-core machine.
// The rollups are generated with SQL, not metered. Needs the libpq environment of a fresh,
// migrated sandbox with fsync on (scripts/bench does that).
#include "bench_report.h"

#include <documents/invoice_export.h>
#include <store/connection.h>
#include <store/invoice_builder.h>
#include <store/invoices.h>

#include <QDir>
#include <QGuiApplication>
#include <QTemporaryDir>

#include <pqxx/pqxx>

#include <atomic>
#include <cstdio>
#include <string>
#include <thread>
#include <vector>

namespace {

using meterdesk::bench::printResult;
using meterdesk::bench::Stopwatch;
using namespace meterdesk;

constexpr int kTenants = 1000;
constexpr long long kEventsPerTenant = 100'000;
constexpr int kSlotMinutes = 60; // one rollup per endpoint and hour
constexpr int kWorkers = 2;      // the machine's cores
constexpr double kTargetSeconds = 60;
const store::InvoicePeriod kPeriod = store::InvoicePeriod::month(2025, 10);

// Four endpoints, version 2 (cheaper /search) from 16 October 12:00, so that every invoice has
// a line split at a tariff change; tenants spread over four tax regions.
void preparePlan(pqxx::work& work) {
    work.exec(R"(
        INSERT INTO meter.plans (code, name) VALUES ('bench-inv', 'Invoice benchmark plan');
        INSERT INTO meter.plan_versions (plan_code, version, effective_from, monthly_allowance_ucr,
                                         rate_limit_requests, rate_limit_period_s)
        VALUES ('bench-inv', 1, '2025-01-01T00:00:00Z', 50000000, 1000, 1),
               ('bench-inv', 2, '2025-10-16T12:00:00Z', 50000000, 1000, 1);
        INSERT INTO meter.endpoint_rules (plan_code, version, service, endpoint, method,
                                          per_call_ucr, per_unit_ucr)
        SELECT 'bench-inv', v, e.service, e.endpoint, '*',
               CASE WHEN v = 2 AND e.endpoint = '/search' THEN e.per_call / 2 ELSE e.per_call END, e.per_unit
          FROM (VALUES (1), (2)) AS versions (v),
               (VALUES ('maps', '/geocode', 1000, 0), ('maps', '/search', 2000, 0),
                       ('ai', '/embed', 5, 1), ('storage', '/put', 100, 10))
               AS e (service, endpoint, per_call, per_unit);
        INSERT INTO meter.tenants (slug, name, email, plan_code, region)
        SELECT format('bench-inv-%s', lpad(n::text, 4, '0')), format('Benchmark Customer %s Ltd', n),
               format('accounts%s@example.com', n), 'bench-inv', (ARRAY['eu', 'us', 'ap', 'sa'])[1 + n % 4]
          FROM generate_series(1, 1000) AS n;)");
}

// Every endpoint of every tenant, every hour of the month: calls add up to exactly
// kEventsPerTenant per tenant, credits are what the version in force charges.
void generateRollups(pqxx::work& work) {
    work.exec_params(
        R"(WITH minutes AS (
               SELECT s, to_timestamp($1::bigint) + s * make_interval(mins => $3::integer) AS minute
                 FROM generate_series(0, ($2::bigint - $1::bigint) / ($3::integer * 60) - 1) AS s),
           slots AS (
               SELECT m.s, m.minute,
                      (SELECT max(v.version) FROM meter.plan_versions v
                        WHERE v.plan_code = 'bench-inv' AND v.effective_from <= m.minute) AS version
                 FROM minutes m),
           endpoints AS (
               SELECT row_number() OVER (ORDER BY service, endpoint) - 1 AS i, service, endpoint
                 FROM meter.endpoint_rules WHERE plan_code = 'bench-inv' AND version = 1),
           shape AS (
               SELECT (SELECT count(*) FROM endpoints) AS width,
                      (SELECT count(*) FROM slots) * (SELECT count(*) FROM endpoints) AS cells)
           INSERT INTO meter.usage_rollups (tenant_id, minute, service, endpoint, allowed_calls, units,
                                            credits_ucr)
           SELECT t.tenant_id, sl.minute, e.service, e.endpoint, c.calls, c.calls * 3,
                  c.calls * (r.per_call_ucr + 3 * r.per_unit_ucr)
             FROM meter.tenants t CROSS JOIN slots sl CROSS JOIN endpoints e CROSS JOIN shape
             JOIN meter.endpoint_rules r
               ON r.plan_code = 'bench-inv' AND r.service = e.service AND r.endpoint = e.endpoint
              AND r.version = sl.version
            CROSS JOIN LATERAL (
                  SELECT $4::bigint / shape.cells
                         + CASE WHEN sl.s * shape.width + e.i < $4::bigint % shape.cells THEN 1 ELSE 0 END
                         AS calls) c
            WHERE t.plan_code = 'bench-inv')",
        kPeriod.start.time_since_epoch().count(), kPeriod.end.time_since_epoch().count(),
        kSlotMinutes, kEventsPerTenant);
    work.exec_params(
        R"(INSERT INTO meter.ledger (tenant_id, kind, amount_ucr, reason, created_at)
           SELECT t.tenant_id, k.kind, k.amount, 'benchmark', to_timestamp($1) + k.after
             FROM meter.tenants t,
                  (VALUES ('grant', 50000000, interval '0'), ('top_up', 900000000, interval '2 days'))
                  AS k (kind, amount, after)
            WHERE t.plan_code = 'bench-inv')",
        kPeriod.start.time_since_epoch().count());
}

void prepare() {
    auto connection = store::connect({});
    pqxx::work work(*connection);
    if (!work.exec("SELECT FROM meter.plans WHERE code = 'bench-inv'").empty()) {
        std::fprintf(stderr, "bench_invoices: the database has run before; use a fresh sandbox "
                             "(scripts/bench starts one)\n");
        std::exit(1);
    }
    preparePlan(work);
    generateRollups(work);
    work.commit();
    pqxx::nontransaction(*connection).exec("ANALYZE meter.usage_rollups");
    const auto totals = pqxx::read_transaction(*connection)
                            .exec1("SELECT count(*), sum(allowed_calls) FROM meter.usage_rollups r "
                                   "JOIN meter.tenants t USING (tenant_id) "
                                   "WHERE t.plan_code = 'bench-inv'");
    std::fprintf(stderr, "bench_invoices: %d tenants, %s rollup rows standing for %s events\n",
                 kTenants, totals[0].c_str(), totals[1].c_str());
}

// Runs `work(connection, tenant)` for every tenant over kWorkers threads, one connection each.
template <typename Work>
void onWorkers(const std::vector<std::int64_t>& tenants, Work work) {
    std::atomic<std::size_t> next{0};
    std::vector<std::thread> workers;
    for (int w = 0; w < kWorkers; ++w) {
        workers.emplace_back([&] {
            auto connection = store::connect({});
            for (std::size_t i = next++; i < tenants.size(); i = next++)
                work(*connection, tenants[i]);
        });
    }
    for (auto& worker : workers)
        worker.join();
}

// The baseline: the rollup sums every invoice of the period is computed from, and nothing else.
double readRollups() {
    auto connection = store::connect({});
    Stopwatch stopwatch;
    pqxx::read_transaction read(*connection);
    const auto rows = read.exec_params(
        R"(SELECT tenant_id, service, endpoint, sum(allowed_calls), sum(units), sum(credits_ucr)
             FROM meter.usage_rollups
            WHERE minute >= to_timestamp($1) AND minute < to_timestamp($2)
            GROUP BY tenant_id, service, endpoint)",
        kPeriod.start.time_since_epoch().count(), kPeriod.end.time_since_epoch().count());
    meterdesk::bench::doNotOptimize(rows.size());
    return stopwatch.elapsedSeconds();
}

// The figure: the run (one pass over the rollups), then every invoice built, issued (its own
// transaction, durable) and written as a PDF, on kWorkers threads.
double issueAndExport(const QString& folder) {
    auto connection = store::connect({});
    Stopwatch stopwatch;
    const store::InvoiceRun run(*connection, kPeriod);
    std::atomic<int> written{0};
    onWorkers(run.tenants(), [&](pqxx::connection& worker, std::int64_t tenant) {
        const auto issued = store::InvoiceRepository(worker).issueNew(run.build(worker, tenant));
        const auto name = documents::exportFileName(issued, documents::ExportFormat::Pdf);
        documents::exportInvoice(issued, documents::ExportFormat::Pdf, QDir(folder).filePath(name),
                                 QLocale(QLocale::English, QLocale::UnitedKingdom));
        ++written;
    });
    const double seconds = stopwatch.elapsedSeconds();
    if (written != kTenants) {
        std::fprintf(stderr, "bench_invoices: %d of %d invoices written\n", written.load(),
                     kTenants);
        std::exit(1);
    }
    return seconds;
}

} // namespace

int main(int argc, char* argv[]) {
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv); // fonts for the PDFs

    prepare();
    const QTemporaryDir folder;
    const double reading = readRollups();
    const double issuing = issueAndExport(folder.path());

    printResult("invoices issue+pdf 1000 tenants, 100M events (total)", issuing, "s", reading,
                "s reading rollups");
    printResult("invoices issue+pdf per invoice", 1000 * issuing / kTenants, "ms",
                1000 * reading / kTenants, "ms reading rollups");
    std::fprintf(stderr, "bench_invoices: %.1f s for %d PDFs, target under %.0f s: %s\n", issuing,
                 kTenants, kTargetSeconds, issuing < kTargetSeconds ? "met" : "MISSED");
    return 0;
}

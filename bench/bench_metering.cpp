// Metering throughput of the database's SQL API, with every check on and durable commits,
// against the raw limit of the same machine measured in the same run:
//  - meter.track_batch at batch sizes 1, 100 and 1000 over two connections, against plain
//    INSERTs of the same rows into the same partitioned usage table, batched the same way;
//  - single-event meter.track over two connections, against pgbench's simple-update.
// Needs the libpq environment of a migrated sandbox with fsync on (scripts/bench does that).
#include "bench_report.h"

#include <store/connection.h>

#include <pqxx/pqxx>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <random>
#include <regex>
#include <string>
#include <thread>
#include <vector>

namespace {

using meterdesk::bench::printResult;
using meterdesk::bench::Stopwatch;

constexpr int tenantCount = 1000;
constexpr int connections = 2;
constexpr double secondsPerRun = 4.0;

struct Endpoint {
    const char* service;
    const char* endpoint;
    const char* method;
};

constexpr Endpoint endpoints[] = {{"maps", "/geocode", "GET"},
                                  {"maps", "/route", "POST"},
                                  {"ai", "/embed", "POST"},
                                  {"storage", "/put", "PUT"}};
constexpr const char* regions[] = {"eu", "us", "ap", ""};

// Request ids unique to this run, so that running again on the same database meters new calls
// instead of answering duplicates (which charge and log nothing, and would flatter the figure).
const std::string runTag = std::to_string(std::chrono::duration_cast<std::chrono::milliseconds>(
                                              std::chrono::system_clock::now().time_since_epoch())
                                              .count());

std::vector<std::int64_t> prepareTenants(pqxx::connection& connection) {
    pqxx::work work(connection);
    work.exec(R"(
        INSERT INTO meter.plans (code, name) VALUES ('bench', 'Benchmark plan') ON CONFLICT DO NOTHING;
        INSERT INTO meter.plan_versions (plan_code, version, effective_from, monthly_allowance_ucr,
                                         rate_limit_requests, rate_limit_period_s)
        VALUES ('bench', 1, '2000-01-01', 0, 1000000000, 60) ON CONFLICT DO NOTHING;
        INSERT INTO meter.endpoint_rules (plan_code, version, service, endpoint, method,
                                          per_call_ucr, per_unit_ucr, premium)
        VALUES ('bench', 1, 'maps', '/geocode', 'GET', 1000, 0, false),
               ('bench', 1, 'maps', '/route', 'POST', 2500, 333, false),
               ('bench', 1, 'ai', '/embed', 'POST', 5, 1, false),
               ('bench', 1, 'storage', '/put', 'PUT', 100, 10, false)
        ON CONFLICT DO NOTHING;
        INSERT INTO meter.region_multipliers (plan_code, version, region, basis_points)
        VALUES ('bench', 1, 'eu', 12500), ('bench', 1, 'ap', 15000), ('bench', 1, 'us', 9999)
        ON CONFLICT DO NOTHING;)");
    work.exec_params(R"(
        INSERT INTO meter.tenants (slug, name, email, plan_code, region)
        SELECT format('bench-%s', lpad(n::text, 4, '0')), format('Bench tenant %s', n),
               format('bench%s@example.com', n), 'bench', 'eu'
          FROM generate_series(1, $1) AS n
        ON CONFLICT (slug) DO NOTHING)",
                     tenantCount);
    std::vector<std::int64_t> ids;
    for (const auto& row :
         work.exec("SELECT tenant_id FROM meter.tenants WHERE slug LIKE 'bench-%' ORDER BY slug")) {
        ids.push_back(row[0].as<std::int64_t>());
        work.exec_params("SELECT meter.top_up($1, 1000000000000000, 'benchmark credits')",
                         ids.back());
    }
    work.commit();
    // A database in service has statistics (autovacuum analyses it); a freshly made sandbox has
    // none until autovacuum's first pass, and without them the planner misjudges every table the
    // benchmark just filled.
    pqxx::nontransaction(connection).exec("ANALYZE");
    return ids;
}

// The same pseudo-random events for the API and for the baseline: as track_batch JSON, and
// as rows for a plain INSERT (with the tenant id the API would have looked up).
class EventSource {
public:
    EventSource(const std::vector<std::int64_t>& tenantIds, int stream)
        : tenantIds_(tenantIds)
        , random_(static_cast<unsigned>(stream) * 7919u + 17u)
        , stream_(stream) {}

    std::string trackBatch(int size) {
        std::string json = "[";
        for (int i = 0; i < size; ++i) {
            const Event e = next();
            json += (i ? ",{" : "{") + std::string(R"("tenant":"bench-)") + e.tenantSlugNumber +
                    R"(","service":")" + e.endpoint.service + R"(","endpoint":")" +
                    e.endpoint.endpoint + R"(","method":")" + e.endpoint.method + R"(","units":)" +
                    std::to_string(e.units) + R"(,"region":")" + e.region + R"(","request_id":")" +
                    e.requestId + "\"}";
        }
        return json + "]";
    }

    std::string insertRows(int size) {
        std::string json = "[";
        for (int i = 0; i < size; ++i) {
            const Event e = next();
            json += (i ? ",{" : "{") + std::string(R"("tenant_id":)") + std::to_string(e.tenantId) +
                    R"(,"service":")" + e.endpoint.service + R"(","endpoint":")" +
                    e.endpoint.endpoint + R"(","method":")" + e.endpoint.method + R"(","units":)" +
                    std::to_string(e.units) + R"(,"region":")" + e.region + R"(","request_id":")" +
                    e.requestId + "\"}";
        }
        return json + "]";
    }

private:
    struct Event {
        std::int64_t tenantId;
        std::string tenantSlugNumber;
        Endpoint endpoint;
        std::int64_t units;
        std::string region;
        std::string requestId;
    };

    Event next() {
        const auto tenant = static_cast<std::size_t>(random_() % tenantIds_.size());
        std::string number = std::to_string(tenant + 1);
        number.insert(0, 4 - std::min<std::size_t>(4, number.size()), '0');
        return {tenantIds_[tenant],
                number,
                endpoints[random_() % std::size(endpoints)],
                static_cast<std::int64_t>(1 + random_() % 20),
                regions[random_() % std::size(regions)],
                "b" + runTag + "-" + std::to_string(stream_) + "-" + std::to_string(sequence_++)};
    }

    const std::vector<std::int64_t>& tenantIds_;
    std::mt19937_64 random_;
    int stream_;
    std::int64_t sequence_ = 0;
};

enum class Payload { TrackEvents, InsertRows };

// Runs `statement` with a fresh JSON batch per call on `connections` connections for a fixed
// time; returns events per second.
double eventsPerSecond(const std::string& statement, int batchSize, Payload payload,
                       const std::vector<std::int64_t>& tenantIds, int streamBase) {
    std::atomic<std::int64_t> events{0};
    std::vector<std::thread> workers;
    const Stopwatch clock;
    for (int c = 0; c < connections; ++c) {
        workers.emplace_back([&, c] {
            auto connection = meterdesk::store::connect({});
            connection->prepare("batch", statement);
            EventSource source(tenantIds, streamBase + c);
            while (clock.elapsedSeconds() < secondsPerRun) {
                const std::string json = payload == Payload::TrackEvents
                                             ? source.trackBatch(batchSize)
                                             : source.insertRows(batchSize);
                pqxx::work work(*connection);
                work.exec_prepared("batch", json);
                work.commit();
                events += batchSize;
            }
        });
    }
    for (auto& worker : workers)
        worker.join();
    return static_cast<double>(events.load()) / clock.elapsedSeconds();
}

double pgbenchSimpleUpdateTps() {
    auto admin = meterdesk::store::connect({});
    pqxx::nontransaction(*admin).exec("DROP DATABASE IF EXISTS meterdesk_pgbench");
    pqxx::nontransaction(*admin).exec("CREATE DATABASE meterdesk_pgbench");
    const std::string pgbench = "/usr/lib/postgresql/15/bin/pgbench";
    if (std::system((pgbench + " -q -i -s 1 meterdesk_pgbench >/dev/null 2>&1").c_str()) != 0)
        throw std::runtime_error("pgbench -i failed");
    const std::string command = pgbench + " -b simple-update -c " + std::to_string(connections) +
                                " -j " + std::to_string(connections) + " -T " +
                                std::to_string(static_cast<int>(secondsPerRun)) +
                                " meterdesk_pgbench 2>&1";
    std::FILE* pipe = popen(command.c_str(), "r");
    if (!pipe)
        throw std::runtime_error("cannot run pgbench");
    std::string output;
    char buffer[512];
    while (std::fgets(buffer, sizeof buffer, pipe))
        output += buffer;
    pclose(pipe);
    pqxx::nontransaction(*admin).exec("DROP DATABASE IF EXISTS meterdesk_pgbench");
    std::smatch match;
    if (!std::regex_search(output, match, std::regex(R"(tps = ([0-9.]+))")))
        throw std::runtime_error("no tps in pgbench output: " + output);
    return std::stod(match[1].str());
}

} // namespace

int main() {
    try {
        auto setup = meterdesk::store::connect({});
        const auto tenantIds = prepareTenants(*setup);

        int stream = 0;
        for (const int batchSize : {1, 100, 1000}) {
            const double api = eventsPerSecond("SELECT count(*) FROM meter.track_batch($1::jsonb)",
                                               batchSize, Payload::TrackEvents, tenantIds, stream);
            stream += connections;
            const double raw = eventsPerSecond(
                R"(INSERT INTO meter.usage_events (tenant_id, occurred_at, request_id, service, endpoint,
                                                  method, region, units, credits_ucr, decision)
                   SELECT tenant_id, now(), request_id, service, endpoint, method, region, units, 0, 'allowed'
                     FROM jsonb_to_recordset($1::jsonb) AS e(tenant_id bigint, request_id text, service text,
                                                             endpoint text, method text, region text,
                                                             units bigint))",
                batchSize, Payload::InsertRows, tenantIds, stream);
            stream += connections;
            printResult("metering: track_batch, batch " + std::to_string(batchSize) +
                            ", 2 connections",
                        api, "events/s", raw, "events/s (plain INSERT)");
        }

        // meter.track itself, its arguments unpacked from the one-event JSON on the server.
        const double single = eventsPerSecond(
            R"(SELECT count(*) FROM (SELECT $1::jsonb -> 0 AS e) AS call,
                      meter.track(e ->> 'tenant', e ->> 'service', e ->> 'endpoint', e ->> 'method',
                                  (e ->> 'units')::bigint, e ->> 'region', e ->> 'request_id'))",
            1, Payload::TrackEvents, tenantIds, stream);
        printResult("metering: single-event meter.track, 2 connections", single, "calls/s",
                    pgbenchSimpleUpdateTps(), "tps (pgbench simple-update)");
    } catch (const std::exception& e) {
        std::fprintf(stderr, "bench_metering: %s\n", e.what());
        return 1;
    }
    return 0;
}

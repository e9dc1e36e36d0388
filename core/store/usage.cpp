#include "usage.h"

#include "errors.h"
#include "sql_values.h"

#include <pqxx/pqxx>

namespace meterdesk::store {

namespace {

using namespace std::chrono_literals;

// Every read of a UsageOverview sees one snapshot, although it may take two statements.
using SnapshotRead = pqxx::transaction<pqxx::repeatable_read, pqxx::read_only>;

// The query parameters shared by every statement below: $1, $2 the window's bounds as Unix
// seconds; $3 the tenant id or null; $4, $5 the service and endpoint or null. Then the series
// take the step in seconds as $6, the rankings their limit as $6, and the overview both.
constexpr const char* rollupFilter = R"(
       ($3::bigint IS NULL OR r.tenant_id = $3::bigint)
   AND ($4::text IS NULL OR (r.service = $4::text AND r.endpoint = $5::text)))";

// Rankings count every minute that overlaps the window.
constexpr const char* rankedMinutes = R"(
       r.minute > to_timestamp($1::bigint) - interval '1 minute' AND r.minute < to_timestamp($2::bigint))";

constexpr const char* rollupSums = R"(
       sum(r.allowed_calls)::bigint AS allowed, sum(r.denied_not_in_plan)::bigint AS not_in_plan,
       sum(r.denied_premium_required)::bigint AS premium_required,
       sum(r.denied_rate_limited)::bigint AS rate_limited,
       sum(r.denied_no_credits)::bigint AS no_credits, sum(r.denied_suspended)::bigint AS suspended,
       sum(r.units)::bigint AS units, sum(r.credits_ucr)::bigint AS credits)";

// The tenants that called in the window come from the rollups (their minute index), and each
// one's raw events through the (tenant_id, occurred_at) index: the events have no index on
// time alone, because every index slows metering. A visible event always has its rollup, as
// both are written in one transaction. OFFSET 0 keeps the planner from flattening the lateral
// subquery into a scan of the whole partition.
constexpr const char* rawSeriesQuery = R"(
    SELECT extract(epoch FROM b.bucket)::bigint, b.allowed, b.not_in_plan, b.premium_required,
           b.rate_limited, b.no_credits, b.suspended, b.units, b.credits
      FROM (SELECT date_bin($6::bigint * interval '1 second', e.occurred_at,
                            to_timestamp($1::bigint)) AS bucket,
                   count(*) FILTER (WHERE e.decision = 'allowed') AS allowed,
                   count(*) FILTER (WHERE e.decision = 'not_in_plan') AS not_in_plan,
                   count(*) FILTER (WHERE e.decision = 'premium_required') AS premium_required,
                   count(*) FILTER (WHERE e.decision = 'rate_limited') AS rate_limited,
                   count(*) FILTER (WHERE e.decision = 'no_credits') AS no_credits,
                   count(*) FILTER (WHERE e.decision = 'suspended') AS suspended,
                   coalesce(sum(e.units) FILTER (WHERE e.decision = 'allowed'), 0)::bigint AS units,
                   coalesce(sum(e.credits_ucr), 0)::bigint AS credits
              FROM (SELECT DISTINCT r.tenant_id
                      FROM meter.usage_rollups r
                     WHERE r.minute >= to_timestamp($1::bigint / 60 * 60)
                       AND r.minute < to_timestamp($2::bigint)
                       AND ($3::bigint IS NULL OR r.tenant_id = $3::bigint)
                       AND ($4::text IS NULL OR (r.service = $4::text AND r.endpoint = $5::text))) t
             CROSS JOIN LATERAL (
                   SELECT ev.occurred_at, ev.decision, ev.units, ev.credits_ucr
                     FROM meter.usage_events ev
                    WHERE ev.tenant_id = t.tenant_id
                      AND ev.occurred_at >= to_timestamp($1::bigint)
                      AND ev.occurred_at < to_timestamp($2::bigint)
                      AND ($4::text IS NULL OR (ev.service = $4::text AND ev.endpoint = $5::text))
                   OFFSET 0) e
             GROUP BY 1) b
     ORDER BY 1)";

std::string rollupSeriesQuery() {
    return std::string(R"(
    SELECT extract(epoch FROM date_bin($6::bigint * interval '1 second', r.minute,
                                       to_timestamp($1::bigint)))::bigint AS bucket,)") +
           rollupSums + R"(
      FROM meter.usage_rollups r
     WHERE r.minute >= to_timestamp($1::bigint) AND r.minute < to_timestamp($2::bigint) AND )" +
           rollupFilter + R"(
     GROUP BY 1 ORDER BY 1)";
}

// What a grouped read covers: with buckets, the window's exact minutes, grouped by bucket too
// (the step is $6 and the limit $7); without, the rankings' minutes (the limit is $6).
enum class Grouping { RankingsOnly, WithBuckets };

// The parts of groupedQuery() that differ between its two uses.
struct GroupingParts {
    const char* bucket;  // the bucket of each rollup
    const char* minutes; // which rollups count
    const char* limit;   // the parameter holding the limit
};

const GroupingParts& partsOf(Grouping grouping) {
    static const GroupingParts withBuckets{
        "date_bin($6::bigint * interval '1 second', r.minute, to_timestamp($1::bigint))",
        "r.minute >= to_timestamp($1::bigint) AND r.minute < to_timestamp($2::bigint)", "$7"};
    static const GroupingParts rankingsOnly{"NULL::timestamptz", rankedMinutes, "$6"};
    return grouping == Grouping::WithBuckets ? withBuckets : rankingsOnly;
}

constexpr const char* rollupCalls = R"(
       r.allowed_calls + r.denied_not_in_plan + r.denied_premium_required + r.denied_rate_limited
       + r.denied_no_credits + r.denied_suspended)";

// rollupSums again, over rows that hold such sums.
constexpr const char* sumsOfSums = R"(
       sum(f.allowed)::bigint, sum(f.not_in_plan)::bigint, sum(f.premium_required)::bigint,
       sum(f.rate_limited)::bigint, sum(f.no_credits)::bigint, sum(f.suspended)::bigint,
       sum(f.units)::bigint, sum(f.credits)::bigint)";

// Kind 0 rows are the buckets, kind 1 the busiest tenants and kind 2 the busiest endpoints.
// Hashing the window's rollups three ways with eight sums each cost twice the series alone, so
// they are read twice instead: once by bucket and endpoint (a few thousand groups, from which
// both the buckets and the endpoints are summed), once by tenant with one sum, the calls; the
// counts of the busiest tenants are then summed from their own rollups (primary key).
std::string groupedQuery(Grouping grouping) {
    const GroupingParts& parts = partsOf(grouping);
    const std::string rollupsOfWindow = std::string(parts.minutes) + " AND " + rollupFilter;
    std::string query = std::string(R"(
    WITH fine AS (
        SELECT )") + parts.bucket +
                        R"( AS bucket, r.service, r.endpoint,)" + rollupSums + R"(
          FROM meter.usage_rollups r
         WHERE )" + rollupsOfWindow +
                        R"(
         GROUP BY 1, 2, 3
    ), busiest AS (
        SELECT r.tenant_id, sum()" +
                        rollupCalls + R"() AS calls
          FROM meter.usage_rollups r
         WHERE )" + rollupsOfWindow +
                        R"(
         GROUP BY r.tenant_id
         ORDER BY calls DESC, r.tenant_id
         LIMIT )" + parts.limit +
                        R"(
    ), ranked AS (
        SELECT 1 AS kind, NULL::timestamptz AS bucket, b.tenant_id, NULL::text AS service,
               NULL::text AS endpoint,
               row_number() OVER (ORDER BY b.calls DESC, b.tenant_id) AS rank,)" +
                        rollupSums + R"(
          FROM busiest b
          JOIN meter.usage_rollups r ON r.tenant_id = b.tenant_id AND )" +
                        rollupsOfWindow + R"(
         GROUP BY b.tenant_id, b.calls
        UNION ALL
        SELECT 2, NULL::timestamptz, NULL::bigint, f.service, f.endpoint,
               row_number() OVER (
                   ORDER BY sum(f.allowed + f.not_in_plan + f.premium_required + f.rate_limited
                                + f.no_credits + f.suspended) DESC,
                            f.service, f.endpoint),)" +
                        sumsOfSums + R"(
          FROM fine f
         GROUP BY f.service, f.endpoint)";
    if (grouping == Grouping::WithBuckets) {
        query += R"(
        UNION ALL
        SELECT 0, f.bucket, NULL::bigint, NULL::text, NULL::text, 0::bigint,)" +
                 std::string(sumsOfSums) + R"(
          FROM fine f
         GROUP BY f.bucket)";
    }
    return query + R"(
    )
    SELECT r.kind, extract(epoch FROM r.bucket)::bigint, r.tenant_id, coalesce(t.slug, ''),
           coalesce(r.service, ''), coalesce(r.endpoint, ''),
           r.allowed, r.not_in_plan, r.premium_required, r.rate_limited, r.no_credits, r.suspended,
           r.units, r.credits
      FROM ranked r
      LEFT JOIN meter.tenants t ON t.tenant_id = r.tenant_id
     WHERE r.rank <= )" +
           parts.limit + R"(
     ORDER BY r.kind, r.bucket, r.rank)";
}

// Eight columns from `first` on, in UsageCounts' order.
UsageCounts countsFromRow(const pqxx::row& row, pqxx::row::size_type first) {
    UsageCounts counts;
    counts.allowed = row[first].as<std::int64_t>();
    counts.notInPlan = row[first + 1].as<std::int64_t>();
    counts.premiumRequired = row[first + 2].as<std::int64_t>();
    counts.rateLimited = row[first + 3].as<std::int64_t>();
    counts.noCredits = row[first + 4].as<std::int64_t>();
    counts.suspended = row[first + 5].as<std::int64_t>();
    counts.units = row[first + 6].as<std::int64_t>();
    counts.credits = billing::Credits::fromMicros(row[first + 7].as<std::int64_t>());
    return counts;
}

StoreError invalid(const std::string& message) {
    return StoreError(StoreError::Kind::InvalidArgument, message);
}

void requireValid(const UsageWindow& window) {
    const auto step = window.step.count();
    const bool rawStep = window.step == UsageRepository::kRawStep;
    if (!rawStep && (step <= 0 || step % UsageRepository::kRollupGrain.count() != 0))
        throw invalid("window.step must be 1 s or a whole number of minutes (got " +
                      std::to_string(step) + " s)");
    if (window.until <= window.from)
        throw invalid("window.until must be after window.from");
    if ((window.until - window.from) % window.step != 0s)
        throw invalid("window must span a whole number of steps of " + std::to_string(step) + " s");
    if (!rawStep && sql::epoch(window.from) % UsageRepository::kRollupGrain.count() != 0)
        throw invalid("window.from must be a whole minute for a step of minutes");
}

void requirePositive(int limit) {
    if (limit < 1)
        throw invalid("limit must be at least 1 (got " + std::to_string(limit) + ")");
}

long long stepSeconds(const UsageWindow& window) {
    return static_cast<long long>(window.step.count());
}

// The filter and window as the parameters $1 to $5 described above, followed by `extra`.
template <typename... Extra>
pqxx::result execFiltered(pqxx::transaction_base& read, const std::string& query,
                          const UsageFilter& filter, const UsageWindow& window,
                          const Extra&... extra) {
    const std::optional<std::string> tenant =
        filter.tenantId ? std::optional<std::string>(std::to_string(*filter.tenantId))
                        : std::nullopt;
    const std::optional<std::string> service =
        filter.endpoint ? std::optional<std::string>(filter.endpoint->service) : std::nullopt;
    const std::optional<std::string> endpoint =
        filter.endpoint ? std::optional<std::string>(filter.endpoint->endpoint) : std::nullopt;
    return read.exec_params(query, sql::epoch(window.from), sql::epoch(window.until),
                            sql::nullable(tenant), sql::nullable(service), sql::nullable(endpoint),
                            extra...);
}

std::vector<UsageBucket> readSeries(pqxx::transaction_base& read, const UsageFilter& filter,
                                    const UsageWindow& window) {
    const bool raw = window.step == UsageRepository::kRawStep;
    std::vector<UsageBucket> buckets;
    const std::string query = raw ? std::string(rawSeriesQuery) : rollupSeriesQuery();
    for (const auto& row : execFiltered(read, query, filter, window, stepSeconds(window))) {
        buckets.push_back({sql::timestamp(row[0]), countsFromRow(row, 1)});
    }
    return buckets;
}

// The rows of groupedQuery() into `overview`.
void readGrouped(const pqxx::result& rows, UsageOverview& overview) {
    for (const auto& row : rows) {
        const UsageCounts counts = countsFromRow(row, 6);
        switch (row[0].as<int>()) {
        case 0:
            overview.buckets.push_back({sql::timestamp(row[1]), counts});
            break;
        case 1:
            overview.topTenants.push_back(
                {row[2].as<std::int64_t>(), row[3].as<std::string>(), counts});
            break;
        default:
            overview.topEndpoints.push_back(
                {{row[4].as<std::string>(), row[5].as<std::string>()}, counts});
            break;
        }
    }
}

// Settings for the rest of the transaction, for grouped reads of a wide window:
// - enough memory to hash every grouping at once: with the default 4 MB, PostgreSQL sorts a
//   month of rollups by bucket on disk instead, which doubles the time;
// - no plain index scans: as the rollups lie in minute order, the planner reads a month of
//   them through the minute index one heap tuple at a time (a buffer access per rollup), which
//   costs about twice the CPU of a bitmap scan of the same pages;
// - no JIT: from 90 days on the plan's cost passes jit_above_cost, and compiling it takes
//   ~90 ms, more than it saves on a few hundred thousand rollups.
// - no parallel workers: without index scans the planner would rather count the busiest
//   tenants by a parallel scan of the whole table (every month of it) than by a bitmap scan of
//   the window, three processes doing three times the work on a server that also meters.
// Set last in a transaction: the raw series' lookups of events need their index scans.
void tuneForGroupedReads(pqxx::transaction_base& read) {
    read.exec("SET LOCAL work_mem = '32MB'");
    read.exec("SET LOCAL enable_indexscan = off");
    read.exec("SET LOCAL jit = off");
    read.exec("SET LOCAL max_parallel_workers_per_gather = 0");
}

UsageOverview readRankings(pqxx::transaction_base& read, const UsageFilter& filter,
                           const UsageWindow& window, int limit) {
    tuneForGroupedReads(read);
    UsageOverview overview;
    readGrouped(execFiltered(read, groupedQuery(Grouping::RankingsOnly), filter, window, limit),
                overview);
    return overview;
}

} // namespace

std::chrono::sys_seconds UsageWindow::bucketStart(std::chrono::sys_seconds at) const {
    const auto offset = at - from;
    auto steps = offset / step;
    if (offset % step < 0s)
        --steps; // floor, also before the window
    return from + steps * step;
}

UsageRepository::UsageRepository(pqxx::connection_base& connection)
    : connection_(connection) {}

std::vector<UsageBucket> UsageRepository::series(const UsageFilter& filter,
                                                 const UsageWindow& window) const {
    requireValid(window);
    return translatingErrors([&] {
        pqxx::read_transaction read(connection_);
        return readSeries(read, filter, window);
    });
}

UsageRankings UsageRepository::rankings(const UsageFilter& filter, const UsageWindow& window,
                                        int limit) const {
    requireValid(window);
    requirePositive(limit);
    return translatingErrors([&] {
        pqxx::read_transaction read(connection_);
        UsageOverview ranked = readRankings(read, filter, window, limit);
        return UsageRankings{std::move(ranked.topTenants), std::move(ranked.topEndpoints)};
    });
}

UsageOverview UsageRepository::overview(const UsageFilter& filter, const UsageWindow& window,
                                        int limit) const {
    requireValid(window);
    requirePositive(limit);
    return translatingErrors([&] {
        SnapshotRead read(connection_);
        if (window.step == kRawStep) {
            std::vector<UsageBucket> buckets = readSeries(read, filter, window);
            UsageOverview overview = readRankings(read, filter, window, limit);
            overview.buckets = std::move(buckets);
            return overview;
        }
        tuneForGroupedReads(read);
        UsageOverview overview;
        readGrouped(execFiltered(read, groupedQuery(Grouping::WithBuckets), filter, window,
                                 stepSeconds(window), limit),
                    overview);
        return overview;
    });
}

std::vector<EndpointKey> UsageRepository::endpointsOf(std::int64_t tenantId,
                                                      std::chrono::sys_seconds since) const {
    return translatingErrors([&] {
        pqxx::read_transaction read(connection_);
        std::vector<EndpointKey> endpoints;
        for (const auto& row : read.exec_params(
                 R"(SELECT DISTINCT service, endpoint FROM meter.usage_rollups
                     WHERE tenant_id = $1 AND minute >= to_timestamp($2::bigint)
                     ORDER BY service, endpoint)",
                 tenantId, sql::epoch(since))) {
            endpoints.push_back({row[0].as<std::string>(), row[1].as<std::string>()});
        }
        return endpoints;
    });
}

} // namespace meterdesk::store

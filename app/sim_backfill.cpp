#include "sim_backfill.h"

#include <billing/rate_window.h>
#include <billing/rating.h>
#include <store/errors.h>

#include <pqxx/pqxx>

#include <algorithm>
#include <charconv>
#include <future>
#include <map>
#include <utility>

namespace meterdesk::sim {

namespace {

using namespace std::chrono_literals;
using Milliseconds = std::chrono::sys_time<std::chrono::milliseconds>;
using billing::Decision;

constexpr auto kChunk = std::chrono::days{1};
constexpr double kSessionContinues = 0.65; // a session of calls holds 1 / (1 - p) ≈ 3 calls

long long epochSeconds(std::chrono::sys_seconds at) {
    return static_cast<long long>(at.time_since_epoch().count());
}

// One column of a bulk write, as the text of a PostgreSQL array, so that a whole chunk goes to
// the server as one parameter per column and is unpacked by unnest(): far cheaper per row,
// on both sides, than a statement or a formatted COPY line per row.
class ArrayColumn {
public:
    ArrayColumn() { text_ = "{"; }

    void add(std::int64_t value) {
        separate();
        char digits[24];
        const auto end = std::to_chars(digits, digits + sizeof digits, value).ptr;
        text_.append(digits, end);
    }

    void add(const std::string& value) {
        separate();
        text_ += '"';
        if (value.find_first_of("\"\\") == std::string::npos) {
            text_ += value;
        } else {
            for (char c : value) {
                if (c == '"' || c == '\\')
                    text_ += '\\';
                text_ += c;
            }
        }
        text_ += '"';
    }

    std::string take() {
        std::string literal = std::move(text_);
        literal += '}';
        text_ = "{";
        return literal;
    }

private:
    void separate() {
        if (text_.size() > 1)
            text_ += ',';
    }

    std::string text_;
};

// Texts as small numbers from 1 (0 for none), so that a chunk sends each distinct text once,
// in an array of them, and each row only its number: the rows' bulk is then integers, cheap
// to write and to read.
class TextIds {
public:
    int idOf(const std::string& text) {
        if (text.empty())
            return 0;
        const auto [found, added] = ids_.try_emplace(text, static_cast<int>(texts_.size()) + 1);
        if (added)
            texts_.push_back(text);
        return found->second;
    }

    std::string literal() const {
        ArrayColumn column;
        for (const std::string& text : texts_)
            column.add(text);
        return column.take();
    }

private:
    std::map<std::string, int> ids_;
    std::vector<std::string> texts_;
};

// The texts of the events, each by its TextIds.
struct Dictionaries {
    TextIds services, endpoints, methods, regions, decisions, jobs;
};

// A few calls of one tenant to one endpoint within a minute: what the generator draws, with
// its texts as ids.
struct Session {
    SimCall call;
    int service = 0;
    int endpoint = 0;
    int method = 0;
    int region = 0;
    int job = 0;
};

struct HistoryEvent {
    Milliseconds at{};
    std::uint32_t session = 0;
    Decision decision = Decision::Allowed;
    std::int64_t credits = 0;
};

// The fixed rate-limit windows of every tenant and scope, as meter.rate_counters keeps them;
// only allowed calls count. A scope is a rule with its own limit, or the version's default.
class RateWindows {
public:
    explicit RateWindows(std::size_t tenants)
        : windows_(tenants) {}

    // The count of allowed calls in the tenant's window of `scope` holding `at`.
    std::int64_t& countAt(std::size_t tenant, const void* scope, const billing::RateLimit& limit,
                          std::chrono::sys_seconds at) {
        Window& window = find(tenant, scope);
        const auto start = billing::fixed_window::windowStart(at, limit.periodSeconds);
        if (window.start != start) {
            window.start = start;
            window.count = 0;
        }
        return window.count;
    }

private:
    struct Window {
        const void* scope = nullptr;
        std::chrono::sys_seconds start{};
        std::int64_t count = 0;
    };

    Window& find(std::size_t tenant, const void* scope) {
        std::vector<Window>& windows = windows_[tenant];
        for (Window& window : windows) {
            if (window.scope == scope)
                return window;
        }
        return windows.emplace_back(Window{scope, {}, 0});
    }

    std::vector<std::vector<Window>> windows_;
};

std::size_t decisionColumn(Decision decision) {
    switch (decision) {
    case Decision::Allowed:
        return 0;
    case Decision::NotInPlan:
        return 1;
    case Decision::PremiumRequired:
        return 2;
    case Decision::RateLimited:
        return 3;
    case Decision::NoCredits:
        return 4;
    case Decision::Suspended:
    case Decision::UnknownTenant:
        break;
    }
    return 5;
}

// One minute's calls of one tenant to one endpoint: a row of meter.usage_rollups.
struct RollupCounts {
    std::int64_t byDecision[6] = {}; // allowed, not_in_plan, premium, rate_limited, no_credits,
                                     // suspended, as the table's columns
    std::int64_t units = 0;
    std::int64_t credits = 0;
};

// A tenant's charges of one day: one usage ledger entry.
struct DayCharges {
    std::int64_t credits = 0;
    std::int64_t calls = 0;
    Milliseconds lastCharged{};
};

// The usage entries of the whole history, written with the opening top-ups at the end.
struct LedgerColumns {
    ArrayColumn tenants, amounts, calls, instants;
    std::int64_t entries = 0;
    std::map<std::int64_t, std::int64_t> chargedByTenant;
};

// One chunk of history ready to send: the raw events' and the rollups' columns as arrays,
// then the texts their ids stand for.
struct HistoryChunk {
    std::int64_t events = 0;
    std::vector<std::string> eventColumns;
    std::vector<std::string> rollupColumns;
};

// Generates the history chunk by chunk and decides every call; the day's charges go to the
// ledger columns. Chunks must be generated in order: rate windows carry over.
class ChunkGenerator {
public:
    ChunkGenerator(TrafficModel& model, double rate)
        : model_(model)
        , tenants_(model.population().tenants())
        , windows_(tenants_.size())
        , rate_(rate) {}

    HistoryChunk generate(std::chrono::sys_seconds from, std::chrono::sys_seconds until,
                          LedgerColumns& ledger) {
        chooseDryTenants();
        charges_.assign(tenants_.size(), {});
        HistoryChunk chunk;
        for (auto minute = from; minute < until; minute += 1min) {
            sessions_.clear();
            std::vector<HistoryEvent> calls = callsOfMinute(minute);
            rollupsOfMinute_.clear();
            for (HistoryEvent& event : calls) {
                decide(event);
                addEvent(event);
                account(event);
            }
            addRollups(minute);
            chunk.events += static_cast<std::int64_t>(calls.size());
        }
        chunk.eventColumns = {
            events_.tenants.take(),    events_.instants.take(),    events_.services.take(),
            events_.endpoints.take(),  events_.methods.take(),     events_.regions.take(),
            events_.units.take(),      events_.credits.take(),     events_.decisions.take(),
            events_.statuses.take(),   events_.latencies.take(),   events_.jobs.take(),
            texts_.services.literal(), texts_.endpoints.literal(), texts_.methods.literal(),
            texts_.regions.literal(),  texts_.decisions.literal(), texts_.jobs.literal()};
        auto& d = rollups_.byDecision;
        chunk.rollupColumns = {rollups_.tenants.take(),
                               rollups_.minutes.take(),
                               rollups_.services.take(),
                               rollups_.endpoints.take(),
                               d[0].take(),
                               d[1].take(),
                               d[2].take(),
                               d[3].take(),
                               d[4].take(),
                               d[5].take(),
                               rollups_.units.take(),
                               rollups_.credits.take(),
                               texts_.services.literal(),
                               texts_.endpoints.literal()};
        addCharges(ledger);
        return chunk;
    }

    std::int64_t rollupCount() const { return rollupCount_; }

private:
    void chooseDryTenants() {
        std::bernoulli_distribution dry(HistoryBackfill::kDryDayShare);
        dry_.assign(tenants_.size(), false);
        for (std::size_t i = 0; i < dry_.size(); ++i)
            dry_[i] = dry(model_.rng());
    }

    std::vector<HistoryEvent> callsOfMinute(std::chrono::sys_seconds minute) {
        model_.advanceTo(minute);
        Rng& rng = model_.rng();
        std::poisson_distribution<int> count(rate_ * 60 * model_.intensity());
        std::bernoulli_distribution continues(kSessionContinues);
        std::uniform_int_distribution<int> millisecond(0, 59'999);
        std::vector<HistoryEvent> calls;
        const int wanted = count(rng);
        while (static_cast<int>(calls.size()) < wanted) {
            Session& session = sessions_.emplace_back();
            session.call = model_.callFor(model_.pickTenant());
            session.service = texts_.services.idOf(session.call.service);
            session.endpoint = texts_.endpoints.idOf(session.call.endpoint);
            session.method = texts_.methods.idOf(session.call.method);
            session.region = texts_.regions.idOf(session.call.region);
            session.job = texts_.jobs.idOf(session.call.job);
            const auto index = static_cast<std::uint32_t>(sessions_.size() - 1);
            do {
                calls.push_back(
                    {minute + std::chrono::milliseconds{millisecond(rng)}, index, {}, 0});
            } while (static_cast<int>(calls.size()) < wanted && continues(rng));
        }
        std::sort(calls.begin(), calls.end(),
                  [](const HistoryEvent& a, const HistoryEvent& b) { return a.at < b.at; });
        return calls;
    }

    void decide(HistoryEvent& event) {
        const SimCall& call = sessions_[event.session].call;
        const SimTenant& tenant = tenants_[call.tenant];
        const auto second = std::chrono::floor<std::chrono::seconds>(event.at);
        const billing::TariffVersion* version =
            tenant.plan != nullptr ? tenant.plan->versionAt(second) : nullptr;
        if (version == nullptr) {
            event.decision = Decision::NotInPlan;
            return;
        }
        const billing::Rating rating =
            billing::rate(*version, {call.service, call.endpoint, call.method, call.region,
                                     call.units, tenant.tenant.premiumAccess});
        event.decision = rating.decision;
        if (rating.decision != Decision::Allowed)
            return;
        // A rule with its own limit is its own scope; the others share the version's.
        const void* scope = rating.rule->rateLimit ? static_cast<const void*>(rating.rule)
                                                   : static_cast<const void*>(version);
        const billing::RateLimit limit = billing::effectiveRateLimit(*version, *rating.rule);
        std::int64_t& allowedInWindow = windows_.countAt(call.tenant, scope, limit, second);
        if (allowedInWindow >= limit.requests) {
            event.decision = Decision::RateLimited;
        } else if (dry_[call.tenant]) {
            event.decision = Decision::NoCredits;
        } else {
            ++allowedInWindow;
            event.credits = rating.charge.micros();
        }
    }

    void addEvent(const HistoryEvent& event) {
        const Session& session = sessions_[event.session];
        events_.tenants.add(tenants_[session.call.tenant].tenant.id);
        events_.instants.add(event.at.time_since_epoch().count());
        events_.services.add(session.service);
        events_.endpoints.add(session.endpoint);
        events_.methods.add(session.method);
        events_.regions.add(session.region);
        events_.units.add(session.call.units);
        events_.credits.add(event.credits);
        events_.decisions.add(
            texts_.decisions.idOf(std::string(billing::toString(event.decision))));
        events_.statuses.add(session.call.status);
        events_.latencies.add(session.call.latencyMs);
        events_.jobs.add(session.job);
    }

    void account(const HistoryEvent& event) {
        const Session& session = sessions_[event.session];
        RollupCounts& rollup =
            rollupsOfMinute_[{session.call.tenant, session.service, session.endpoint}];
        ++rollup.byDecision[decisionColumn(event.decision)];
        rollup.credits += event.credits;
        if (event.decision != Decision::Allowed)
            return;
        rollup.units += session.call.units;
        DayCharges& charges = charges_[session.call.tenant];
        charges.credits += event.credits;
        ++charges.calls;
        charges.lastCharged = event.at;
    }

    void addRollups(std::chrono::sys_seconds minute) {
        for (const auto& [key, counts] : rollupsOfMinute_) {
            const auto& [tenant, service, endpoint] = key;
            rollups_.tenants.add(tenants_[tenant].tenant.id);
            rollups_.minutes.add(epochSeconds(minute));
            rollups_.services.add(service);
            rollups_.endpoints.add(endpoint);
            for (std::size_t i = 0; i < 6; ++i)
                rollups_.byDecision[i].add(counts.byDecision[i]);
            rollups_.units.add(counts.units);
            rollups_.credits.add(counts.credits);
            ++rollupCount_;
        }
    }

    void addCharges(LedgerColumns& ledger) {
        for (std::size_t i = 0; i < charges_.size(); ++i) {
            const DayCharges& charges = charges_[i];
            if (charges.credits == 0)
                continue; // free calls leave no entry: a usage entry must remove credits
            const auto tenantId = tenants_[i].tenant.id;
            ledger.tenants.add(tenantId);
            ledger.amounts.add(-charges.credits);
            ledger.calls.add(charges.calls);
            ledger.instants.add(charges.lastCharged.time_since_epoch().count());
            ledger.chargedByTenant[tenantId] += charges.credits;
            ++ledger.entries;
        }
    }

    struct EventColumns {
        ArrayColumn tenants, instants, services, endpoints, methods, regions, units, credits,
            decisions, statuses, latencies, jobs;
    };
    struct RollupColumns {
        ArrayColumn tenants, minutes, services, endpoints, byDecision[6], units, credits;
    };

    TrafficModel& model_;
    const std::vector<SimTenant>& tenants_;
    RateWindows windows_;
    double rate_;
    Dictionaries texts_;
    std::vector<bool> dry_;
    std::vector<Session> sessions_;
    // By tenant, service and endpoint.
    std::map<std::tuple<std::size_t, int, int>, RollupCounts> rollupsOfMinute_;
    std::vector<DayCharges> charges_;
    EventColumns events_;
    RollupColumns rollups_;
    std::int64_t rollupCount_ = 0;
};

// Ids index the texts of $13 to $18; 0 indexes nothing, which reads as null.
void sendEvents(pqxx::work& work, const std::vector<std::string>& c) {
    work.exec_params(
        R"(INSERT INTO meter.usage_events (tenant_id, occurred_at, service, endpoint, method,
                                           region, units, credits_ucr, decision, status,
                                           latency_ms, job)
           SELECT e.tenant_id, to_timestamp(e.at_ms::double precision / 1000),
                  ($13::text[])[e.service], ($14::text[])[e.endpoint], ($15::text[])[e.method],
                  ($16::text[])[e.region], e.units, e.credits, ($17::text[])[e.decision],
                  e.status, e.latency, ($18::text[])[e.job]
             FROM unnest($1::bigint[], $2::bigint[], $3::integer[], $4::integer[], $5::integer[],
                         $6::integer[], $7::bigint[], $8::bigint[], $9::integer[], $10::integer[],
                         $11::integer[], $12::integer[])
                  AS e (tenant_id, at_ms, service, endpoint, method, region, units, credits,
                        decision, status, latency, job))",
        c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7], c[8], c[9], c[10], c[11], c[12], c[13],
        c[14], c[15], c[16], c[17]);
}

// Added to rollups already there: live metering may have written the same minutes. Service
// and endpoint ids index the texts of $13 and $14.
void sendRollups(pqxx::work& work, const std::vector<std::string>& c) {
    work.exec_params(
        R"(INSERT INTO meter.usage_rollups AS u (tenant_id, minute, service, endpoint,
               allowed_calls, denied_not_in_plan, denied_premium_required, denied_rate_limited,
               denied_no_credits, denied_suspended, units, credits_ucr)
           SELECT r.tenant_id, to_timestamp(r.minute), ($13::text[])[r.service],
                  ($14::text[])[r.endpoint], r.allowed, r.not_in_plan, r.premium_required,
                  r.rate_limited, r.no_credits, r.suspended, r.units, r.credits
             FROM unnest($1::bigint[], $2::bigint[], $3::integer[], $4::integer[], $5::bigint[],
                         $6::bigint[], $7::bigint[], $8::bigint[], $9::bigint[], $10::bigint[],
                         $11::bigint[], $12::bigint[])
                  AS r (tenant_id, minute, service, endpoint, allowed, not_in_plan,
                        premium_required, rate_limited, no_credits, suspended, units, credits)
           ORDER BY 1, 2, 3, 4
           ON CONFLICT (tenant_id, minute, service, endpoint) DO UPDATE
              SET allowed_calls = u.allowed_calls + excluded.allowed_calls,
                  denied_not_in_plan = u.denied_not_in_plan + excluded.denied_not_in_plan,
                  denied_premium_required = u.denied_premium_required
                                            + excluded.denied_premium_required,
                  denied_rate_limited = u.denied_rate_limited + excluded.denied_rate_limited,
                  denied_no_credits = u.denied_no_credits + excluded.denied_no_credits,
                  denied_suspended = u.denied_suspended + excluded.denied_suspended,
                  units = u.units + excluded.units,
                  credits_ucr = u.credits_ucr + excluded.credits_ucr)",
        c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7], c[8], c[9], c[10], c[11], c[12], c[13]);
}

// The ledger rule of HistoryBackfill: the opening top-ups and the usage entries in one
// statement, so that the balance trigger sees a net change of zero for every tenant.
void writeLedger(pqxx::work& work, std::chrono::sys_seconds from, LedgerColumns& ledger) {
    work.exec_params(
        R"(WITH usage AS (
               SELECT * FROM unnest($1::bigint[], $2::bigint[], $3::bigint[], $4::bigint[])
                             AS u (tenant_id, amount_ucr, calls, at_ms))
           INSERT INTO meter.ledger (tenant_id, kind, amount_ucr, reason, reference, created_at)
           SELECT e.tenant_id, e.kind, e.amount_ucr, e.reason, 'sim-backfill', e.created_at
             FROM (SELECT u.tenant_id, 'top_up' AS kind, -sum(u.amount_ucr)::bigint AS amount_ucr,
                          'credits paying for the simulated history' AS reason,
                          to_timestamp($5) AS created_at
                     FROM usage u GROUP BY u.tenant_id
                   UNION ALL
                   SELECT u.tenant_id, 'usage', u.amount_ucr, format('metered calls: %s', u.calls),
                          to_timestamp(u.at_ms::double precision / 1000)
                     FROM usage u) e
            ORDER BY e.tenant_id, e.created_at)",
        ledger.tenants.take(), ledger.amounts.take(), ledger.calls.take(), ledger.instants.take(),
        epochSeconds(from));
}

} // namespace

HistoryBackfill::HistoryBackfill(pqxx::connection_base& connection, TrafficModel& model)
    : connection_(connection)
    , model_(model) {}

BackfillResult HistoryBackfill::write(int days, double rate, const Progress& progress) {
    const auto started = std::chrono::steady_clock::now();
    BackfillResult result;
    result.until = std::chrono::floor<std::chrono::minutes>(std::chrono::system_clock::now());
    result.from = result.until - std::chrono::days{days};
    store::translatingErrors([&] {
        pqxx::work work(connection_);
        work.exec_params("SELECT meter.ensure_usage_partitions(to_timestamp($1)::date, "
                         "to_timestamp($2)::date)",
                         epochSeconds(result.from), epochSeconds(result.until));
        // The next chunk is generated while the server stores the current one.
        ChunkGenerator generator(model_, rate);
        LedgerColumns ledger;
        const auto generate = [&](std::chrono::sys_seconds from) {
            return std::async(std::launch::async, [&generator, &ledger, from, &result] {
                return generator.generate(from, std::min(from + kChunk, result.until), ledger);
            });
        };
        std::future<HistoryChunk> next = generate(result.from);
        int done = 0;
        for (auto from = result.from; from < result.until; from += kChunk) {
            HistoryChunk chunk = next.get();
            if (from + kChunk < result.until)
                next = generate(from + kChunk);
            sendEvents(work, chunk.eventColumns);
            sendRollups(work, chunk.rollupColumns);
            result.events += chunk.events;
            progress(++done, days, result.events);
        }
        for (const auto& [tenant, credits] : ledger.chargedByTenant)
            result.charged += billing::Credits::fromMicros(credits);
        result.ledgerEntries =
            ledger.entries + static_cast<std::int64_t>(ledger.chargedByTenant.size());
        writeLedger(work, result.from, ledger);
        work.commit();
        result.rollups = generator.rollupCount();
    });
    result.seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    return result;
}

} // namespace meterdesk::sim

#include "sim_live.h"

#include <store/errors.h>

#include <pqxx/pqxx>

#include <algorithm>
#include <cmath>
#include <condition_variable>
#include <deque>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

namespace meterdesk::sim {

namespace {

using Clock = std::chrono::steady_clock;
using namespace std::chrono_literals;

constexpr auto kTick = 10ms;
constexpr double kEventsPerConnection = 2500;
constexpr int kMaximalConnections = 4;

void appendJsonString(std::string& out, const std::string& text) {
    out += '"';
    for (char c : text) {
        if (c == '"' || c == '\\') {
            out += '\\';
            out += c;
        } else if (static_cast<unsigned char>(c) < 0x20) {
            static constexpr char hex[] = "0123456789abcdef";
            out += "\\u00";
            out += hex[(c >> 4) & 0xF];
            out += hex[c & 0xF];
        } else {
            out += c;
        }
    }
    out += '"';
}

void appendField(std::string& out, const char* name, const std::string& value) {
    out += out.size() > 1 ? ",\"" : "\"";
    out += name;
    out += "\":";
    appendJsonString(out, value);
}

void appendField(std::string& out, const char* name, std::int64_t value) {
    out += out.size() > 1 ? ",\"" : "\"";
    out += name;
    out += "\":";
    out += std::to_string(value);
}

// One connection metering the calls of its share of the tenants, on its own thread. The
// generator queues events; the worker sends whatever is queued, up to a batch, per call.
class MeteringWorker {
public:
    MeteringWorker(const store::ConnectionSettings& settings, int batch)
        : connection_(store::connect(settings))
        , batch_(static_cast<std::size_t>(batch))
        , thread_([this] { work(); }) {}

    ~MeteringWorker() {
        close();
        thread_.join();
    }

    void push(std::string event) {
        {
            std::lock_guard lock(mutex_);
            queue_.push_back(std::move(event));
        }
        wake_.notify_one();
    }

    std::size_t backlog() const {
        std::lock_guard lock(mutex_);
        return queue_.size() + inFlight_;
    }

    void close() {
        {
            std::lock_guard lock(mutex_);
            closed_ = true;
        }
        wake_.notify_one();
    }

    // What was metered so far; rethrows what stopped the worker, if anything did.
    MeteringTally tally() const {
        std::lock_guard lock(mutex_);
        if (failure_)
            std::rethrow_exception(failure_);
        return tally_;
    }

private:
    void work() {
        try {
            while (auto batch = nextBatch())
                meter(*batch);
        } catch (...) {
            std::lock_guard lock(mutex_);
            failure_ = std::current_exception();
            queue_.clear();
            inFlight_ = 0;
        }
    }

    std::optional<std::string> nextBatch() {
        std::unique_lock lock(mutex_);
        wake_.wait(lock, [this] { return closed_ || !queue_.empty(); });
        if (queue_.empty())
            return std::nullopt;
        std::string batch = "[";
        inFlight_ = std::min(batch_, queue_.size());
        for (std::size_t i = 0; i < inFlight_; ++i) {
            if (i > 0)
                batch += ',';
            batch += queue_.front();
            queue_.pop_front();
        }
        return batch + "]";
    }

    void meter(const std::string& batch) {
        MeteringTally metered;
        store::translatingErrors([&] {
            pqxx::work work(*connection_);
            for (const auto& row : work.exec_params(
                     "SELECT reason, duplicate, count(*) FROM meter.track_batch($1::jsonb) "
                     "GROUP BY reason, duplicate",
                     batch)) {
                const auto count = row[2].as<std::int64_t>();
                metered.events += count;
                if (row[1].as<bool>())
                    metered.duplicates += count;
                else
                    metered.decisions[row[0].as<std::string>()] += count;
            }
            work.commit();
        });
        std::lock_guard lock(mutex_);
        tally_.add(metered);
        inFlight_ = 0;
    }

    std::unique_ptr<pqxx::connection> connection_;
    const std::size_t batch_;
    mutable std::mutex mutex_;
    std::condition_variable wake_;
    std::deque<std::string> queue_;
    std::size_t inFlight_ = 0;
    bool closed_ = false;
    MeteringTally tally_;
    std::exception_ptr failure_;
    std::thread thread_; // last: starts once everything above exists
};

MeteringTally tallyOf(const std::vector<std::unique_ptr<MeteringWorker>>& workers,
                      Clock::time_point start) {
    MeteringTally total;
    for (const auto& worker : workers)
        total.add(worker->tally());
    total.seconds = std::chrono::duration<double>(Clock::now() - start).count();
    return total;
}

} // namespace

void MeteringTally::add(const MeteringTally& other) {
    events += other.events;
    duplicates += other.duplicates;
    for (const auto& [reason, count] : other.decisions)
        decisions[reason] += count;
}

LiveTraffic::LiveTraffic(store::ConnectionSettings settings, TrafficModel& model, LivePlan plan)
    : settings_(std::move(settings))
    , model_(model)
    , plan_(std::move(plan)) {}

std::string LiveTraffic::eventJson(const SimCall& call, const std::string& tenantSlug,
                                   const std::string& requestId) {
    std::string json = "{";
    appendField(json, "tenant", tenantSlug);
    appendField(json, "service", call.service);
    appendField(json, "endpoint", call.endpoint);
    appendField(json, "method", call.method);
    appendField(json, "units", call.units);
    if (!call.region.empty())
        appendField(json, "region", call.region);
    appendField(json, "request_id", requestId);
    if (!call.job.empty())
        appendField(json, "job", call.job);
    appendField(json, "status", call.status);
    appendField(json, "latency_ms", call.latencyMs);
    return json + "}";
}

MeteringTally LiveTraffic::run(const std::atomic<bool>& stop, const Progress& progress) {
    const auto& tenants = model_.population().tenants();
    const int connections = std::clamp(
        static_cast<int>(std::ceil(plan_.rate / kEventsPerConnection)), 1, kMaximalConnections);
    std::vector<std::unique_ptr<MeteringWorker>> workers;
    for (int i = 0; i < connections; ++i)
        workers.push_back(std::make_unique<MeteringWorker>(settings_, plan_.batch));

    // At most one second of calls may wait per connection (see the class comment).
    const auto backlogLimit = static_cast<std::size_t>(std::max(1.0, plan_.rate / connections));
    std::vector<std::string> lastRequestId(tenants.size());
    std::bernoulli_distribution retry(kRetryShare);
    std::int64_t generated = 0;
    std::int64_t nextRequest = 1;
    const auto start = Clock::now();
    auto nextProgress = start + kProgressInterval;
    while (!stop.load()) {
        const auto now = Clock::now();
        if (plan_.duration > 0s && now - start >= plan_.duration)
            break;
        model_.advanceTo(
            std::chrono::floor<std::chrono::seconds>(std::chrono::system_clock::now()));
        const double elapsed = std::chrono::duration<double>(now - start).count();
        const auto due = static_cast<std::int64_t>(plan_.rate * elapsed);
        std::size_t backlog = 0;
        for (const auto& worker : workers)
            backlog = std::max(backlog, worker->backlog());
        // Calls the database had no time for are dropped, not played later.
        generated = std::max(generated, due - static_cast<std::int64_t>(backlogLimit));
        for (; generated < due && backlog < backlogLimit; ++generated) {
            const SimCall call = model_.callFor(model_.pickTenant());
            std::string& requestId = lastRequestId[call.tenant];
            if (requestId.empty() || !retry(model_.rng()))
                requestId = plan_.requestPrefix + "-" + std::to_string(nextRequest++);
            workers[call.tenant % workers.size()]->push(
                eventJson(call, tenants[call.tenant].tenant.slug, requestId));
        }
        if (now >= nextProgress) {
            progress(tallyOf(workers, start));
            nextProgress += kProgressInterval;
        }
        std::this_thread::sleep_for(kTick);
    }
    for (auto& worker : workers)
        worker->close();
    for (auto& worker : workers) {
        while (worker->backlog() > 0 && !stop.load())
            std::this_thread::sleep_for(kTick);
    }
    MeteringTally total = tallyOf(workers, start);
    workers.clear(); // joins the threads
    return total;
}

} // namespace meterdesk::sim

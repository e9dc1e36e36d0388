// The Live usage page at scale, with durable commits (the sandbox of scripts/bench):
//  1. With 90 days of history for 10,000 tenants (written by meterdesk-sim --backfill):
//     switching the page to 30 days, until its charts are redrawn, against the bare rollup
//     query of the same window on a plain connection.
//  2. While meterdesk-sim meters 5,000 events/s: the time from a probe event's commit to its
//     point on the chart (p50, p95, p99) against the time to the bare notification; the
//     longest GUI-thread stall and the console's CPU use against the same page left idle.
// The simulator plays a population of its own (slugs bl-NNNN on its plan "sim", created on the
// first run), whatever other benchmarks left in the database: realistic traffic, with bursts
// into rate limits and tenants running dry, not calls of tenants whose plan has no endpoints.
// Probe events come from a suspended tenant that the simulator does not play, so each is the
// only "suspended" call of its second on the all-tenants chart.
// With --switch-only, only part 1 runs: to compare the range switch before and after a change
// without the minute of live ingest.
#include "bench_report.h"
#include "gui_bench.h"

#include <models/database_session.h>
#include <models/live_usage_feed.h>
#include <models/usage_dashboard.h>
#include <store/connection.h>
#include <ui/live_usage_page.h>
#include <ui/permission_guard.h>

#include <QApplication>
#include <QComboBox>
#include <QElapsedTimer>
#include <QEvent>
#include <QGraphicsView>
#include <QProcess>
#include <QTimer>

#include <pqxx/pqxx>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <deque>
#include <map>
#include <mutex>
#include <set>
#include <sys/resource.h>
#include <thread>
#include <vector>

namespace {

using namespace meterdesk;
using namespace std::chrono_literals;
using bench::median;
using bench::milliseconds;
using bench::percentile;
using bench::printResult;
using bench::StallWatch;
using bench::SteadyClock;
using bench::waitFor;

constexpr const char* kSlugPrefix = "bl-";
constexpr const char* kPlan = "sim";
constexpr int kHistoryTenants = 10'000;
// Live traffic plays the first of them: metering locks and charges each tenant of a batch, so
// a batch spread over 10,000 tenants costs the database far more than live gateways do.
constexpr int kLiveTenants = 1000;
constexpr int kHistoryDays = 90;
constexpr double kIngestRate = 5000;
constexpr auto kWarmUp = 5s;
constexpr auto kMeasured = 30s;
constexpr auto kProbeInterval = 1200ms;
constexpr int kSwitches = 5;
constexpr const char* kProbeSlug = "zz-bench-probe";

long long scalar(pqxx::connection& connection, const std::string& query) {
    pqxx::nontransaction read(connection);
    return read.exec1(query)[0].as<long long>();
}

// The simulator's options that choose the benchmark's own population.
QStringList population(int tenants) {
    return {"--tenants", QString::number(tenants), "--slug-prefix", kSlugPrefix, "--plan", kPlan};
}

int runSimulator(const QStringList& arguments) {
    QProcess sim;
    sim.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    sim.start(QStringLiteral(MD_SIM_PATH), arguments);
    sim.waitForFinished(-1);
    std::fprintf(stderr, "%s", sim.readAllStandardOutput().constData());
    return sim.exitCode();
}

// 90 days for 10,000 tenants, unless an earlier run already wrote them.
void ensureHistory(pqxx::connection& connection) {
    const std::string ours = std::string("t.slug LIKE '") + kSlugPrefix + "%'";
    const bool written =
        scalar(connection, "SELECT count(*) FROM meter.tenants t WHERE " + ours) >=
            kHistoryTenants &&
        scalar(connection, "SELECT count(*) FROM meter.usage_rollups r "
                           "JOIN meter.tenants t USING (tenant_id) WHERE " +
                               ours + " AND r.minute < now() - interval '80 days'") > 0;
    if (written)
        return;
    std::fprintf(stderr, "bench_live: writing %d days of history for %d tenants...\n", kHistoryDays,
                 kHistoryTenants);
    if (runSimulator(population(kHistoryTenants) +
                     QStringList{"--backfill", QString::number(kHistoryDays), "--seed", "1"}) != 0)
        throw std::runtime_error("meterdesk-sim --backfill failed");
}

// The page's own series query of the 30-day window, without the page.
double bareRollupQueryMs(pqxx::connection& connection, const store::UsageWindow& window) {
    const auto started = SteadyClock::now();
    pqxx::nontransaction read(connection);
    const auto rows = read.exec_params(
        R"(SELECT date_bin($3 * interval '1 second', minute, to_timestamp($1)),
                  sum(allowed_calls), sum(denied_not_in_plan), sum(denied_premium_required),
                  sum(denied_rate_limited), sum(denied_no_credits), sum(denied_suspended),
                  sum(units), sum(credits_ucr)
             FROM meter.usage_rollups
            WHERE minute >= to_timestamp($1) AND minute < to_timestamp($2)
            GROUP BY 1 ORDER BY 1)",
        static_cast<long long>(window.from.time_since_epoch().count()),
        static_cast<long long>(window.until.time_since_epoch().count()),
        static_cast<long long>(window.step.count()));
    bench::doNotOptimize(rows.size());
    return milliseconds(SteadyClock::now() - started);
}

// Whether every chart on the page has painted since arm(): charts redraw a few turns of the
// event loop after their data arrived, so the turn that delivers the data is not the end.
class ChartPaints final : public QObject {
public:
    explicit ChartPaints(QWidget& page) {
        for (QGraphicsView* view : page.findChildren<QGraphicsView*>()) {
            if (!view->isVisible())
                continue;
            view->viewport()->installEventFilter(this);
            ++charts_;
        }
    }

    void arm() { painted_.clear(); }
    bool allPainted() const { return charts_ > 0 && painted_.size() == charts_; }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override {
        if (event->type() == QEvent::Paint)
            painted_.insert(watched);
        return false;
    }

private:
    std::size_t charts_ = 0;
    std::set<QObject*> painted_;
};

// Until the page has read the range and every chart has painted it.
double switchPage(ui::LiveUsagePage& page, ChartPaints& paints, models::UsageRange range) {
    bool loaded = false;
    const auto connection =
        QObject::connect(&page.dashboard(), &models::UsageDashboard::loaded, [&loaded, &paints] {
            loaded = true;
            paints.arm();
        });
    const auto started = SteadyClock::now();
    page.rangePicker()->setCurrentIndex(static_cast<int>(range));
    if (!waitFor([&] { return loaded && paints.allPainted(); }, 120s))
        throw std::runtime_error("the page did not load and draw the range");
    const double elapsed = milliseconds(SteadyClock::now() - started);
    QObject::disconnect(connection);
    return elapsed;
}

void benchRangeSwitch(ui::LiveUsagePage& page, pqxx::connection& connection) {
    ChartPaints paints(page);
    std::vector<double> switches;
    std::vector<double> bare;
    for (int i = 0; i < kSwitches; ++i) {
        switchPage(page, paints, models::UsageRange::Day);
        switches.push_back(switchPage(page, paints, models::UsageRange::Month));
        bare.push_back(bareRollupQueryMs(connection, page.dashboard().series().window()));
    }
    printResult("live_switch_to_30_days_10k_tenants_median", median(switches), "ms", median(bare),
                "ms bare rollup query");
    switchPage(page, paints, models::UsageRange::FiveMinutes);
}

void ensureProbeTenant(pqxx::connection& connection) {
    pqxx::work work(connection);
    work.exec(R"(INSERT INTO meter.plans (code, name) VALUES ('bench-probe', 'Benchmark probe')
                 ON CONFLICT DO NOTHING)");
    work.exec_params(R"(INSERT INTO meter.tenants (slug, name, email, plan_code, status)
                        VALUES ($1, 'Benchmark probe', 'probe@example.com', 'bench-probe', 'suspended')
                        ON CONFLICT (slug) DO NOTHING)",
                     kProbeSlug);
    work.commit();
}

struct Probe {
    std::chrono::sys_seconds second{};
    long long atMs = 0; // the notification's "at"
    SteadyClock::time_point committed{};
};

// Commits one suspended call every kProbeInterval on its own thread and connection.
class ProbeWriter {
public:
    ProbeWriter()
        : connection_(store::connect({}))
        , thread_([this] { run(); }) {}

    ~ProbeWriter() {
        stop_ = true;
        thread_.join();
    }

    std::vector<Probe> take() {
        std::lock_guard lock(mutex_);
        std::vector<Probe> probes(written_.begin(), written_.end());
        written_.clear();
        return probes;
    }

private:
    void run() {
        while (!stop_) {
            pqxx::work work(*connection_);
            const auto at =
                work.exec1("SELECT (extract(epoch FROM now()) * 1000)::bigint")[0].as<long long>();
            work.exec_params("SELECT * FROM meter.track($1, 'probe', '/ping', 'GET')", kProbeSlug);
            work.commit();
            const auto committed = SteadyClock::now();
            {
                std::lock_guard lock(mutex_);
                written_.push_back(
                    {std::chrono::sys_seconds{std::chrono::seconds{at / 1000}}, at, committed});
            }
            std::this_thread::sleep_for(kProbeInterval);
        }
    }

    std::unique_ptr<pqxx::connection> connection_;
    std::atomic<bool> stop_{false};
    std::mutex mutex_;
    std::deque<Probe> written_;
    std::thread thread_;
};

// When each meter_usage notification arrived on a plain LISTEN connection, by its "at".
class NotificationClock {
public:
    NotificationClock()
        : thread_([this] { run(); }) {}

    ~NotificationClock() {
        stop_ = true;
        thread_.join();
    }

    std::optional<SteadyClock::time_point> arrivalOf(long long atMs) {
        std::lock_guard lock(mutex_);
        const auto found = arrivals_.find(atMs);
        if (found == arrivals_.end())
            return std::nullopt;
        return found->second;
    }

private:
    class Receiver final : public pqxx::notification_receiver {
    public:
        Receiver(pqxx::connection_base& connection, NotificationClock& clock)
            : pqxx::notification_receiver(connection, "meter_usage")
            , clock_(clock) {}
        void operator()(const std::string& payload, int) override {
            const auto notice = models::parseUsageNotice(QByteArray::fromStdString(payload));
            if (!notice || notice->denied != 1 || notice->allowed != 0)
                return; // the simulator's batches; probes are one denied call
            std::lock_guard lock(clock_.mutex_);
            clock_.arrivals_[notice->earliest.time_since_epoch().count()] = SteadyClock::now();
        }

    private:
        NotificationClock& clock_;
    };

    void run() {
        auto connection = store::connect({});
        Receiver receiver(*connection, *this);
        while (!stop_)
            connection->await_notification(0, 200'000);
    }

    std::atomic<bool> stop_{false};
    std::mutex mutex_;
    std::map<long long, SteadyClock::time_point> arrivals_;
    std::thread thread_;
};

double processCpuSeconds() {
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return static_cast<double>(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) +
           static_cast<double>(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

struct Window {
    double stallMs = 0;
    double cpuPercent = 0;
};

// Runs the event loop for `duration`, asleep between events, measuring stalls and the
// process's CPU use; `eachTurn` runs after every batch of events (at least every 5 ms).
// `name` says which window a stall it reports on stderr fell in.
Window observe(const char* name, std::chrono::seconds duration,
               const std::function<void()>& eachTurn) {
    StallWatch stalls;
    const double cpuBefore = processCpuSeconds();
    const auto started = SteadyClock::now();
    stalls.start();
    waitFor(
        [&] {
            eachTurn();
            return false;
        },
        duration);
    Window window;
    window.stallMs = stalls.stop();
    std::fprintf(stderr,
                 "bench_live: %s, the longest stall ended %.0f ms in; the GUI thread ran %.0f ms "
                 "of it and waited %.0f ms for a CPU\n",
                 name, stalls.longestAtMs(), stalls.longestCpuMs(), stalls.longestRunQueueMs());
    const double wall = std::chrono::duration<double>(SteadyClock::now() - started).count();
    window.cpuPercent = 100.0 * (processCpuSeconds() - cpuBefore) / wall;
    return window;
}

// Starts the month's allowance of the live tenants, as the monthly run would have: otherwise
// their first calls of the month would do it, in the middle of the measurement.
void startAllowances(pqxx::connection& connection) {
    pqxx::work work(connection);
    work.exec_params(R"(SELECT count(meter.apply_allowance(t.tenant_id, meter.utc_month(now())))
                          FROM (SELECT tenant_id FROM meter.tenants
                                 WHERE slug >= $1 AND left(slug, length($1)) = $1
                                 ORDER BY slug LIMIT $2) t)",
                     kSlugPrefix, kLiveTenants);
    work.commit();
}

void benchIngest(ui::LiveUsagePage& page, pqxx::connection& connection) {
    ensureProbeTenant(connection);
    startAllowances(connection);
    const Window idle = observe("idle", 10s, [] {});

    QProcess sim;
    sim.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    const auto total = kWarmUp + kMeasured + 5s;
    sim.start(QStringLiteral(MD_SIM_PATH),
              population(kLiveTenants) +
                  QStringList{"--rate", QString::number(kIngestRate), "--duration",
                              QString::number(std::chrono::seconds(total).count()), "--seed", "2"});
    if (!sim.waitForStarted())
        throw std::runtime_error("meterdesk-sim did not start");
    observe("warming up", kWarmUp, [] {});

    NotificationClock notifications;
    ProbeWriter probes;
    std::vector<Probe> pending;
    std::vector<double> chartLatencies;
    std::vector<double> notifyLatencies;
    const auto& series = page.dashboard().series();
    const Window busy = observe(
        "at 5,000 events/s", std::chrono::duration_cast<std::chrono::seconds>(kMeasured), [&] {
            for (const Probe& probe : probes.take())
                pending.push_back(probe);
            std::erase_if(pending, [&](const Probe& probe) {
                const int row = series.rowAt(probe.second);
                if (row < 0 || series.countsAt(row).suspended < 1)
                    return false;
                const auto seen = SteadyClock::now();
                chartLatencies.push_back(milliseconds(seen - probe.committed));
                if (const auto arrived = notifications.arrivalOf(probe.atMs))
                    notifyLatencies.push_back(milliseconds(*arrived - probe.committed));
                return true;
            });
        });
    sim.waitForFinished(-1);
    std::fprintf(stderr, "%s", sim.readAllStandardOutput().constData());
    std::fprintf(stderr, "bench_live: %zu probes seen on the chart, %zu missed\n",
                 chartLatencies.size(), pending.size());

    const std::pair<const char*, double> percentiles[] = {
        {"p50", 0.5}, {"p95", 0.95}, {"p99", 0.99}};
    for (const auto& [name, share] : percentiles) {
        printResult(std::string("live_commit_to_chart_") + name + "_at_5000_events_per_s",
                    percentile(chartLatencies, share), "ms", percentile(notifyLatencies, share),
                    "ms to the bare notification");
    }
    printResult("live_longest_gui_stall_at_5000_events_per_s", busy.stallMs, "ms", idle.stallMs,
                "ms idle");
    printResult("live_console_cpu_at_5000_events_per_s", busy.cpuPercent, "% of a core",
                idle.cpuPercent, "% of a core idle");
}

} // namespace

int main(int argc, char* argv[]) {
    bench::renderOffscreenWithoutDisplay();
    QApplication app(argc, argv);
    try {
        auto connection = store::connect({});
        ensureHistory(*connection);

        models::DatabaseSession session;
        session.open({});
        ui::PermissionGuard permissions;
        ui::LiveUsagePage page(session, permissions);
        page.resize(1440, 900);
        page.listen({});
        bool loaded = false;
        QObject::connect(&page.dashboard(), &models::UsageDashboard::loaded,
                         [&loaded] { loaded = true; });
        page.show();
        if (!waitFor([&] { return loaded && page.feed().isListening(); }, 60s))
            throw std::runtime_error("the page did not load or listen");

        benchRangeSwitch(page, *connection);
        if (!QCoreApplication::arguments().contains(QStringLiteral("--switch-only")))
            benchIngest(page, *connection);
    } catch (const std::exception& e) {
        std::fprintf(stderr, "bench_live: %s\n", e.what());
        return 1;
    }
    return 0;
}

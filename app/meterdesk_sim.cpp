// meterdesk-sim: realistic gateway traffic for demos and benchmarks, through the metering
// database's own API (meter.track_batch), or as history written straight into the tables.
#include "sim_backfill.h"
#include "sim_live.h"
#include "sim_population.h"
#include "sim_traffic.h"

#include <store/connection.h>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QRegularExpression>
#include <QTextStream>

#include <atomic>
#include <chrono>
#include <csignal>
#include <functional>
#include <limits>
#include <optional>
#include <random>

namespace {

using namespace meterdesk;

std::atomic<bool> stopRequested{false};

extern "C" void requestStop(int) {
    stopRequested.store(true);
}

QTextStream& out() {
    static QTextStream stream(stdout);
    return stream;
}

QTextStream& err() {
    static QTextStream stream(stderr);
    return stream;
}

class Text {
    Q_DECLARE_TR_FUNCTIONS(meterdesk_sim)
};

struct SimOptions {
    store::ConnectionSettings connection;
    std::optional<double> rate;
    std::chrono::seconds duration{0};
    std::uint64_t seed = 0;
    sim::PopulationChoice population;
    int batch = 200;
    std::optional<int> backfillDays;
};

// The option's value as a whole number from `minimum` to `maximum`; otherwise nothing, and
// `problem` names the option and the rule.
std::optional<long long> wholeNumber(const QCommandLineParser& parser, const QString& option,
                                     long long minimum, long long maximum, QString& problem) {
    bool ok = false;
    const long long value = parser.value(option).toLongLong(&ok);
    if (ok && value >= minimum && value <= maximum)
        return value;
    problem = Text::tr("--%1 must be a whole number from %2 to %3 (got '%4')")
                  .arg(option)
                  .arg(minimum)
                  .arg(maximum)
                  .arg(parser.value(option));
    return std::nullopt;
}

// Reads the whole-number options that are set; false at the first invalid one.
bool readWholeNumbers(const QCommandLineParser& parser, SimOptions& options, QString& problem) {
    struct Limits {
        const char* option;
        long long minimum;
        long long maximum;
        std::function<void(long long)> store;
    };
    const Limits limits[] = {
        {"duration", 0, 10'000'000,
         [&](long long v) {
             options.duration = std::chrono::seconds{v};
         }},
        {"seed", 0, std::numeric_limits<long long>::max(),
         [&](long long v) {
             options.seed = static_cast<std::uint64_t>(v);
         }},
        {"tenants", 1, 1'000'000,
         [&](long long v) {
             options.population.wanted = static_cast<int>(v);
         }},
        // meter.track_batch takes at most 10000 events.
        {"batch", 1, 10'000,
         [&](long long v) {
             options.batch = static_cast<int>(v);
         }},
        {"backfill", 1, 3660,
         [&](long long v) {
             options.backfillDays = static_cast<int>(v);
         }},
    };
    for (const Limits& limit : limits) {
        const QString option = QString::fromLatin1(limit.option);
        if (!parser.isSet(option))
            continue;
        const auto value = wholeNumber(parser, option, limit.minimum, limit.maximum, problem);
        if (!value)
            return false;
        limit.store(*value);
    }
    return true;
}

std::optional<SimOptions> parseOptions(const QCommandLineParser& parser, QString& problem) {
    SimOptions options;
    options.connection.uri = parser.value(QStringLiteral("db")).toStdString();
    options.connection.applicationName = "meterdesk-sim";
    options.seed = std::random_device{}();
    if (parser.isSet(QStringLiteral("rate"))) {
        bool ok = false;
        const double rate = parser.value(QStringLiteral("rate")).toDouble(&ok);
        if (!ok || !(rate > 0) || rate > 1e6) {
            problem = Text::tr("--rate must be a number of events per second above 0 and at most "
                               "1000000 (got '%1')")
                          .arg(parser.value(QStringLiteral("rate")));
            return std::nullopt;
        }
        options.rate = rate;
    }
    if (!readWholeNumbers(parser, options, problem))
        return std::nullopt;
    if (parser.isSet(QStringLiteral("slug-prefix"))) {
        const QString prefix = parser.value(QStringLiteral("slug-prefix"));
        // The start of a slug (meter.tenants' tenant_slug_format), short enough for a number.
        static const QRegularExpression slugStart(QStringLiteral("^[a-z0-9][a-z0-9-]{0,39}$"));
        if (!slugStart.match(prefix).hasMatch()) {
            problem = Text::tr("--slug-prefix must be 1 to 40 lower-case letters, digits or "
                               "hyphens, starting with a letter or digit (got '%1')")
                          .arg(prefix);
            return std::nullopt;
        }
        options.population.slugPrefix = prefix.toStdString();
    }
    options.population.newTenantPlan = parser.value(QStringLiteral("plan")).toStdString();
    return options;
}

QString decisionShares(const sim::MeteringTally& tally) {
    QStringList shares;
    for (const auto& [reason, count] : tally.decisions) {
        shares << QStringLiteral("%1 %2 %")
                      .arg(QString::fromStdString(reason))
                      .arg(100.0 * static_cast<double>(count) / static_cast<double>(tally.events),
                           0, 'f', 1);
    }
    if (tally.duplicates > 0)
        shares << QStringLiteral("duplicates %1").arg(tally.duplicates);
    return shares.join(QStringLiteral(", "));
}

int backfill(pqxx::connection& connection, sim::TrafficModel& model, const SimOptions& options) {
    const double rate = options.rate.value_or(sim::HistoryBackfill::kDefaultRate);
    const auto result =
        sim::HistoryBackfill(connection, model)
            .write(*options.backfillDays, rate, [](int done, int days, std::int64_t events) {
                if (done % 10 == 0 || done == days)
                    err() << Text::tr("meterdesk-sim: %1 of %2 days, %3 "
                                      "events")
                                 .arg(done)
                                 .arg(days)
                                 .arg(events)
                          << Qt::endl;
            });
    out() << Text::tr("meterdesk-sim: backfilled %1 days (%2 events/s of history): %3 events, "
                      "%4 rollups, %5 ledger entries, %6 credits charged")
                 .arg(*options.backfillDays)
                 .arg(rate)
                 .arg(result.events)
                 .arg(result.rollups)
                 .arg(result.ledgerEntries)
                 .arg(QString::fromStdString(result.charged.toString()))
          << Qt::endl;
    out() << Text::tr("meterdesk-sim: achieved %1 events/s (%2 events in %3 s)")
                 .arg(static_cast<double>(result.events) / result.seconds, 0, 'f', 1)
                 .arg(result.events)
                 .arg(result.seconds, 0, 'f', 2)
          << Qt::endl;
    return 0;
}

int play(sim::TrafficModel& model, const SimOptions& options) {
    std::signal(SIGINT, requestStop);
    std::signal(SIGTERM, requestStop);
    sim::LivePlan plan;
    plan.rate = options.rate.value_or(plan.rate);
    plan.duration = options.duration;
    plan.batch = options.batch;
    plan.requestPrefix = "sim-" + std::to_string(options.seed) + "-" +
                         std::to_string(std::chrono::system_clock::now().time_since_epoch() /
                                        std::chrono::seconds{1});
    const sim::MeteringTally tally = sim::LiveTraffic(options.connection, model, plan)
                                         .run(stopRequested, [](const sim::MeteringTally& sofar) {
                                             err()
                                                 << Text::tr("meterdesk-sim: %1 events/s over %2 s")
                                                        .arg(sofar.rate(), 0, 'f', 1)
                                                        .arg(sofar.seconds, 0, 'f', 0)
                                                 << Qt::endl;
                                         });
    out() << Text::tr("meterdesk-sim: achieved %1 events/s (asked %2): %3 events in %4 s")
                 .arg(tally.rate(), 0, 'f', 1)
                 .arg(plan.rate)
                 .arg(tally.events)
                 .arg(tally.seconds, 0, 'f', 2)
          << Qt::endl;
    if (tally.events > 0)
        out() << Text::tr("meterdesk-sim: decisions: %1").arg(decisionShares(tally)) << Qt::endl;
    return 0;
}

} // namespace

int main(int argc, char* argv[]) {
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("meterdesk-sim"));
    QCoreApplication::setApplicationVersion(QStringLiteral(MD_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(Text::tr(
        "Plays realistic gateway traffic into the metering database through meter.track_batch: "
        "the database's tenants on their plans, daily and weekly rhythm, bursts, rate limits "
        "and tenants running dry. With --backfill, writes that many days of history instead "
        "(as the database owner), consistent with the rollups and the ledger, and quits."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOptions({
        {QStringLiteral("db"), Text::tr("Database URI (default: the libpq environment)."),
         QStringLiteral("uri")},
        {QStringLiteral("rate"),
         Text::tr("Events per second, held steady (default 50): the daily and weekly rhythm "
                  "decides which tenants make them. With --backfill, the average per second of "
                  "history, whose volume follows the rhythm (default %1).")
             .arg(sim::HistoryBackfill::kDefaultRate),
         QStringLiteral("events")},
        {QStringLiteral("duration"), Text::tr("Seconds to play; 0 (default) until Ctrl-C."),
         QStringLiteral("seconds")},
        {QStringLiteral("seed"), Text::tr("Random seed, for traffic that can be replayed."),
         QStringLiteral("n")},
        {QStringLiteral("tenants"),
         Text::tr("Play the first N tenants by slug, creating sim-NNNN tenants when fewer "
                  "exist (default: every tenant, or %1 new ones in an empty database).")
             .arg(sim::SimPopulation::kDefaultTenants),
         QStringLiteral("n")},
        {QStringLiteral("slug-prefix"),
         Text::tr("Play only tenants whose slug starts with PREFIX (with --tenants, the first N "
                  "of them by slug), creating PREFIXNNNN tenants when fewer exist: a population "
                  "of its own, whatever other tenants the database holds."),
         QStringLiteral("prefix")},
        {QStringLiteral("plan"),
         Text::tr("Put the tenants it creates on this plan (default: the plans in force, in "
                  "turn). '%1' is the simulator's own plan, created when missing: priced like a "
                  "typical API, with rate limits that bursts run into and a premium endpoint.")
             .arg(QString::fromLatin1(sim::SimPopulation::kSimPlan)),
         QStringLiteral("code")},
        {QStringLiteral("batch"),
         Text::tr("At most N events per meter.track_batch call "
                  "(default 200)."),
         QStringLiteral("n")},
        {QStringLiteral("backfill"), Text::tr("Write the history of the last N days and quit."),
         QStringLiteral("days")},
    });
    parser.process(app);

    QString problem;
    const auto options = parseOptions(parser, problem);
    if (!options) {
        err() << "meterdesk-sim: " << problem << Qt::endl;
        return 2;
    }
    try {
        auto connection = store::connect(options->connection);
        sim::Rng rng(options->seed);
        const auto population = sim::SimPopulation::load(*connection, options->population, rng);
        if (population.tenants().empty()) {
            err() << Text::tr("meterdesk-sim: no tenant to play") << Qt::endl;
            return 1;
        }
        err() << Text::tr("meterdesk-sim: %1 tenants (%2 created), seed %3")
                     .arg(population.tenants().size())
                     .arg(population.created())
                     .arg(options->seed)
              << Qt::endl;
        sim::TrafficModel model(population, options->seed + 1);
        return options->backfillDays ? backfill(*connection, model, *options)
                                     : play(model, *options);
    } catch (const std::exception& e) {
        err() << "meterdesk-sim: " << QString::fromUtf8(e.what()) << Qt::endl;
        return 1;
    }
}

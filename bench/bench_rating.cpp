// Rating throughput: rate() over a million deterministic usage events against a realistic
// tariff, compared with a loop that only reads the same events (sums their units).

#include "bench_report.h"

#include <billing/rating.h>

#include <array>
#include <cstdint>
#include <cstdio>
#include <random>
#include <string>
#include <vector>

using meterdesk::bench::doNotOptimize;
using meterdesk::bench::Stopwatch;
using meterdesk::billing::Credits;
using meterdesk::billing::Decision;
using meterdesk::billing::EndpointRule;
using meterdesk::billing::TariffVersion;
using meterdesk::billing::UsageEvent;

namespace {

constexpr std::size_t kEventCount = 1'000'000;
constexpr double kMinSeconds = 0.5;

constexpr std::array<const char*, 8> kServices = {"maps",     "ai",   "search", "storage",
                                                  "payments", "mail", "sms",    "vision"};
constexpr std::array<const char*, 5> kEndpoints = {"/v1/query", "/v1/items", "/v1/batch",
                                                   "/v1/status", "/v1/stream"};
constexpr std::array<const char*, 5> kRuleMethods = {"GET", "POST", "*", "PUT", "DELETE"};
constexpr std::array<const char*, 5> kCallMethods = {"GET", "POST", "PUT", "DELETE", "PATCH"};
constexpr std::array<const char*, 6> kEventRegions = {"", "eu", "ap", "us", "sa", "mars"};

// 8 services × 5 endpoints = 40 rules with varied prices, a few premium ones and a few
// method wildcards, plus four regional multipliers.
TariffVersion realisticTariff() {
    TariffVersion version;
    version.planCode = "bench";
    version.version = 1;
    version.defaultRateLimit = {600, 60};
    int index = 0;
    for (const char* service : kServices) {
        for (const char* endpoint : kEndpoints) {
            const auto rank = static_cast<std::size_t>(index);
            version.rules.push_back({service, endpoint, kRuleMethods[rank % kRuleMethods.size()],
                                     Credits::fromMicros(100 * (index + 1)),
                                     Credits::fromMicros(index % 7), index % 9 == 0, std::nullopt});
            ++index;
        }
    }
    version.regions = {{"eu", 12500}, {"ap", 15000}, {"us", 9999}, {"sa", 11000}};
    return version;
}

// Mostly billable calls, with some unknown endpoints, wrong methods, premium refusals and
// unlisted regions, from a fixed seed. Raw engine output is used instead of std
// distributions, whose results differ between standard libraries.
std::vector<UsageEvent> deterministicEvents(const TariffVersion& tariff) {
    std::mt19937_64 random(20261125);
    const auto pick = [&random](std::size_t size) {
        return static_cast<std::size_t>(random() % size);
    };
    std::vector<UsageEvent> events;
    events.reserve(kEventCount);
    for (std::size_t i = 0; i < kEventCount; ++i) {
        const EndpointRule& rule = tariff.rules[pick(tariff.rules.size())];
        const bool unknownEndpoint = pick(100) < 5;
        const bool anyMethod = rule.method == "*" || pick(100) < 3;
        events.push_back({rule.service, unknownEndpoint ? "/v1/unknown" : rule.endpoint,
                          anyMethod ? kCallMethods[pick(kCallMethods.size())] : rule.method,
                          kEventRegions[pick(kEventRegions.size())],
                          static_cast<std::int64_t>(1 + pick(1000)), pick(2) == 0});
    }
    return events;
}

// Seconds one pass of `body` takes, averaged over as many passes as fit in kMinSeconds.
template <typename Body>
double secondsPerPass(Body&& body, int& passes) {
    passes = 0;
    const Stopwatch watch;
    do {
        body();
        ++passes;
    } while (watch.elapsedSeconds() < kMinSeconds);
    return watch.elapsedSeconds() / passes;
}

} // namespace

int main() {
    const TariffVersion tariff = realisticTariff();
    const std::vector<UsageEvent> events = deterministicEvents(tariff);

    std::int64_t charged = 0;
    std::int64_t allowed = 0;
    int ratingPasses = 0;
    const double ratingSeconds = secondsPerPass(
        [&] {
            charged = 0;
            allowed = 0;
            doNotOptimize(events.data());
            for (const UsageEvent& event : events) {
                const auto rating = meterdesk::billing::rate(tariff, event);
                charged += rating.charge.micros();
                allowed += rating.decision == Decision::Allowed ? 1 : 0;
            }
            doNotOptimize(charged);
            doNotOptimize(allowed);
        },
        ratingPasses);

    std::int64_t units = 0;
    int baselinePasses = 0;
    const double baselineSeconds = secondsPerPass(
        [&] {
            units = 0;
            doNotOptimize(events.data());
            for (const UsageEvent& event : events) {
                units += event.units;
            }
            doNotOptimize(units);
        },
        baselinePasses);

    std::fprintf(stderr,
                 "bench_rating: %zu events, %zu rules; %lld allowed, %s credits charged per pass; "
                 "%d rating passes, %d baseline passes (%lld units)\n",
                 events.size(), tariff.rules.size(), static_cast<long long>(allowed),
                 Credits::fromMicros(charged).toString().c_str(), ratingPasses, baselinePasses,
                 static_cast<long long>(units));

    const auto eventsPerSecond = [&](double secondsPerPass) {
        return static_cast<double>(events.size()) / secondsPerPass;
    };
    meterdesk::bench::printResult("rating throughput", eventsPerSecond(ratingSeconds), "events/s",
                                  eventsPerSecond(baselineSeconds), "events/s (summing units)");
    return 0;
}

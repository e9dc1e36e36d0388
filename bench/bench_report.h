#pragma once

#include <chrono>
#include <cstdio>
#include <string_view>

// What every Meterdesk benchmark shares: a stopwatch, a guard against the optimiser deleting
// the measured work, and the one result line that scripts parse.
namespace meterdesk::bench {

class Stopwatch {
public:
    Stopwatch()
        : start_(Clock::now()) {}

    void restart() { start_ = Clock::now(); }

    double elapsedSeconds() const {
        return std::chrono::duration<double>(Clock::now() - start_).count();
    }

private:
    using Clock = std::chrono::steady_clock;
    Clock::time_point start_;
};

// Makes `value` look used, and memory look read and written, so a measured loop can neither be
// removed nor hoisted out of its repetitions.
template <typename T>
inline void doNotOptimize(const T& value) {
    asm volatile("" : : "r,m"(value) : "memory");
}

// Prints exactly one line:
//   BENCH <name> | figure <value> <unit> | baseline <value> <unit> | ratio <figure/baseline>
// values with three decimals.
inline void printResult(std::string_view name, double figure, std::string_view unit,
                        double baselineFigure, std::string_view baselineUnit) {
    std::printf("BENCH %.*s | figure %.3f %.*s | baseline %.3f %.*s | ratio %.3f\n",
                static_cast<int>(name.size()), name.data(), figure, static_cast<int>(unit.size()),
                unit.data(), baselineFigure, static_cast<int>(baselineUnit.size()),
                baselineUnit.data(), figure / baselineFigure);
    std::fflush(stdout);
}

} // namespace meterdesk::bench

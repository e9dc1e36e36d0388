#pragma once

#include <QCoreApplication>
#include <QEventLoop>
#include <QTimer>

#include <algorithm>
#include <chrono>
#include <functional>
#include <utility>
#include <vector>

// What the benchmarks of the console's pages share: percentiles, waiting on the event loop,
// and the longest stall of the GUI thread.
namespace meterdesk::bench {

using SteadyClock = std::chrono::steady_clock;

// Call before the QApplication: benchmarks render offscreen unless there is a display to watch.
inline void renderOffscreenWithoutDisplay() {
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
}

inline double milliseconds(SteadyClock::duration duration) {
    return std::chrono::duration<double, std::milli>(duration).count();
}

inline double percentile(std::vector<double> values, double share) {
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    const auto index =
        static_cast<std::size_t>(share * static_cast<double>(values.size() - 1) + 0.5);
    return values[std::min(index, values.size() - 1)];
}

inline double median(std::vector<double> values) {
    return percentile(std::move(values), 0.5);
}

// Runs the event loop, asleep between events, until `done` holds or `timeout` passes;
// returns whether it holds.
inline bool waitFor(const std::function<bool()>& done, std::chrono::milliseconds timeout) {
    QTimer deadline;
    deadline.setSingleShot(true);
    deadline.start(timeout);
    while (!done() && deadline.isActive())
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    return done();
}

// The longest gap between the ticks of a 5 ms timer on the GUI thread, beyond its 5 ms, and
// the step of the benchmark it fell in (named by setStep), so that a stall can be traced.
class StallWatch {
public:
    StallWatch() {
        timer_.setTimerType(Qt::PreciseTimer);
        timer_.setInterval(kTick);
        QObject::connect(&timer_, &QTimer::timeout, [this] {
            const auto now = SteadyClock::now();
            if (now - last_ > longest_) {
                longest_ = now - last_;
                longestStep_ = step_;
                longestAt_ = now - started_;
            }
            last_ = now;
        });
    }
    void start() {
        longest_ = {};
        longestStep_ = step_;
        started_ = last_ = SteadyClock::now();
        timer_.start();
    }
    // Names what the benchmark does from now on; a stall is blamed on the step it ended in.
    void setStep(const char* step) { step_ = step; }
    // The benchmark's own blocking work (its bare baseline queries, run on this thread) is not
    // the page's stall: the watch skips the time between pause() and resume().
    void pause() { timer_.stop(); }
    void resume() {
        last_ = SteadyClock::now();
        timer_.start();
    }
    double stop() {
        timer_.stop();
        return std::max(0.0, milliseconds(longest_) - static_cast<double>(kTick.count()));
    }
    const char* longestStep() const { return longestStep_; }
    double longestAtMs() const { return milliseconds(longestAt_); }

private:
    static constexpr std::chrono::milliseconds kTick{5};
    QTimer timer_;
    SteadyClock::time_point started_{};
    SteadyClock::time_point last_{};
    SteadyClock::duration longest_{};
    SteadyClock::duration longestAt_{};
    const char* step_ = "start";
    const char* longestStep_ = "start";
};

} // namespace meterdesk::bench

#pragma once

#include <QCoreApplication>
#include <QEventLoop>
#include <QTimer>

#include <algorithm>
#include <chrono>
#include <ctime>
#include <fstream>
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
            const double cpu = threadCpuMs();
            const double waiting = runQueueMs();
            if (now - last_ > longest_) {
                longest_ = now - last_;
                longestStep_ = step_;
                longestAt_ = now - started_;
                longestCpuMs_ = cpu - lastCpuMs_;
                longestRunQueueMs_ = waiting - lastRunQueueMs_;
            }
            last_ = now;
            lastCpuMs_ = cpu;
            lastRunQueueMs_ = waiting;
        });
    }
    void start() {
        longest_ = {};
        longestStep_ = step_;
        started_ = last_ = SteadyClock::now();
        lastCpuMs_ = threadCpuMs();
        lastRunQueueMs_ = runQueueMs();
        timer_.start();
    }
    // Names what the benchmark does from now on; a stall is blamed on the step it ended in.
    void setStep(const char* step) { step_ = step; }
    // The benchmark's own blocking work (its bare baseline queries, run on this thread) is not
    // the page's stall: the watch skips the time between pause() and resume().
    void pause() { timer_.stop(); }
    void resume() {
        last_ = SteadyClock::now();
        lastCpuMs_ = threadCpuMs();
        lastRunQueueMs_ = runQueueMs();
        timer_.start();
    }
    double stop() {
        timer_.stop();
        return std::max(0.0, milliseconds(longest_) - static_cast<double>(kTick.count()));
    }
    const char* longestStep() const { return longestStep_; }
    double longestAtMs() const { return milliseconds(longestAt_); }
    // How much of the longest stall the GUI thread spent on a CPU: much less than the stall
    // means it waited (for a lock, or for a CPU that other processes held).
    double longestCpuMs() const { return longestCpuMs_; }
    // How long of it the thread was ready to run but waited for a CPU (Linux's schedstat).
    double longestRunQueueMs() const { return longestRunQueueMs_; }

private:
    static double threadCpuMs() {
        timespec now{};
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
        return static_cast<double>(now.tv_sec) * 1e3 + static_cast<double>(now.tv_nsec) / 1e6;
    }

    static double runQueueMs() {
        std::ifstream schedstat("/proc/thread-self/schedstat");
        double onCpuNs = 0;
        double waitingNs = 0;
        schedstat >> onCpuNs >> waitingNs;
        return waitingNs / 1e6;
    }

    static constexpr std::chrono::milliseconds kTick{5};
    QTimer timer_;
    SteadyClock::time_point started_{};
    SteadyClock::time_point last_{};
    SteadyClock::duration longest_{};
    SteadyClock::duration longestAt_{};
    double lastCpuMs_ = 0;
    double longestCpuMs_ = 0;
    double lastRunQueueMs_ = 0;
    double longestRunQueueMs_ = 0;
    const char* step_ = "start";
    const char* longestStep_ = "start";
};

} // namespace meterdesk::bench

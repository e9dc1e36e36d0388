#include "billing_test_support.h"

#include <billing/errors.h>
#include <billing/rate_window.h>

#include <QTest>

#include <chrono>

using namespace meterdesk::billing;

namespace {

std::chrono::sys_seconds atUnix(qint64 seconds) {
    return std::chrono::sys_seconds{std::chrono::seconds{seconds}};
}

} // namespace

class TestRateWindow : public QObject {
    Q_OBJECT

private slots:
    void windowsAlignToTheEpoch_data();
    void windowsAlignToTheEpoch();
    void fixedWindowEdges_data();
    void fixedWindowEdges();
    void slidingWindowEdges_data();
    void slidingWindowEdges();
    void slidingRetryAfterIsTheFirstPassingSecond_data();
    void slidingRetryAfterIsTheFirstPassingSecond();
    void invalidInputIsRejected_data();
    void invalidInputIsRejected();
};

void TestRateWindow::windowsAlignToTheEpoch_data() {
    QTest::addColumn<qint64>("now");
    QTest::addColumn<qint64>("period");
    QTest::addColumn<qint64>("start");

    QTest::newRow("epoch") << qint64{0} << qint64{60} << qint64{0};
    QTest::newRow("last second of a window") << qint64{59} << qint64{60} << qint64{0};
    QTest::newRow("first second of the next") << qint64{60} << qint64{60} << qint64{60};
    QTest::newRow("second second of the next") << qint64{61} << qint64{60} << qint64{60};
    QTest::newRow("before the epoch floors down") << qint64{-1} << qint64{60} << qint64{-60};
    QTest::newRow("exactly before the epoch") << qint64{-60} << qint64{60} << qint64{-60};
    QTest::newRow("hourly") << qint64{1'700'000'000} << qint64{3600} << qint64{1'699'999'200};
    QTest::newRow("one-second windows")
        << qint64{1'700'000'001} << qint64{1} << qint64{1'700'000'001};
}

void TestRateWindow::windowsAlignToTheEpoch() {
    QFETCH(qint64, now);
    QFETCH(qint64, period);
    QFETCH(qint64, start);

    QCOMPARE(fixed_window::windowStart(atUnix(now), period), atUnix(start));
}

void TestRateWindow::fixedWindowEdges_data() {
    QTest::addColumn<qint64>("count");
    QTest::addColumn<qint64>("requests");
    QTest::addColumn<qint64>("period");
    QTest::addColumn<qint64>("now");
    QTest::addColumn<bool>("allowed");
    QTest::addColumn<qint64>("remaining");
    QTest::addColumn<qint64>("retryAfter");

    // 3 requests per minute; the window holding t=150 is [120, 180).
    QTest::newRow("first request")
        << qint64{0} << qint64{3} << qint64{60} << qint64{150} << true << qint64{2} << qint64{0};
    QTest::newRow("last request allowed")
        << qint64{2} << qint64{3} << qint64{60} << qint64{150} << true << qint64{0} << qint64{0};
    QTest::newRow("first request denied")
        << qint64{3} << qint64{3} << qint64{60} << qint64{150} << false << qint64{0} << qint64{30};
    QTest::newRow("denied in the window's first second")
        << qint64{3} << qint64{3} << qint64{60} << qint64{120} << false << qint64{0} << qint64{60};
    QTest::newRow("denied in the window's last second")
        << qint64{3} << qint64{3} << qint64{60} << qint64{179} << false << qint64{0} << qint64{1};
    QTest::newRow("far over the limit")
        << qint64{50} << qint64{3} << qint64{60} << qint64{150} << false << qint64{0} << qint64{30};
    QTest::newRow("one per second allowed")
        << qint64{0} << qint64{1} << qint64{1} << qint64{7} << true << qint64{0} << qint64{0};
    QTest::newRow("one per second denied")
        << qint64{1} << qint64{1} << qint64{1} << qint64{7} << false << qint64{0} << qint64{1};
    QTest::newRow("before the epoch")
        << qint64{3} << qint64{3} << qint64{60} << qint64{-1} << false << qint64{0} << qint64{1};
}

void TestRateWindow::fixedWindowEdges() {
    QFETCH(qint64, count);
    QFETCH(qint64, requests);
    QFETCH(qint64, period);
    QFETCH(qint64, now);
    QFETCH(bool, allowed);
    QFETCH(qint64, remaining);
    QFETCH(qint64, retryAfter);

    const WindowCheck result = fixed_window::check(count, RateLimit{requests, period}, atUnix(now));
    QCOMPARE(result.allowed, allowed);
    QCOMPARE(result.remaining, remaining);
    QCOMPARE(result.retryAfterSeconds, retryAfter);
}

void TestRateWindow::slidingWindowEdges_data() {
    QTest::addColumn<qint64>("previous");
    QTest::addColumn<qint64>("current");
    QTest::addColumn<qint64>("elapsed");
    QTest::addColumn<bool>("allowed");
    QTest::addColumn<qint64>("remaining");
    QTest::addColumn<qint64>("retryAfter");

    // 10 requests per 60 s; estimate = previous × (60 − elapsed) / 60 + current.
    QTest::newRow("idle") << qint64{0} << qint64{0} << qint64{0} << true << qint64{9} << qint64{0};
    QTest::newRow("last allowed, no history")
        << qint64{0} << qint64{9} << qint64{30} << true << qint64{0} << qint64{0};
    QTest::newRow("first denied, no history")
        << qint64{0} << qint64{10} << qint64{0} << false << qint64{0} << qint64{66};
    QTest::newRow("full previous window at the boundary second")
        << qint64{10} << qint64{0} << qint64{0} << false << qint64{0} << qint64{6};
    QTest::newRow("one second before the weight admits")
        << qint64{10} << qint64{0} << qint64{5} << false << qint64{0} << qint64{1};
    QTest::newRow("first second the weight admits (estimate exactly 9)")
        << qint64{10} << qint64{0} << qint64{6} << true << qint64{0} << qint64{0};
    QTest::newRow("fractional estimate 7.5 leaves one more")
        << qint64{5} << qint64{5} << qint64{30} << true << qint64{1} << qint64{0};
    QTest::newRow("fractional estimate 8.5 is the last")
        << qint64{5} << qint64{6} << qint64{30} << true << qint64{0} << qint64{0};
    QTest::newRow("estimate 9.5 is denied")
        << qint64{5} << qint64{7} << qint64{30} << false << qint64{0} << qint64{6};
    QTest::newRow("previous weight nearly gone")
        << qint64{10} << qint64{9} << qint64{59} << false << qint64{0} << qint64{1};
}

void TestRateWindow::slidingWindowEdges() {
    QFETCH(qint64, previous);
    QFETCH(qint64, current);
    QFETCH(qint64, elapsed);
    QFETCH(bool, allowed);
    QFETCH(qint64, remaining);
    QFETCH(qint64, retryAfter);

    const qint64 windowStart = 600;
    const WindowCheck result =
        sliding_window::check(previous, current, RateLimit{10, 60}, atUnix(windowStart + elapsed));
    QCOMPARE(result.allowed, allowed);
    QCOMPARE(result.remaining, remaining);
    QCOMPARE(result.retryAfterSeconds, retryAfter);
}

// Replays the promise of retryAfterSeconds: nothing passes before it, a request passes at it,
// assuming no other request arrives (counts roll over into the next windows as they would).
void TestRateWindow::slidingRetryAfterIsTheFirstPassingSecond_data() {
    QTest::addColumn<qint64>("previous");
    QTest::addColumn<qint64>("current");
    QTest::addColumn<qint64>("requests");
    QTest::addColumn<qint64>("elapsed");

    QTest::newRow("weighted previous") << qint64{10} << qint64{0} << qint64{10} << qint64{0};
    QTest::newRow("current full") << qint64{3} << qint64{10} << qint64{10} << qint64{20};
    QTest::newRow("current over") << qint64{0} << qint64{25} << qint64{10} << qint64{40};
    QTest::newRow("limit one, previous used") << qint64{1} << qint64{0} << qint64{1} << qint64{59};
    QTest::newRow("limit one, current used") << qint64{0} << qint64{1} << qint64{1} << qint64{0};
    QTest::newRow("odd weights") << qint64{7} << qint64{2} << qint64{7} << qint64{13};
}

void TestRateWindow::slidingRetryAfterIsTheFirstPassingSecond() {
    QFETCH(qint64, previous);
    QFETCH(qint64, current);
    QFETCH(qint64, requests);
    QFETCH(qint64, elapsed);

    const qint64 period = 60;
    const RateLimit limit{requests, period};
    const auto passesAt = [&](qint64 offset) {
        const qint64 windowsLater = (elapsed + offset) / period;
        const qint64 prev = windowsLater == 0 ? previous : (windowsLater == 1 ? current : 0);
        const qint64 curr = windowsLater == 0 ? current : 0;
        return sliding_window::check(prev, curr, limit, atUnix(elapsed + offset)).allowed;
    };
    const WindowCheck denied = sliding_window::check(previous, current, limit, atUnix(elapsed));
    QVERIFY(!denied.allowed);
    QVERIFY(denied.retryAfterSeconds >= 1);
    for (qint64 offset = 0; offset < denied.retryAfterSeconds; ++offset) {
        QVERIFY2(!passesAt(offset), qPrintable(QString("passes early at +%1 s").arg(offset)));
    }
    QVERIFY(passesAt(denied.retryAfterSeconds));
}

void TestRateWindow::invalidInputIsRejected_data() {
    QTest::addColumn<qint64>("count");
    QTest::addColumn<qint64>("requests");
    QTest::addColumn<qint64>("period");

    QTest::newRow("no requests") << qint64{0} << qint64{0} << qint64{60};
    QTest::newRow("no period") << qint64{0} << qint64{10} << qint64{0};
    QTest::newRow("negative period") << qint64{0} << qint64{10} << qint64{-60};
    QTest::newRow("negative count") << qint64{-1} << qint64{10} << qint64{60};
}

void TestRateWindow::invalidInputIsRejected() {
    QFETCH(qint64, count);
    QFETCH(qint64, requests);
    QFETCH(qint64, period);

    const RateLimit limit{requests, period};
    QVERIFY_THROWS_EXCEPTION(InvalidArgument, fixed_window::check(count, limit, atUnix(0)));
    QVERIFY_THROWS_EXCEPTION(InvalidArgument, sliding_window::check(count, 0, limit, atUnix(0)));
    QVERIFY_THROWS_EXCEPTION(InvalidArgument, sliding_window::check(0, count, limit, atUnix(0)));
}

QTEST_APPLESS_MAIN(TestRateWindow)
#include "tst_rate_window.moc"

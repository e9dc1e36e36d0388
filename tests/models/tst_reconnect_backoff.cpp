#include <models/reconnect_backoff.h>

#include <QTest>

using namespace std::chrono_literals;
using meterdesk::models::ReconnectBackoff;

class TestReconnectBackoff : public QObject {
    Q_OBJECT

private slots:
    void doublesUpToTheCap_data() {
        QTest::addColumn<int>("attempt");
        QTest::addColumn<int>("expectedMs");

        QTest::newRow("first") << 1 << 250;
        QTest::newRow("second") << 2 << 500;
        QTest::newRow("third") << 3 << 1'000;
        QTest::newRow("eighth") << 8 << 30'000; // 32 s would exceed the cap
        QTest::newRow("much later") << 40 << 30'000;
    }
    void doublesUpToTheCap() {
        QFETCH(int, attempt);
        QFETCH(int, expectedMs);
        ReconnectBackoff backoff;
        std::chrono::milliseconds delay{};
        for (int i = 0; i < attempt; ++i) {
            delay = backoff.next();
        }
        QCOMPARE(delay.count(), expectedMs);
    }

    void resetStartsOver() {
        ReconnectBackoff backoff;
        backoff.next();
        backoff.next();
        backoff.reset();
        QCOMPARE(backoff.next(), 250ms);
    }
};

QTEST_GUILESS_MAIN(TestReconnectBackoff)
#include "tst_reconnect_backoff.moc"

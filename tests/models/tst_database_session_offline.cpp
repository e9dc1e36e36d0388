#include <models/database_session.h>

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimer>

#include <chrono>
#include <optional>

using namespace meterdesk;
using models::DatabaseSession;
using models::Retry;
using Kind = store::StoreError::Kind;

namespace {

// What a job's error handler saw.
struct Outcome {
    std::optional<Kind> errorKind;
    bool onGuiThread = false;
    bool resultDelivered = false;
};

// Runs a job that would succeed on any database; records how it ended.
void runProbe(DatabaseSession& session, QObject* context, Outcome& outcome, Retry retry) {
    session.run(
        context, [](pqxx::connection&) { return 42; },
        [&outcome](int) { outcome.resultDelivered = true; },
        [&outcome](const store::StoreError& error) {
            outcome.errorKind = error.kind();
            outcome.onGuiThread = QThread::currentThread() == qApp->thread();
        },
        retry);
}

} // namespace

// DatabaseSession against a server that is not there: a socket folder where nothing listens.
class TestDatabaseSessionOffline : public QObject {
    Q_OBJECT

private slots:
    void init() {
        QVERIFY(socketDir_.isValid());
        settings_.uri = "host=" + socketDir_.path().toStdString() + " port=5 dbname=none";
    }

    void reportsADeadServerWithoutBlocking() {
        DatabaseSession session;
        QSignalSpy states(&session, &DatabaseSession::stateChanged);
        QSignalSpy lost(&session, &DatabaseSession::connectionLost);

        QElapsedTimer clock;
        clock.start();
        session.open(settings_);
        QVERIFY(clock.elapsed() < 50);
        QCOMPARE(session.state(), DatabaseSession::State::Connecting);

        QVERIFY(lost.wait(5'000));
        QVERIFY2(lost.at(0).at(0).toString().contains(socketDir_.path()),
                 qPrintable(lost.at(0).at(0).toString()));
        QCOMPARE(session.state(), DatabaseSession::State::Reconnecting);
        QCOMPARE(states.at(0).at(0).value<DatabaseSession::State>(),
                 DatabaseSession::State::Connecting);
        QCOMPARE(states.last().at(0).value<DatabaseSession::State>(),
                 DatabaseSession::State::Reconnecting);
        QVERIFY(!session.sessionInfo().has_value());
    }

    void keepsRetryingWithBackoff() {
        DatabaseSession session;
        QSignalSpy lost(&session, &DatabaseSession::connectionLost);
        QElapsedTimer clock;
        clock.start();
        session.open(settings_);
        QTRY_COMPARE_WITH_TIMEOUT(lost.count(), 3, 5'000);
        // 250 ms then 500 ms between the three attempts.
        QVERIFY2(clock.elapsed() >= 700, qPrintable(QString::number(clock.elapsed())));
    }

    void theEventLoopNeverStalls() {
        DatabaseSession session;
        QSignalSpy lost(&session, &DatabaseSession::connectionLost);
        QElapsedTimer sinceTick;
        qint64 longestGap = 0;
        QTimer ticker;
        ticker.setInterval(5);
        connect(&ticker, &QTimer::timeout,
                [&] { longestGap = std::max(longestGap, sinceTick.restart()); });
        sinceTick.start();
        ticker.start();
        session.open(settings_);
        QTRY_COMPARE_WITH_TIMEOUT(lost.count(), 3, 5'000);
        QVERIFY2(longestGap < 50, qPrintable(QString::number(longestGap)));
    }

    void writesFailAtOnceWhileDown() {
        DatabaseSession session;
        QSignalSpy lost(&session, &DatabaseSession::connectionLost);
        session.open(settings_);
        QVERIFY(lost.wait(5'000));

        Outcome outcome;
        runProbe(session, this, outcome, Retry::Never);
        QTRY_VERIFY(outcome.errorKind.has_value());
        QCOMPARE(*outcome.errorKind, Kind::ConnectionLost);
        QVERIFY(outcome.onGuiThread);
        QVERIFY(!outcome.resultDelivered);
    }

    void retryableReadsWaitUntilClosed() {
        DatabaseSession session;
        QSignalSpy lost(&session, &DatabaseSession::connectionLost);
        session.open(settings_);
        Outcome outcome;
        runProbe(session, this, outcome, Retry::OnReconnect);
        QTRY_COMPARE_WITH_TIMEOUT(lost.count(), 2, 5'000);
        QVERIFY(!outcome.errorKind.has_value());

        QSignalSpy states(&session, &DatabaseSession::stateChanged);
        session.close();
        QTRY_VERIFY(outcome.errorKind.has_value());
        QCOMPARE(*outcome.errorKind, Kind::ConnectionLost);
        QTRY_COMPARE(session.state(), DatabaseSession::State::Disconnected);
    }

    void jobsOfAnUnopenedSessionFail() {
        DatabaseSession session;
        Outcome outcome;
        runProbe(session, this, outcome, Retry::Never);
        QTRY_VERIFY(outcome.errorKind.has_value());
        QCOMPARE(*outcome.errorKind, Kind::ConnectionLost);
    }

    void nothingReachesADestroyedContext() {
        DatabaseSession session;
        Outcome outcome;
        auto* context = new QObject;
        runProbe(session, context, outcome, Retry::Never);
        delete context;
        // A later job on the same FIFO queue proves the first one was handled.
        Outcome later;
        runProbe(session, this, later, Retry::Never);
        QTRY_VERIFY(later.errorKind.has_value());
        QVERIFY(!outcome.errorKind.has_value());
    }

private:
    QTemporaryDir socketDir_;
    store::ConnectionSettings settings_;
};

QTEST_GUILESS_MAIN(TestDatabaseSessionOffline)
#include "tst_database_session_offline.moc"

#include <billing/errors.h>
#include <models/database_session.h>

#include <QSignalSpy>
#include <QTest>
#include <QThread>

#include <pqxx/pqxx>

#include <optional>
#include <vector>

using namespace meterdesk;
using namespace std::chrono_literals;
using models::DatabaseSession;
using models::Retry;
using Kind = store::StoreError::Kind;

Q_DECLARE_METATYPE(Kind)

namespace {

// Opens a session on the sandbox (the libpq environment) and waits until it is connected.
struct OpenSession {
    DatabaseSession session;

    OpenSession() {
        session.open({{}, {}, "tst_database_session"});
        QTRY_COMPARE_WITH_TIMEOUT(session.state(), DatabaseSession::State::Connected, 10'000);
    }

    int backendPid() {
        std::optional<int> pid;
        session.run(
            nullptr, [](pqxx::connection& connection) { return connection.backendpid(); },
            [&pid](int value) { pid = value; }, [](const store::StoreError&) {});
        [&] {
            QTRY_VERIFY(pid.has_value());
        }();
        return pid.value_or(0);
    }
};

// Ends the session's server process from outside, as a restarted server or a network cut would.
void terminateBackend(int pid) {
    pqxx::connection admin;
    pqxx::nontransaction(admin).exec("SELECT pg_terminate_backend(" + std::to_string(pid) + ")");
}

} // namespace

class TestDatabaseSession : public QObject {
    Q_OBJECT

private slots:
    void describesTheSessionOnceConnected() {
        DatabaseSession session;
        QSignalSpy described(&session, &DatabaseSession::sessionDescribed);
        QSignalSpy states(&session, &DatabaseSession::stateChanged);
        session.open({{}, {}, "tst_database_session"});
        QVERIFY(described.wait(10'000));
        QCOMPARE(session.state(), DatabaseSession::State::Connected);
        QCOMPARE(states.count(), 2); // Connecting, Connected
        const auto info = described.at(0).at(0).value<store::SessionInfo>();
        QCOMPARE(info.role, qgetenv("PGUSER").toStdString());
        QVERIFY2(info.serverVersion.starts_with("15"), info.serverVersion.c_str());
        QVERIFY(session.sessionInfo().has_value());
        QVERIFY(session.sessionInfo()->capabilities.admin);
    }

    void runsJobsOnTheWorkerAndDeliversOnTheGuiThread() {
        OpenSession open;
        QThread* jobThread = nullptr;
        QThread* resultThread = nullptr;
        std::optional<int> answer;
        open.session.run(
            this,
            [&jobThread](pqxx::connection& connection) {
                jobThread = QThread::currentThread();
                return pqxx::nontransaction(connection).exec1("SELECT 41 + 1")[0].as<int>();
            },
            [&](int value) {
                resultThread = QThread::currentThread();
                answer = value;
            },
            [](const store::StoreError& error) { QFAIL(error.what()); });
        QTRY_VERIFY(answer.has_value());
        QCOMPARE(*answer, 42);
        QCOMPARE(resultThread, QThread::currentThread());
        QVERIFY(jobThread != nullptr);
        QVERIFY(jobThread != QThread::currentThread());
    }

    void runsJobsInTheOrderGiven() {
        OpenSession open;
        std::vector<int> finished;
        constexpr int count = 20;
        for (int i = 0; i < count; ++i) {
            open.session.run(
                this,
                [i](pqxx::connection& connection) {
                    // Earlier jobs take longer, so only a FIFO queue keeps them in order.
                    pqxx::nontransaction(connection)
                        .exec("SELECT pg_sleep(" + std::to_string((count - i) * 0.002) + ")");
                    return i;
                },
                [&finished](int value) { finished.push_back(value); },
                [](const store::StoreError& error) { QFAIL(error.what()); });
        }
        QTRY_COMPARE_WITH_TIMEOUT(static_cast<int>(finished.size()), count, 10'000);
        for (int i = 0; i < count; ++i) {
            QCOMPARE(finished[static_cast<std::size_t>(i)], i);
        }
    }

    void jobsWithoutResultReportCompletion() {
        OpenSession open;
        bool done = false;
        open.session.run(
            this,
            [](pqxx::connection& connection) { pqxx::nontransaction(connection).exec("SELECT 1"); },
            [&done] { done = true; }, [](const store::StoreError& error) { QFAIL(error.what()); });
        QTRY_VERIFY(done);
    }

    void reportsFailuresAsStoreErrors_data() {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<Kind>("kind");

        QTest::newRow("bad number") << "SELECT 'x'::int" << Kind::InvalidArgument;
        QTest::newRow("check constraint")
            << "INSERT INTO meter.tenants (slug, name, email, plan_code) "
               "VALUES ('NOT A SLUG', 'n', 'a@b.example', 'none')"
            << Kind::ConstraintViolated;
        QTest::newRow("division by zero") << "SELECT 1 / 0" << Kind::Other;
        QTest::newRow("billing refusal") << "" << Kind::InvalidArgument;
    }
    void reportsFailuresAsStoreErrors() {
        QFETCH(QString, sql);
        QFETCH(Kind, kind);
        OpenSession open;
        std::optional<Kind> reported;
        open.session.run(
            this,
            [sql = sql.toStdString()](pqxx::connection& connection) {
                if (sql.empty()) {
                    throw billing::InvalidArgument("amount must be positive");
                }
                pqxx::work(connection).exec(sql);
            },
            [] { QFAIL("the job should have failed"); },
            [&reported](const store::StoreError& error) { reported = error.kind(); });
        QTRY_VERIFY(reported.has_value());
        QCOMPARE(*reported, kind);

        // The connection is still usable after a failed statement.
        bool done = false;
        open.session.run(
            this,
            [](pqxx::connection& connection) { pqxx::nontransaction(connection).exec("SELECT 1"); },
            [&done] { done = true; }, [](const store::StoreError& error) { QFAIL(error.what()); });
        QTRY_VERIFY(done);
        QCOMPARE(open.session.state(), DatabaseSession::State::Connected);
    }

    void measuresTheRoundTripWhileIdle() {
        OpenSession open;
        QSignalSpy measured(&open.session, &DatabaseSession::roundTripMeasured);
        open.session.setPingInterval(50ms);
        QVERIFY(measured.wait(5'000));
        const auto roundTrip = measured.at(0).at(0).value<std::chrono::microseconds>();
        QVERIFY(roundTrip > 0us);
        QVERIFY(roundTrip < 5s);
    }

    void dropsResultsForADestroyedContext() {
        OpenSession open;
        auto* context = new QObject;
        bool delivered = false;
        open.session.run(
            context,
            [](pqxx::connection& connection) {
                pqxx::nontransaction(connection).exec("SELECT pg_sleep(0.2)");
                return 1;
            },
            [&delivered](int) { delivered = true; },
            [&delivered](const store::StoreError&) { delivered = true; });
        delete context;
        bool later = false;
        open.session.run(
            this, [](pqxx::connection&) { return 2; }, [&later](int) { later = true; },
            [](const store::StoreError& error) { QFAIL(error.what()); });
        QTRY_VERIFY(later);
        QVERIFY(!delivered);
    }

    void rerunsRetryableReadsAfterReconnecting() {
        OpenSession open;
        QSignalSpy lost(&open.session, &DatabaseSession::connectionLost);
        QSignalSpy states(&open.session, &DatabaseSession::stateChanged);
        terminateBackend(open.backendPid());

        std::optional<int> answer;
        open.session.run(
            this,
            [](pqxx::connection& connection) {
                return pqxx::nontransaction(connection).exec1("SELECT 7")[0].as<int>();
            },
            [&answer](int value) { answer = value; },
            [](const store::StoreError& error) { QFAIL(error.what()); }, Retry::OnReconnect);
        QTRY_VERIFY_WITH_TIMEOUT(answer.has_value(), 10'000);
        QCOMPARE(*answer, 7);
        QCOMPARE(lost.count(), 1);
        QCOMPARE(states.at(0).at(0).value<DatabaseSession::State>(),
                 DatabaseSession::State::Reconnecting);
        QCOMPARE(open.session.state(), DatabaseSession::State::Connected);
    }

    void reportsWritesCutOffByALostConnection() {
        OpenSession open;
        terminateBackend(open.backendPid());

        std::optional<Kind> reported;
        open.session.run(
            this,
            [](pqxx::connection& connection) {
                pqxx::work work(connection);
                work.exec("SELECT 1");
                work.commit();
            },
            [] { QFAIL("a write on a dead connection cannot succeed"); },
            [&reported](const store::StoreError& error) { reported = error.kind(); });
        QTRY_VERIFY(reported.has_value());
        QCOMPARE(*reported, Kind::ConnectionLost);
        // The session heals by itself for the next job.
        QTRY_COMPARE_WITH_TIMEOUT(open.session.state(), DatabaseSession::State::Connected, 10'000);
    }
};

QTEST_GUILESS_MAIN(TestDatabaseSession)
#include "tst_database_session.moc"

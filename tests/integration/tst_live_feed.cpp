#include <store/connection.h>
#include <store/live_feed.h>

#include <QSignalSpy>
#include <QTest>

#include <pqxx/pqxx>

using namespace meterdesk;

namespace {

store::ConnectionSettings feedSettings() {
    store::ConnectionSettings settings;
    settings.applicationName = "tst_live_feed";
    return settings;
}

void notify(const std::string& channel, const std::string& payload) {
    auto connection = store::connect({});
    pqxx::nontransaction(*connection).exec_params("SELECT pg_notify($1, $2)", channel, payload);
}

} // namespace

class TestLiveFeed : public QObject {
    Q_OBJECT

private slots:
    void deliversEachChannelToItsSignal_data() {
        QTest::addColumn<QString>("channel");
        QTest::addColumn<bool>("isUsage");
        QTest::newRow("usage") << store::LiveFeed::usageChannel << true;
        QTest::newRow("alert") << store::LiveFeed::alertChannel << false;
    }

    void deliversEachChannelToItsSignal() {
        QFETCH(QString, channel);
        QFETCH(bool, isUsage);

        store::LiveFeed feed(feedSettings());
        QSignalSpy usage(&feed, &store::LiveFeed::usageNotified);
        QSignalSpy alerts(&feed, &store::LiveFeed::alertNotified);
        QSignalSpy listening(&feed, &store::LiveFeed::listening);
        feed.start();
        QCOMPARE(listening.count(), 1);

        notify(channel.toStdString(), R"({"events": 3})");
        QSignalSpy& expected = isUsage ? usage : alerts;
        QVERIFY(expected.wait(5000));
        QCOMPARE(expected.takeFirst().at(0).toByteArray(), QByteArray(R"({"events": 3})"));
        QCOMPARE((isUsage ? alerts : usage).count(), 0);
    }

    void reconnectsAfterTheServerDropsTheSession() {
        store::LiveFeed feed(feedSettings());
        QSignalSpy lost(&feed, &store::LiveFeed::connectionLost);
        QSignalSpy listening(&feed, &store::LiveFeed::listening);
        QSignalSpy usage(&feed, &store::LiveFeed::usageNotified);
        feed.start();

        auto admin = store::connect({});
        pqxx::nontransaction(*admin).exec("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                                          "WHERE application_name = 'tst_live_feed'");
        QVERIFY(lost.wait(5000));
        QTRY_COMPARE_WITH_TIMEOUT(listening.count(), 2, 10000);

        notify(store::LiveFeed::usageChannel, "after reconnect");
        QVERIFY(usage.wait(5000));
        QCOMPARE(usage.takeFirst().at(0).toByteArray(), QByteArray("after reconnect"));
    }

    void unreachableServerIsReportedAndRetried() {
        store::ConnectionSettings settings = feedSettings();
        settings.uri = "host=/nonexistent-meterdesk-socket-dir";
        store::LiveFeed feed(settings);
        QSignalSpy lost(&feed, &store::LiveFeed::connectionLost);
        feed.start();
        QCOMPARE(lost.count(), 1);
        QVERIFY(!lost.takeFirst().at(0).toString().isEmpty());
        QVERIFY2(lost.wait(5000), "no second attempt after the backoff");
    }
};

QTEST_GUILESS_MAIN(TestLiveFeed)
#include "tst_live_feed.moc"

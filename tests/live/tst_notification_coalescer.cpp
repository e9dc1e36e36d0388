#include <models/live_usage_feed.h>

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

using namespace meterdesk;
using namespace std::chrono_literals;
using models::NotificationCoalescer;
using models::UsageNotice;

namespace {

QByteArray usagePayload(long long atMs, int events, int allowed, long long credits) {
    return QStringLiteral(
               R"({"at": %1, "events": %2, "allowed": %3, "denied": %4, "credits_ucr": %5})")
        .arg(atMs)
        .arg(events)
        .arg(allowed)
        .arg(events - allowed)
        .arg(credits)
        .toUtf8();
}

} // namespace

class TestNotificationCoalescer : public QObject {
    Q_OBJECT

private slots:
    void usagePayloadsAreRead_data() {
        QTest::addColumn<QByteArray>("payload");
        QTest::addColumn<bool>("valid");
        QTest::newRow("as meter_events sends it")
            << QByteArray(
                   R"({"at":1790000000123,"events":500,"allowed":480,"denied":20,"credits_ucr":123456789})")
            << true;
        QTest::newRow("not JSON") << QByteArray("events=3") << false;
        QTest::newRow("an array") << QByteArray("[1, 2]") << false;
        QTest::newRow("missing credits")
            << QByteArray(R"({"at":1,"events":1,"allowed":1,"denied":0})") << false;
        QTest::newRow("text where a number belongs")
            << QByteArray(R"({"at":"now","events":1,"allowed":1,"denied":0,"credits_ucr":0})")
            << false;
    }

    void usagePayloadsAreRead() {
        QFETCH(QByteArray, payload);
        QFETCH(bool, valid);
        const auto notice = models::parseUsageNotice(payload);
        QCOMPARE(notice.has_value(), valid);
        if (!valid)
            return;
        QCOMPARE(notice->earliest.time_since_epoch().count(), 1790000000123);
        QCOMPARE(notice->latest, notice->earliest);
        QCOMPARE(notice->events, 500);
        QCOMPARE(notice->allowed, 480);
        QCOMPARE(notice->denied, 20);
        QCOMPARE(notice->credits.micros(), 123456789);
        QCOMPARE(notice->notifications, 1);
    }

    void alertPayloadsAreRead() {
        const auto alert = models::parseAlertNotice(
            R"({"tenant_id": 42, "slug": "acme", "alert_id": 7, "kind": "exhausted",
                "balance_ucr": 0, "at": 1790000000000})");
        QVERIFY(alert);
        QCOMPARE(alert->tenantId, 42);
        QCOMPARE(alert->alertId, 7);
        QCOMPARE(alert->tenantSlug, std::string("acme"));
        QCOMPARE(alert->kind, std::string("exhausted"));
        QVERIFY(alert->balance.isZero());
        QVERIFY(!models::parseAlertNotice(R"({"tenant_id": 42})"));
    }

    void theFirstNoticeAfterQuietGoesAtOnce() {
        NotificationCoalescer coalescer(200ms);
        QSignalSpy usage(&coalescer, &NotificationCoalescer::usageCommitted);
        coalescer.addUsage(usagePayload(1000, 3, 2, 50));
        QCOMPARE(usage.count(), 1);
        QCOMPARE(usage.at(0).at(0).value<UsageNotice>().events, 3);
    }

    void aFloodIsDeliveredOncePerIntervalAndSummed() {
        NotificationCoalescer coalescer(200ms);
        QSignalSpy usage(&coalescer, &NotificationCoalescer::usageCommitted);
        coalescer.addUsage(usagePayload(1000, 1, 1, 10));
        QElapsedTimer clock;
        clock.start();
        for (int i = 0; i < 1000; ++i)
            coalescer.addUsage(usagePayload(2000 - i, 2, 1, 5));
        QCOMPARE(usage.count(), 1); // only the first, at once

        QVERIFY(usage.wait(1000));
        QVERIFY2(clock.elapsed() >= 150, "the second delivery came before the interval ended");
        QCOMPARE(usage.count(), 2);
        const UsageNotice summed = usage.at(1).at(0).value<UsageNotice>();
        QCOMPARE(summed.notifications, 1000);
        QCOMPARE(summed.events, 2000);
        QCOMPARE(summed.allowed, 1000);
        QCOMPARE(summed.denied, 1000);
        QCOMPARE(summed.credits.micros(), 5000);
        QCOMPARE(summed.earliest.time_since_epoch().count(), 1001);
        QCOMPARE(summed.latest.time_since_epoch().count(), 2000);

        QTest::qWait(300);
        QCOMPARE(usage.count(), 2); // nothing more without new notifications
    }

    void alertsAreDeliveredTogether() {
        NotificationCoalescer coalescer(100ms);
        QSignalSpy alerts(&coalescer, &NotificationCoalescer::alertsRaised);
        for (int id = 1; id <= 3; ++id) {
            coalescer.addAlert(QStringLiteral(R"({"tenant_id": %1, "slug": "t%1", "alert_id": %1,
                                                 "kind": "low_credit", "balance_ucr": 5, "at": 1})")
                                   .arg(id)
                                   .toUtf8());
        }
        QVERIFY(alerts.count() == 1 || alerts.wait(1000));
        QTRY_COMPARE(alerts.count(), 2);
        QCOMPARE(alerts.at(0).at(0).value<QList<models::AlertNotice>>().size(), 1);
        QCOMPARE(alerts.at(1).at(0).value<QList<models::AlertNotice>>().size(), 2);
    }

    void malformedNotificationsAreIgnored() {
        NotificationCoalescer coalescer(100ms);
        QSignalSpy usage(&coalescer, &NotificationCoalescer::usageCommitted);
        QTest::ignoreMessage(QtWarningMsg,
                             "Meterdesk: ignoring a malformed meter_usage notification: nonsense");
        coalescer.addUsage("nonsense");
        QTest::qWait(150);
        QCOMPARE(usage.count(), 0);
    }
};

QTEST_GUILESS_MAIN(TestNotificationCoalescer)
#include "tst_notification_coalescer.moc"

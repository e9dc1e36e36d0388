#pragma once

#include <billing/money.h>
#include <store/connection.h>
#include <store/live_feed.h>

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>

class QThread;
class QTimer;

namespace meterdesk::models {

using Milliseconds = std::chrono::sys_time<std::chrono::milliseconds>;

// What metering committed, summed over one or more meter_usage notifications: each
// notification stands for one meter.track or meter.track_batch call, stamped with the start
// of its transaction (the instant its events were logged at).
struct UsageNotice {
    Milliseconds earliest{};
    Milliseconds latest{};
    std::int64_t events = 0;
    std::int64_t allowed = 0;
    std::int64_t denied = 0;
    billing::Credits credits;
    int notifications = 0;

    void add(const UsageNotice& other);
};

// A meter_alert notification: a tenant's balance crossed its low-credit threshold or zero.
struct AlertNotice {
    std::int64_t tenantId = 0;
    std::int64_t alertId = 0;
    std::string tenantSlug;
    std::string kind; // low_credit or exhausted
    billing::Credits balance;
    Milliseconds at{};
};

// The payloads of resources/sql (0007 for usage, 0003 for alerts); nothing when malformed.
std::optional<UsageNotice> parseUsageNotice(const QByteArray& payload);
std::optional<AlertNotice> parseAlertNotice(const QByteArray& payload);

// Hands notifications on at most once per interval, however many arrive: the first at once
// after a quiet interval, later ones together when the interval ends. This is what bounds
// the work of the receivers (the GUI) at any ingest rate.
class NotificationCoalescer : public QObject {
    Q_OBJECT

public:
    explicit NotificationCoalescer(std::chrono::milliseconds interval, QObject* parent = nullptr);

    void addUsage(const QByteArray& payload);
    void addAlert(const QByteArray& payload);

signals:
    void usageCommitted(const meterdesk::models::UsageNotice& notice);
    void alertsRaised(const QList<meterdesk::models::AlertNotice>& alerts);

private:
    void deliverSoon();
    void deliver();

    std::chrono::milliseconds interval_;
    QTimer* timer_;
    QElapsedTimer sinceDelivery_;
    std::optional<UsageNotice> usage_;
    QList<AlertNotice> alerts_;
};

// The metering database's live notifications for the console: a store::LiveFeed (its own
// connection, reconnecting with backoff) and a NotificationCoalescer, both on a thread of
// their own, so that neither reading nor parsing notifications costs the GUI thread.
class LiveUsageFeed : public QObject {
    Q_OBJECT

public:
    static constexpr std::chrono::milliseconds kDefaultInterval{250};

    explicit LiveUsageFeed(QObject* parent = nullptr);
    ~LiveUsageFeed() override;

    // Listens with `settings` (again, if it already listened).
    void start(const store::ConnectionSettings& settings,
               std::chrono::milliseconds interval = kDefaultInterval);
    void stop();
    bool isListening() const { return listening_; }

signals:
    void usageCommitted(const meterdesk::models::UsageNotice& notice);
    void alertsRaised(const QList<meterdesk::models::AlertNotice>& alerts);
    void listening();
    void connectionLost(const QString& reason);

private:
    void setListening(bool isListening);

    // Live on thread_ and are destroyed there; only disconnected from here.
    QPointer<QThread> thread_;
    QPointer<store::LiveFeed> feed_;
    QPointer<NotificationCoalescer> coalescer_;
    bool listening_ = false;
};

} // namespace meterdesk::models

Q_DECLARE_METATYPE(meterdesk::models::UsageNotice)
Q_DECLARE_METATYPE(meterdesk::models::AlertNotice)

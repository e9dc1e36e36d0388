#pragma once

#include "connection.h"

#include <QByteArray>
#include <QObject>
#include <QString>

#include <memory>

class QSocketNotifier;
class QTimer;

namespace meterdesk::store {

// Listens for the metering database's notifications (usage summaries from
// meter.track/track_batch, alerts) and delivers them into the Qt event loop.
// The feed owns its own connection and is meant to live in a worker thread; its
// signals reach other threads queued. A lost connection is retried with
// exponential backoff, so the receivers only see connectionLost()/listening().
class LiveFeed : public QObject {
    Q_OBJECT

public:
    static constexpr const char* usageChannel = "meter_usage";
    static constexpr const char* alertChannel = "meter_alert";

    explicit LiveFeed(ConnectionSettings settings, QObject* parent = nullptr);
    ~LiveFeed() override;

public slots:
    void start();
    void stop();

signals:
    void listening();
    void connectionLost(const QString& reason);
    void usageNotified(const QByteArray& payload);
    void alertNotified(const QByteArray& payload);

private:
    class Session;

    void readNotifications();
    void scheduleReconnect(const QString& reason);

    ConnectionSettings settings_;
    std::unique_ptr<Session> session_;
    QSocketNotifier* notifier_ = nullptr;
    QTimer* reconnectTimer_ = nullptr;
    int backoffMs_;
};

} // namespace meterdesk::store

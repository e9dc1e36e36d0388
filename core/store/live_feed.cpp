#include "live_feed.h"

#include "errors.h"

#include <QSocketNotifier>
#include <QTimer>

#include <pqxx/pqxx>

#include <algorithm>
#include <functional>

namespace meterdesk::store {

namespace {

constexpr int initialBackoffMs = 250;
constexpr int maximalBackoffMs = 30'000;

class ChannelReceiver final : public pqxx::notification_receiver {
public:
    ChannelReceiver(pqxx::connection_base& connection, const std::string& channel,
                    std::function<void(const QByteArray&)> deliver)
        : pqxx::notification_receiver(connection, channel)
        , deliver_(std::move(deliver)) {}

    void operator()(const std::string& payload, int) override {
        deliver_(QByteArray::fromStdString(payload));
    }

private:
    std::function<void(const QByteArray&)> deliver_;
};

} // namespace

// A connection and its LISTEN registrations; replaced whole on reconnect, since
// receivers must not outlive the connection they registered with.
class LiveFeed::Session {
public:
    Session(const ConnectionSettings& settings, LiveFeed& feed)
        : connection(store::connect(settings))
        , usage(*connection, usageChannel,
                [&feed](const QByteArray& p) { emit feed.usageNotified(p); })
        , alerts(*connection, alertChannel,
                 [&feed](const QByteArray& p) { emit feed.alertNotified(p); }) {}

    std::unique_ptr<pqxx::connection> connection;
    ChannelReceiver usage;
    ChannelReceiver alerts;
};

LiveFeed::LiveFeed(ConnectionSettings settings, QObject* parent)
    : QObject(parent)
    , settings_(std::move(settings))
    , reconnectTimer_(new QTimer(this))
    , backoffMs_(initialBackoffMs) {
    reconnectTimer_->setSingleShot(true);
    connect(reconnectTimer_, &QTimer::timeout, this, &LiveFeed::start);
}

LiveFeed::~LiveFeed() = default;

void LiveFeed::start() {
    stop();
    try {
        session_ = std::make_unique<Session>(settings_, *this);
    } catch (const std::exception& e) {
        session_.reset();
        scheduleReconnect(QString::fromUtf8(e.what()));
        return;
    }
    notifier_ = new QSocketNotifier(session_->connection->sock(), QSocketNotifier::Read, this);
    connect(notifier_, &QSocketNotifier::activated, this, &LiveFeed::readNotifications);
    backoffMs_ = initialBackoffMs;
    emit listening();
}

void LiveFeed::stop() {
    reconnectTimer_->stop();
    delete notifier_;
    notifier_ = nullptr;
    session_.reset();
}

void LiveFeed::readNotifications() {
    try {
        session_->connection->get_notifs();
        if (!session_->connection->is_open())
            throw pqxx::broken_connection("the server closed the connection");
    } catch (const std::exception& e) {
        scheduleReconnect(QString::fromUtf8(e.what()));
    }
}

void LiveFeed::scheduleReconnect(const QString& reason) {
    delete notifier_;
    notifier_ = nullptr;
    session_.reset();
    emit connectionLost(reason);
    reconnectTimer_->start(backoffMs_);
    backoffMs_ = std::min(backoffMs_ * 2, maximalBackoffMs);
}

} // namespace meterdesk::store

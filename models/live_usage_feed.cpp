#include "live_usage_feed.h"

#include <store/live_feed.h>

#include <QJsonDocument>
#include <QJsonObject>
#include <QThread>
#include <QTimer>

#include <algorithm>

namespace meterdesk::models {

namespace {

// JSON numbers are doubles: whole numbers up to 2^53 survive, which covers every count,
// every millisecond instant and any balance below 9 billion credits.
std::optional<std::int64_t> wholeNumber(const QJsonObject& object, const char* key) {
    const QJsonValue value = object.value(QLatin1String(key));
    if (!value.isDouble())
        return std::nullopt;
    return value.toInteger();
}

std::optional<QJsonObject> jsonObject(const QByteArray& payload) {
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(payload, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return std::nullopt;
    return document.object();
}

} // namespace

void UsageNotice::add(const UsageNotice& other) {
    earliest = notifications == 0 ? other.earliest : std::min(earliest, other.earliest);
    latest = notifications == 0 ? other.latest : std::max(latest, other.latest);
    events += other.events;
    allowed += other.allowed;
    denied += other.denied;
    credits += other.credits;
    notifications += other.notifications;
}

std::optional<UsageNotice> parseUsageNotice(const QByteArray& payload) {
    const auto object = jsonObject(payload);
    if (!object)
        return std::nullopt;
    const auto at = wholeNumber(*object, "at");
    const auto events = wholeNumber(*object, "events");
    const auto allowed = wholeNumber(*object, "allowed");
    const auto denied = wholeNumber(*object, "denied");
    const auto credits = wholeNumber(*object, "credits_ucr");
    if (!at || !events || !allowed || !denied || !credits)
        return std::nullopt;
    const Milliseconds instant{std::chrono::milliseconds{*at}};
    return UsageNotice{
        instant, instant, *events, *allowed, *denied, billing::Credits::fromMicros(*credits), 1};
}

std::optional<AlertNotice> parseAlertNotice(const QByteArray& payload) {
    const auto object = jsonObject(payload);
    if (!object)
        return std::nullopt;
    const auto tenantId = wholeNumber(*object, "tenant_id");
    const auto alertId = wholeNumber(*object, "alert_id");
    const auto balance = wholeNumber(*object, "balance_ucr");
    const auto at = wholeNumber(*object, "at");
    const QJsonValue slug = object->value(QLatin1String("slug"));
    const QJsonValue kind = object->value(QLatin1String("kind"));
    if (!tenantId || !alertId || !balance || !at || !slug.isString() || !kind.isString())
        return std::nullopt;
    return AlertNotice{*tenantId,
                       *alertId,
                       slug.toString().toStdString(),
                       kind.toString().toStdString(),
                       billing::Credits::fromMicros(*balance),
                       Milliseconds{std::chrono::milliseconds{*at}}};
}

NotificationCoalescer::NotificationCoalescer(std::chrono::milliseconds interval, QObject* parent)
    : QObject(parent)
    , interval_(interval)
    , timer_(new QTimer(this)) {
    timer_->setSingleShot(true);
    connect(timer_, &QTimer::timeout, this, &NotificationCoalescer::deliver);
}

void NotificationCoalescer::addUsage(const QByteArray& payload) {
    const auto notice = parseUsageNotice(payload);
    if (!notice) {
        qWarning("Meterdesk: ignoring a malformed meter_usage notification: %s",
                 payload.constData());
        return;
    }
    if (!usage_)
        usage_ = UsageNotice{};
    usage_->add(*notice);
    deliverSoon();
}

void NotificationCoalescer::addAlert(const QByteArray& payload) {
    const auto notice = parseAlertNotice(payload);
    if (!notice) {
        qWarning("Meterdesk: ignoring a malformed meter_alert notification: %s",
                 payload.constData());
        return;
    }
    alerts_.append(*notice);
    deliverSoon();
}

void NotificationCoalescer::deliverSoon() {
    if (timer_->isActive())
        return;
    const auto elapsed = std::chrono::milliseconds{
        sinceDelivery_.isValid() ? sinceDelivery_.elapsed() : interval_.count()};
    if (elapsed >= interval_)
        deliver();
    else
        timer_->start(interval_ - elapsed);
}

void NotificationCoalescer::deliver() {
    sinceDelivery_.start();
    if (usage_) {
        const UsageNotice notice = *usage_;
        usage_.reset();
        emit usageCommitted(notice);
    }
    if (!alerts_.isEmpty()) {
        const QList<AlertNotice> alerts = std::move(alerts_);
        alerts_.clear();
        emit alertsRaised(alerts);
    }
}

LiveUsageFeed::LiveUsageFeed(QObject* parent)
    : QObject(parent) {
    qRegisterMetaType<UsageNotice>();
    qRegisterMetaType<AlertNotice>();
    qRegisterMetaType<QList<AlertNotice>>();
}

LiveUsageFeed::~LiveUsageFeed() {
    if (thread_) {
        QThread* thread = thread_;
        stop();
        thread->wait();
    }
}

void LiveUsageFeed::start(const store::ConnectionSettings& settings,
                          std::chrono::milliseconds interval) {
    stop();
    auto* thread = new QThread;
    thread->setObjectName(QStringLiteral("meterdesk-live-feed"));
    auto* feed = new store::LiveFeed(settings);
    auto* coalescer = new NotificationCoalescer(interval);
    feed->moveToThread(thread);
    coalescer->moveToThread(thread);
    connect(feed, &store::LiveFeed::usageNotified, coalescer, &NotificationCoalescer::addUsage);
    connect(feed, &store::LiveFeed::alertNotified, coalescer, &NotificationCoalescer::addAlert);
    connect(coalescer, &NotificationCoalescer::usageCommitted, this,
            &LiveUsageFeed::usageCommitted);
    connect(coalescer, &NotificationCoalescer::alertsRaised, this, &LiveUsageFeed::alertsRaised);
    connect(feed, &store::LiveFeed::listening, this, [this] { setListening(true); });
    connect(feed, &store::LiveFeed::connectionLost, this, [this](const QString& reason) {
        setListening(false);
        emit connectionLost(reason);
    });
    // Everything is destroyed on the feed's own thread, once it has stopped.
    connect(thread, &QThread::started, feed, &store::LiveFeed::start);
    connect(thread, &QThread::finished, feed, &QObject::deleteLater);
    connect(thread, &QThread::finished, coalescer, &QObject::deleteLater);
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    thread_ = thread;
    feed_ = feed;
    coalescer_ = coalescer;
    thread->start();
}

void LiveUsageFeed::stop() {
    if (!thread_)
        return;
    // Nothing more is delivered from the old thread, even if it still has a delivery queued.
    disconnect(feed_, nullptr, this, nullptr);
    disconnect(coalescer_, nullptr, this, nullptr);
    thread_->quit();
    thread_.clear();
    setListening(false);
}

void LiveUsageFeed::setListening(bool isListening) {
    if (isListening == listening_)
        return;
    listening_ = isListening;
    if (isListening)
        emit listening();
}

} // namespace meterdesk::models

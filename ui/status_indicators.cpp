#include "status_indicators.h"

#include "icons.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>

namespace meterdesk::ui {

namespace {

QLabel* iconLabel(QWidget* parent) {
    auto* label = new QLabel(parent);
    label->setFixedSize(icons::kStatusSize, icons::kStatusSize);
    return label;
}

QHBoxLayout* compactRow(QWidget* owner) {
    auto* row = new QHBoxLayout(owner);
    row->setContentsMargins(4, 0, 4, 0);
    row->setSpacing(4);
    return row;
}

} // namespace

QString formatRoundTrip(std::chrono::microseconds roundTrip) {
    const QLocale locale;
    const auto micros = roundTrip.count();
    if (micros < 10'000)
        return QObject::tr("%1 ms").arg(
            locale.toString(static_cast<double>(micros) / 1000.0, 'f', 1));
    if (micros < 1'000'000)
        return QObject::tr("%1 ms").arg(locale.toString(micros / 1000));
    return QObject::tr("%1 s").arg(locale.toString(static_cast<double>(micros) / 1e6, 'f', 1));
}

DatabaseStatusIndicator::DatabaseStatusIndicator(models::DatabaseSession& session, QWidget* parent)
    : QWidget(parent)
    , session_(session)
    , icon_(iconLabel(this))
    , text_(new QLabel(this)) {
    text_->setObjectName(QStringLiteral("databaseStatus"));
    auto* row = compactRow(this);
    row->addWidget(icon_);
    row->addWidget(text_);
    connect(&session_, &models::DatabaseSession::stateChanged, this,
            &DatabaseStatusIndicator::onStateChanged);
    connect(&session_, &models::DatabaseSession::sessionDescribed, this,
            &DatabaseStatusIndicator::showConnected);
    connect(&session_, &models::DatabaseSession::roundTripMeasured, this,
            &DatabaseStatusIndicator::onRoundTrip);
    connect(&session_, &models::DatabaseSession::connectionLost, this,
            [this](const QString& reason) {
                lastProblem_ = reason;
                onStateChanged(session_.state());
            });
    onStateChanged(session_.state());
}

void DatabaseStatusIndicator::setTarget(const QString& target) {
    target_ = target;
    onStateChanged(session_.state());
}

QString DatabaseStatusIndicator::text() const {
    return text_->text();
}

void DatabaseStatusIndicator::onStateChanged(models::DatabaseSession::State state) {
    using State = models::DatabaseSession::State;
    const QString where = target_.isEmpty() ? tr("the metering database") : target_;
    switch (state) {
    case State::Disconnected:
        show(QStringLiteral("database-off"), tr("Not connected"),
             tr("Use File › Connect… to choose a metering database"));
        return;
    case State::Connecting:
        show(QStringLiteral("database-wait"), tr("Connecting…"), tr("Connecting to %1").arg(where));
        return;
    case State::Reconnecting:
        show(QStringLiteral("database-wait"), tr("Reconnecting…"),
             lastProblem_.isEmpty()
                 ? tr("The connection to %1 was lost").arg(where)
                 : tr("The connection to %1 was lost: %2").arg(where, lastProblem_));
        return;
    case State::Connected:
        showConnected();
        return;
    }
}

void DatabaseStatusIndicator::onRoundTrip(std::chrono::microseconds roundTrip) {
    roundTrip_ = roundTrip;
    if (session_.state() == models::DatabaseSession::State::Connected)
        showConnected();
}

void DatabaseStatusIndicator::showConnected() {
    const auto& info = session_.sessionInfo();
    if (!info) {
        show(QStringLiteral("database-wait"), tr("Connected, reading the role…"), target_);
        return;
    }
    lastProblem_.clear();
    const QString role = QString::fromStdString(info->role);
    const QString who = info->groupRole.empty()
                            ? role
                            : tr("%1 (%2)").arg(role, QString::fromStdString(info->groupRole));
    // "15.18 (Debian 15.18-0+deb12u1)": the packager's part belongs in the tooltip only.
    const QString version = QString::fromStdString(info->serverVersion);
    QString text =
        tr("Connected as %1 · PostgreSQL %2").arg(who, version.section(QLatin1Char(' '), 0, 0));
    if (roundTrip_.count() >= 0)
        text += tr(" · %1").arg(formatRoundTrip(roundTrip_));
    show(QStringLiteral("database"), text,
         tr("%1\nPostgreSQL %2\nRound trip measured every few seconds")
             .arg(target_.isEmpty() ? tr("The metering database") : target_, version));
}

void DatabaseStatusIndicator::show(const QString& iconName, const QString& text,
                                   const QString& tooltip) {
    icon_->setPixmap(icons::pixmap(iconName, icons::kStatusSize, this));
    text_->setText(text);
    setToolTip(tooltip);
}

NodeStatusIndicator::NodeStatusIndicator(QWidget* parent)
    : QWidget(parent)
    , icon_(iconLabel(this))
    , text_(new QLabel(tr("No node configured"), this)) {
    text_->setObjectName(QStringLiteral("nodeStatus"));
    icon_->setPixmap(icons::pixmap(QStringLiteral("node-off"), icons::kStatusSize, this));
    auto* row = compactRow(this);
    row->addWidget(icon_);
    row->addWidget(text_);
    setToolTip(tr("Escrows need an EVM node: choose File › Node settings…, start Meterdesk "
                  "with --node URL, or set MD_NODE_URL and MD_ESCROW_ADDRESS"));
}

void NodeStatusIndicator::showConnecting(const QString& endpoint) {
    icon_->setPixmap(icons::pixmap(QStringLiteral("node-off"), icons::kStatusSize, this));
    text_->setText(tr("Connecting to the node…"));
    setToolTip(tr("Asking the EVM node %1 for its chain id").arg(endpoint));
}

void NodeStatusIndicator::showConnected(quint64 chainId, quint64 blockNumber,
                                        const QString& endpoint) {
    icon_->setPixmap(icons::pixmap(QStringLiteral("escrows"), icons::kStatusSize, this));
    text_->setText(tr("Chain %1 · block %2").arg(chainId).arg(blockNumber));
    setToolTip(tr("EVM node %1\nChain id %2, latest block %3 when last read")
                   .arg(endpoint)
                   .arg(chainId)
                   .arg(blockNumber));
}

void NodeStatusIndicator::showProblem(const QString& reason) {
    icon_->setPixmap(icons::pixmap(QStringLiteral("node-off"), icons::kStatusSize, this));
    text_->setText(tr("Node unavailable"));
    setToolTip(reason);
}

QString NodeStatusIndicator::text() const {
    return text_->text();
}

} // namespace meterdesk::ui

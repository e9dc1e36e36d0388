#pragma once

#include <models/database_session.h>

#include <QString>
#include <QWidget>

#include <chrono>

class QLabel;

namespace meterdesk::ui {

// The status bar's database part: who is connected where, the server's version and the
// last round trip; "Reconnecting…" with the reason while the connection is down.
class DatabaseStatusIndicator : public QWidget {
    Q_OBJECT

public:
    explicit DatabaseStatusIndicator(models::DatabaseSession& session, QWidget* parent = nullptr);

    // What the session connects to ("alice@db.example.com:5432/meterdesk"), for the tooltip.
    void setTarget(const QString& target);
    QString text() const;

private:
    void onStateChanged(models::DatabaseSession::State state);
    void onRoundTrip(std::chrono::microseconds roundTrip);
    void showConnected();
    void show(const QString& iconName, const QString& text, const QString& tooltip);

    models::DatabaseSession& session_;
    QLabel* icon_;
    QLabel* text_;
    QString target_;
    QString lastProblem_;
    std::chrono::microseconds roundTrip_{-1};
};

// The status bar's node part: the EVM node the Escrows page reads and signs against, its chain
// id and latest block, or why it cannot be used ("No node configured", the connection error).
class NodeStatusIndicator : public QWidget {
    Q_OBJECT

public:
    explicit NodeStatusIndicator(QWidget* parent = nullptr);
    QString text() const;

    void showConnecting(const QString& endpoint);
    void showConnected(quint64 chainId, quint64 blockNumber, const QString& endpoint);
    void showProblem(const QString& reason);

private:
    QLabel* icon_;
    QLabel* text_;
};

// "0.4 ms", "12 ms", "1.3 s": a round trip as an operator reads it.
QString formatRoundTrip(std::chrono::microseconds roundTrip);

} // namespace meterdesk::ui

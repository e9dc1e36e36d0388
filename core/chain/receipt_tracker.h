#pragma once

#include "eth_client.h"

#include <QByteArray>
#include <QFuture>
#include <QObject>
#include <QString>

#include <chrono>
#include <cstdint>
#include <memory>
#include <optional>

namespace meterdesk::chain {

struct TrackOptions {
    std::uint64_t confirmations = 1; // blocks including the one holding the transaction
    std::chrono::milliseconds pollInterval{1000};
    // How long the node may know nothing of a transaction before it is reported as not seen
    // (dropped, or never received); a transaction the node holds as pending is waited for.
    std::chrono::milliseconds notSeenTimeout{120'000};
};

enum class TxStatus { Confirmed, Failed, NotSeen };

struct TxOutcome {
    QByteArray hash;
    TxStatus status = TxStatus::NotSeen;
    std::optional<Receipt> receipt; // for Confirmed and Failed
    QString errorName;              // Failed: the revert's error name when it can be replayed
    QString reason;                 // Failed and NotSeen: what happened, for logs and scripts
    QByteArray revertData;          // Failed: the replayed revert, to describe it in words
};

// Follows transactions until they have the configured number of confirmations, failed
// (status 0, with the reason found by replaying the call), or were not seen by the node
// within the timeout. It keeps polling through transport errors: a transaction it was given
// is always reported, never forgotten. Nothing but the hash is needed, so a transaction sent
// before a restart is picked up again from its recorded hash.
class ReceiptTracker : public QObject {
    Q_OBJECT

public:
    explicit ReceiptTracker(EthClient& eth, TrackOptions options = {}, QObject* parent = nullptr);
    ~ReceiptTracker() override;

    QFuture<TxOutcome> track(const QByteArray& hash);

private:
    struct Tracked;
    void poll(const std::shared_ptr<Tracked>& tracked);
    void checkStillKnown(const std::shared_ptr<Tracked>& tracked);
    void checkConfirmations(const std::shared_ptr<Tracked>& tracked, const Receipt& receipt);
    void reportFailure(const std::shared_ptr<Tracked>& tracked, const Receipt& receipt);
    void schedule(const std::shared_ptr<Tracked>& tracked);
    static void finish(const std::shared_ptr<Tracked>& tracked, TxOutcome outcome);

    EthClient& eth_;
    TrackOptions options_;
};

} // namespace meterdesk::chain

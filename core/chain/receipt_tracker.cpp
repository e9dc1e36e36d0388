#include "receipt_tracker.h"

#include "errors.h"

#include <QElapsedTimer>
#include <QPromise>
#include <QTimer>

namespace meterdesk::chain {

namespace {

QString failedWithoutReason() {
    return QStringLiteral("the transaction was mined but failed (status 0): nothing moved");
}

} // namespace

struct ReceiptTracker::Tracked {
    QByteArray hash;
    QElapsedTimer sinceLastSeen;
    QPromise<TxOutcome> promise;
};

ReceiptTracker::ReceiptTracker(EthClient& eth, TrackOptions options, QObject* parent)
    : QObject(parent)
    , eth_(eth)
    , options_(options) {}

ReceiptTracker::~ReceiptTracker() = default;

QFuture<TxOutcome> ReceiptTracker::track(const QByteArray& hash) {
    auto tracked = std::make_shared<Tracked>();
    tracked->hash = hash;
    tracked->sinceLastSeen.start();
    tracked->promise.start();
    QFuture<TxOutcome> future = tracked->promise.future();
    poll(tracked);
    return future;
}

void ReceiptTracker::poll(const std::shared_ptr<Tracked>& tracked) {
    eth_.receipt(tracked->hash)
        .then(this,
              [this, tracked](const std::optional<Receipt>& receipt) {
                  if (receipt)
                      checkConfirmations(tracked, *receipt);
                  else
                      checkStillKnown(tracked);
              })
        .onFailed(this, [this, tracked] { schedule(tracked); });
}

void ReceiptTracker::checkStillKnown(const std::shared_ptr<Tracked>& tracked) {
    eth_.transaction(tracked->hash)
        .then(this,
              [this, tracked](const std::optional<TransactionInfo>& known) {
                  if (known)
                      tracked->sinceLastSeen.restart();
                  if (std::chrono::milliseconds(tracked->sinceLastSeen.elapsed()) <
                      options_.notSeenTimeout) {
                      schedule(tracked);
                      return;
                  }
                  const auto seconds =
                      std::chrono::duration_cast<std::chrono::seconds>(options_.notSeenTimeout);
                  finish(tracked, {tracked->hash,
                                   TxStatus::NotSeen,
                                   std::nullopt,
                                   {},
                                   QStringLiteral("the node has not seen the transaction for %1 s: "
                                                  "it was dropped or never arrived")
                                       .arg(seconds.count()),
                                   {}});
              })
        .onFailed(this, [this, tracked] { schedule(tracked); });
}

void ReceiptTracker::checkConfirmations(const std::shared_ptr<Tracked>& tracked,
                                        const Receipt& receipt) {
    tracked->sinceLastSeen.restart();
    eth_.blockNumber()
        .then(this,
              [this, tracked, receipt](std::uint64_t head) {
                  const std::uint64_t confirmations =
                      head >= receipt.blockNumber ? head - receipt.blockNumber + 1 : 0;
                  if (confirmations < options_.confirmations)
                      schedule(tracked);
                  else if (receipt.succeeded)
                      finish(tracked, {tracked->hash, TxStatus::Confirmed, receipt, {}, {}, {}});
                  else
                      reportFailure(tracked, receipt);
              })
        .onFailed(this, [this, tracked] { schedule(tracked); });
}

// Replays the transaction's call on the state before its block: the revert it gives there
// is, in all but contrived cases, why it failed.
void ReceiptTracker::reportFailure(const std::shared_ptr<Tracked>& tracked,
                                   const Receipt& receipt) {
    const auto failedWith = [tracked, receipt](QString errorName, QString reason,
                                               QByteArray revertData = {}) {
        finish(tracked, {tracked->hash, TxStatus::Failed, receipt, std::move(errorName),
                         std::move(reason), std::move(revertData)});
    };
    eth_.transaction(tracked->hash)
        .then(this,
              [this, receipt, failedWith](const std::optional<TransactionInfo>& info) {
                  if (!info) {
                      failedWith({}, failedWithoutReason());
                      return;
                  }
                  const CallRequest replay{info->from, info->to, info->input, info->value};
                  eth_.call(replay, quantity(receipt.blockNumber - 1))
                      .then(this,
                            [failedWith](const QByteArray&) {
                                failedWith({}, QStringLiteral("the transaction was mined but "
                                                              "failed (status 0); replayed alone "
                                                              "it succeeds, so another transaction "
                                                              "in its block may have changed the "
                                                              "state first"));
                            })
                      .onFailed(this,
                                [failedWith](const RevertError& revert) {
                                    failedWith(revert.errorName(), QString::fromUtf8(revert.what()),
                                               revert.data());
                                })
                      .onFailed(this, [failedWith] { failedWith({}, failedWithoutReason()); });
              })
        .onFailed(this, [failedWith] { failedWith({}, failedWithoutReason()); });
}

void ReceiptTracker::schedule(const std::shared_ptr<Tracked>& tracked) {
    QTimer::singleShot(options_.pollInterval, this, [this, tracked] { poll(tracked); });
}

void ReceiptTracker::finish(const std::shared_ptr<Tracked>& tracked, TxOutcome outcome) {
    tracked->promise.addResult(std::move(outcome));
    tracked->promise.finish();
}

} // namespace meterdesk::chain

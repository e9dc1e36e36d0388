#include "transaction_sender.h"

#include "errors.h"
#include "signer.h"
#include "transaction.h"

namespace meterdesk::chain {

namespace {

CallRequest simulationOf(const TxRequest& request, const Address& from) {
    return {from, request.to, request.data, request.value};
}

// A retried send may reach a node that already has the transaction: that is success.
bool alreadyKnown(const ChainError& error) {
    const QString message = QString::fromUtf8(error.what());
    return error.kind() == ChainError::Kind::NodeError &&
           (message.contains(QLatin1String("already known")) ||
            message.contains(QLatin1String("already imported")));
}

} // namespace

TransactionSender::TransactionSender(EthClient& eth, const Signer& signer, SenderOptions options)
    : eth_(eth)
    , signer_(signer)
    , options_(options) {}

const Address& TransactionSender::from() const {
    return signer_.address();
}

QFuture<FeeQuote> TransactionSender::quote(const TxRequest& request) {
    const CallRequest simulation = simulationOf(request, from());
    return eth_.call(simulation)
        .then([this, simulation](const QByteArray& result) {
            return eth_.estimateGas(simulation).then([this, result](std::uint64_t gas) {
                return eth_.suggestFees().then([this, result, gas](const FeeSuggestion& fees) {
                    return FeeQuote{gas + gas * options_.gasMarginPercent / 100, fees, result};
                });
            });
        })
        .unwrap();
}

QFuture<FeeQuote> TransactionSender::feesOnly() {
    return eth_.suggestFees().then([this](const FeeSuggestion& fees) {
        return FeeQuote{options_.gasLimitWithoutPreflight, fees, {}};
    });
}

QFuture<std::uint64_t> TransactionSender::chainId() {
    if (chainId_)
        return QtFuture::makeReadyFuture(*chainId_);
    return eth_.chainId().then([this](std::uint64_t id) {
        chainId_ = id;
        return id;
    });
}

QFuture<PreparedTransaction> TransactionSender::prepare(const TxRequest& request,
                                                        Preflight preflight) {
    QFuture<FeeQuote> quoted = preflight == Preflight::Simulate ? quote(request) : feesOnly();
    return quoted
        .then([this, request](const FeeQuote& fees) {
            return chainId().then(
                [this, request, fees](std::uint64_t chain) { return sign(request, fees, chain); });
        })
        .unwrap();
}

QFuture<SentTransaction> TransactionSender::send(const TxRequest& request, Preflight preflight) {
    return prepare(request, preflight)
        .then([this](const PreparedTransaction& prepared) { return submit(prepared); })
        .unwrap();
}

QFuture<PreparedTransaction> TransactionSender::sign(const TxRequest& request,
                                                     const FeeQuote& quote, std::uint64_t chainId) {
    return eth_.transactionCount(from(), QStringLiteral("pending"))
        .then([this, request, quote, chainId](std::uint64_t pendingCount) {
            Eip1559Transaction transaction;
            transaction.chainId = chainId;
            transaction.nonce = nonces_.reserve(pendingCount);
            transaction.maxPriorityFeePerGas = quote.fees.maxPriorityFeePerGas;
            transaction.maxFeePerGas = quote.fees.maxFeePerGas;
            transaction.gasLimit = quote.gasLimit;
            transaction.to = request.to;
            transaction.value = request.value;
            transaction.data = request.data;
            const SignedTransaction signedTx = signTransaction(transaction, signer_);
            return PreparedTransaction{signedTx.raw, signedTx.hash, transaction.nonce, quote};
        });
}

void TransactionSender::abandon(const PreparedTransaction& prepared) {
    nonces_.release(prepared.nonce);
}

QFuture<SentTransaction> TransactionSender::submit(const PreparedTransaction& prepared) {
    const SentTransaction sent{prepared.hash, prepared.nonce, prepared.quote};
    return eth_.sendRawTransaction(prepared.raw)
        .then([sent](const QByteArray& nodeHash) {
            if (nodeHash != sent.hash)
                throw ChainError(ChainError::Kind::NodeError,
                                 QStringLiteral("the node reported hash %1 for transaction %2")
                                     .arg(hexFromBytes(nodeHash), hexFromBytes(sent.hash))
                                     .toStdString());
            return sent;
        })
        .onFailed([this, sent](const ChainError& error) {
            if (alreadyKnown(error))
                return sent;
            nonces_.release(sent.nonce);
            throw;
        });
}

} // namespace meterdesk::chain

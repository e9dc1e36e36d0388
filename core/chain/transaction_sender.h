#pragma once

#include "eth_client.h"
#include "nonce_allocator.h"

#include <QFuture>

#include <cstdint>
#include <optional>

namespace meterdesk::chain {

class Signer;

// What to send: a contract call (or, without `to`, a contract creation).
struct TxRequest {
    std::optional<Address> to;
    QByteArray data;
    Uint256 value;
};

// What a confirmation dialog shows before signing: the gas, the fees and what the call
// returns when simulated on the latest block.
struct FeeQuote {
    std::uint64_t gasLimit = 0;
    FeeSuggestion fees;
    QByteArray simulatedResult;

    Uint256 maxCost() const { return fees.maxFeePerGas * gasLimit; }
};

// Signed and ready to send: its hash is final, so it can be recorded before it is sent and
// nothing sent is ever unrecorded.
struct PreparedTransaction {
    QByteArray raw;
    QByteArray hash;
    std::uint64_t nonce = 0;
    FeeQuote quote;
};

struct SentTransaction {
    QByteArray hash;
    std::uint64_t nonce = 0;
    FeeQuote quote;
};

// Skip only to reproduce a failure on chain (tests): the node then mines a transaction
// that reverts, and the fee is spent.
enum class Preflight { Simulate, Skip };

struct SenderOptions {
    std::uint64_t gasMarginPercent = 20; // on top of the node's estimate
    std::uint64_t gasLimitWithoutPreflight = 500'000;
};

// Signs and sends transactions from the signer's account: pre-flight (eth_call and
// eth_estimateGas, so that a revert becomes a named RevertError before anything is signed),
// fees from the latest block, the chain id from the node, and nonces for several
// transactions in flight. Futures complete in the thread of the EthClient's JsonRpcClient.
class TransactionSender {
public:
    TransactionSender(EthClient& eth, const Signer& signer, SenderOptions options = {});

    const Address& from() const;
    QFuture<FeeQuote> quote(const TxRequest& request);
    // Pre-flight, fees, nonce and signature; nothing reaches the node's mempool yet.
    QFuture<PreparedTransaction> prepare(const TxRequest& request,
                                         Preflight preflight = Preflight::Simulate);
    QFuture<SentTransaction> submit(const PreparedTransaction& prepared);
    // The prepared transaction will never be submitted (recording it failed): its nonce goes
    // back, so the next transaction does not leave a gap the node would wait on forever.
    void abandon(const PreparedTransaction& prepared);
    // prepare() then submit().
    QFuture<SentTransaction> send(const TxRequest& request,
                                  Preflight preflight = Preflight::Simulate);

private:
    QFuture<FeeQuote> feesOnly();
    QFuture<std::uint64_t> chainId();
    QFuture<PreparedTransaction> sign(const TxRequest& request, const FeeQuote& quote,
                                      std::uint64_t chainId);

    EthClient& eth_;
    const Signer& signer_;
    SenderOptions options_;
    std::optional<std::uint64_t> chainId_;
    NonceAllocator nonces_;
};

} // namespace meterdesk::chain

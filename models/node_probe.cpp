#include "node_probe.h"

#include "chain_watch.h"

#include <chain/contracts.h>
#include <chain/eth_client.h>
#include <chain/rpc_client.h>

namespace meterdesk::models {

namespace {

// A test should answer quickly: one retry, and a node that is silent for five seconds is
// reported as not answering.
chain::RpcOptions probeOptions() {
    return {std::chrono::milliseconds(5000), 1, std::chrono::milliseconds(250)};
}

} // namespace

NodeProbe::NodeProbe(QObject* parent)
    : QObject(parent) {}

NodeProbe::~NodeProbe() {
    cancel();
}

void NodeProbe::cancel() {
    ++generation_;
    finish();
}

void NodeProbe::finish() {
    // The client goes first: its calls in flight fail while the EthClient still exists.
    rpc_.reset();
    eth_.reset();
}

void NodeProbe::probe(const QUrl& url, const QString& escrowAddress) {
    cancel();
    const int generation = generation_;
    const chain::Address escrow = chain::Address::fromHex(escrowAddress);
    rpc_ = std::make_unique<chain::JsonRpcClient>(url, probeOptions());
    eth_ = std::make_unique<chain::EthClient>(*rpc_, chain::creditEscrowAbi());
    auto result = std::make_shared<NodeProbeResult>();
    const auto fail = [this, generation](const QString& reason) {
        if (generation != generation_)
            return;
        finish();
        emit failed(reason);
    };
    whenDone(
        this, eth_->chainId(),
        [this, generation, escrow, result, fail](std::uint64_t chainId) {
            if (generation != generation_)
                return;
            result->chainId = chainId;
            whenDone(
                this, eth_->blockNumber(),
                [this, generation, escrow, result, fail](std::uint64_t block) {
                    if (generation != generation_)
                        return;
                    result->blockNumber = block;
                    whenDone(
                        this, eth_->code(escrow),
                        [this, generation, result](const QByteArray& code) {
                            if (generation != generation_)
                                return;
                            result->contractDeployed = !code.isEmpty();
                            finish();
                            emit probed(*result);
                        },
                        fail);
                },
                fail);
        },
        fail);
}

} // namespace meterdesk::models

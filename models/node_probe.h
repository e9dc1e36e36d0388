#pragma once

#include <QObject>
#include <QString>
#include <QUrl>

#include <cstdint>
#include <memory>

namespace meterdesk::chain {
class EthClient;
class JsonRpcClient;
} // namespace meterdesk::chain

namespace meterdesk::models {

// What a node said when asked before its settings are saved.
struct NodeProbeResult {
    std::uint64_t chainId = 0;
    std::uint64_t blockNumber = 0;
    bool contractDeployed = false; // code at the escrow address on the latest block
};

// "Test connection": asks a node, asynchronously on this thread's event loop, its chain id,
// its latest block and whether a contract is deployed at the escrow address. One test at a
// time: a new one, cancel() or the probe's destruction drops the one before.
class NodeProbe : public QObject {
    Q_OBJECT

public:
    explicit NodeProbe(QObject* parent = nullptr);
    ~NodeProbe() override;

    // `escrowAddress` must be 0x and 40 hex digits; `url` http:// or https://.
    void probe(const QUrl& url, const QString& escrowAddress);
    void cancel();
    bool isProbing() const { return rpc_ != nullptr; }

signals:
    void probed(const meterdesk::models::NodeProbeResult& result);
    void failed(const QString& reason);

private:
    void finish();

    std::unique_ptr<chain::JsonRpcClient> rpc_;
    std::unique_ptr<chain::EthClient> eth_;
    int generation_ = 0;
};

} // namespace meterdesk::models

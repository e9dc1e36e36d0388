#pragma once

#include "address.h"
#include "contract_abi.h"
#include "errors.h"
#include "hex.h"

#include <QByteArray>
#include <QFuture>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <cstdint>
#include <optional>
#include <vector>

namespace meterdesk::chain {

class JsonRpcClient;

// What eth_call and eth_estimateGas simulate.
struct CallRequest {
    std::optional<Address> from;
    std::optional<Address> to; // none: a contract creation
    QByteArray data;
    Uint256 value;

    QJsonObject toJson() const;
};

struct LogEntry {
    Address address;
    QList<QByteArray> topics;
    QByteArray data;
    std::uint64_t blockNumber = 0;
    QByteArray transactionHash;
    std::uint64_t logIndex = 0;
};

struct Receipt {
    QByteArray transactionHash;
    std::uint64_t blockNumber = 0;
    bool succeeded = false; // status 1; status 0 means the transaction reverted
    std::uint64_t gasUsed = 0;
    Uint256 effectiveGasPrice;
    std::optional<Address> contractAddress;
    std::vector<LogEntry> logs;
};

// A transaction as the node knows it (pending or mined).
struct TransactionInfo {
    Address from;
    std::optional<Address> to;
    QByteArray input;
    Uint256 value;
    std::optional<std::uint64_t> blockNumber; // none while pending
};

struct FeeSuggestion {
    Uint256 baseFeePerGas;        // of the latest block
    Uint256 maxPriorityFeePerGas; // the node's suggested tip
    Uint256 maxFeePerGas;         // room for the base fee to double, plus the tip
};

struct LogFilter {
    Address address;
    QList<std::optional<QByteArray>> topics; // none matches anything at that position
    std::uint64_t fromBlock = 0;
};

// Typed Ethereum JSON-RPC calls over a JsonRpcClient. A call or gas estimate that reverts
// fails with RevertError, named with the custom errors of `knownErrors`.
class EthClient {
public:
    explicit EthClient(JsonRpcClient& rpc, ContractAbi knownErrors = {});

    JsonRpcClient& rpc() const noexcept { return rpc_; }
    const ContractAbi& knownErrors() const noexcept { return knownErrors_; }

    QFuture<std::uint64_t> chainId();
    QFuture<std::uint64_t> blockNumber();
    QFuture<std::uint64_t> latestBlockTimestamp();
    QFuture<std::uint64_t> transactionCount(const Address& account, const QString& block);
    QFuture<Uint256> balance(const Address& account);
    // The code deployed at `account` on the latest block: empty where no contract is.
    QFuture<QByteArray> code(const Address& account);
    // `block` is a tag ("latest") or a block number.
    QFuture<QByteArray> call(const CallRequest& request,
                             const QString& block = QStringLiteral("latest"));
    QFuture<std::uint64_t> estimateGas(const CallRequest& request);
    QFuture<FeeSuggestion> suggestFees();
    QFuture<QByteArray> sendRawTransaction(const QByteArray& raw);
    // Empty until the transaction is mined (receipts may not exist on the first poll).
    QFuture<std::optional<Receipt>> receipt(const QByteArray& hash);
    // Empty when the node does not know the transaction at all (never seen, or dropped).
    QFuture<std::optional<TransactionInfo>> transaction(const QByteArray& hash);
    QFuture<std::vector<LogEntry>> logs(const LogFilter& filter);

    // The RevertError for a node error carrying revert data; other errors are returned as is.
    std::exception_ptr asRevert(const NodeError& error) const;

private:
    JsonRpcClient& rpc_;
    ContractAbi knownErrors_;
};

} // namespace meterdesk::chain

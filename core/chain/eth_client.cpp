#include "eth_client.h"

#include "errors.h"
#include "rpc_client.h"

#include <QJsonArray>

namespace meterdesk::chain {

namespace {

QByteArray hashFrom(const QJsonValue& value, QStringView field) {
    const QByteArray hash = bytesFromHex(value.toString(), field);
    if (hash.size() != 32)
        throwInvalidInput(QStringLiteral("%1 must be 32 bytes").arg(field));
    return hash;
}

std::optional<Address> optionalAddress(const QJsonValue& value) {
    if (value.isNull() || value.isUndefined())
        return std::nullopt;
    return Address::fromHex(value.toString());
}

LogEntry logFrom(const QJsonObject& object) {
    LogEntry log;
    log.address = Address::fromHex(object.value(QLatin1String("address")).toString());
    for (const auto& topic : object.value(QLatin1String("topics")).toArray())
        log.topics << hashFrom(topic, u"log topic");
    log.data = bytesFromHex(object.value(QLatin1String("data")).toString(), u"log data");
    log.blockNumber =
        uint64FromQuantity(object.value(QLatin1String("blockNumber")), u"log blockNumber");
    log.transactionHash =
        hashFrom(object.value(QLatin1String("transactionHash")), u"log transactionHash");
    log.logIndex = uint64FromQuantity(object.value(QLatin1String("logIndex")), u"logIndex");
    return log;
}

Receipt receiptFrom(const QJsonObject& object) {
    Receipt receipt;
    receipt.transactionHash =
        hashFrom(object.value(QLatin1String("transactionHash")), u"transactionHash");
    receipt.blockNumber =
        uint64FromQuantity(object.value(QLatin1String("blockNumber")), u"blockNumber");
    receipt.succeeded = uint64FromQuantity(object.value(QLatin1String("status")), u"status") == 1;
    receipt.gasUsed = uint64FromQuantity(object.value(QLatin1String("gasUsed")), u"gasUsed");
    if (object.contains(QLatin1String("effectiveGasPrice")))
        receipt.effectiveGasPrice = uintFromQuantity(
            object.value(QLatin1String("effectiveGasPrice")), u"effectiveGasPrice");
    receipt.contractAddress = optionalAddress(object.value(QLatin1String("contractAddress")));
    for (const auto& log : object.value(QLatin1String("logs")).toArray())
        receipt.logs.push_back(logFrom(log.toObject()));
    return receipt;
}

} // namespace

QJsonObject CallRequest::toJson() const {
    QJsonObject object{{QStringLiteral("data"), hexFromBytes(data)}};
    if (from)
        object.insert(QStringLiteral("from"), from->toHex());
    if (to)
        object.insert(QStringLiteral("to"), to->toHex());
    if (!value.is_zero())
        object.insert(QStringLiteral("value"), quantity(value));
    return object;
}

EthClient::EthClient(JsonRpcClient& rpc, ContractAbi knownErrors)
    : rpc_(rpc)
    , knownErrors_(std::move(knownErrors)) {}

std::exception_ptr EthClient::asRevert(const NodeError& error) const {
    const bool reverted = !error.data().isEmpty() ||
                          QString::fromUtf8(error.what()).contains(QLatin1String("revert"));
    if (!reverted)
        return std::make_exception_ptr(error);
    if (const auto decoded = knownErrors_.decodeRevert(error.data()))
        return std::make_exception_ptr(
            RevertError(decoded->name, decoded->describe(), error.data()));
    const QString raw =
        error.data().isEmpty()
            ? QStringLiteral("without a reason")
            : QStringLiteral("with unknown data %1").arg(hexFromBytes(error.data()));
    return std::make_exception_ptr(RevertError(
        QStringLiteral("unknown"), QStringLiteral("reverted %1").arg(raw), error.data()));
}

QFuture<std::uint64_t> EthClient::chainId() {
    return rpc_.call(QStringLiteral("eth_chainId")).then([](const QJsonValue& result) {
        return uint64FromQuantity(result, u"chain id");
    });
}

QFuture<std::uint64_t> EthClient::blockNumber() {
    return rpc_.call(QStringLiteral("eth_blockNumber")).then([](const QJsonValue& result) {
        return uint64FromQuantity(result, u"block number");
    });
}

QFuture<std::uint64_t> EthClient::latestBlockTimestamp() {
    return rpc_.call(QStringLiteral("eth_getBlockByNumber"), {QStringLiteral("latest"), false})
        .then([](const QJsonValue& result) {
            return uint64FromQuantity(result.toObject().value(QLatin1String("timestamp")),
                                      u"block timestamp");
        });
}

QFuture<std::uint64_t> EthClient::transactionCount(const Address& account, const QString& block) {
    return rpc_.call(QStringLiteral("eth_getTransactionCount"), {account.toHex(), block})
        .then([](const QJsonValue& result) {
            return uint64FromQuantity(result, u"transaction count");
        });
}

QFuture<Uint256> EthClient::balance(const Address& account) {
    return rpc_.call(QStringLiteral("eth_getBalance"), {account.toHex(), QStringLiteral("latest")})
        .then([](const QJsonValue& result) { return uintFromQuantity(result, u"balance"); });
}

QFuture<QByteArray> EthClient::code(const Address& account) {
    return rpc_.call(QStringLiteral("eth_getCode"), {account.toHex(), QStringLiteral("latest")})
        .then([](const QJsonValue& result) { return bytesFromHex(result.toString(), u"code"); });
}

QFuture<QByteArray> EthClient::call(const CallRequest& request, const QString& block) {
    return rpc_.call(QStringLiteral("eth_call"), {request.toJson(), block})
        .then([](const QJsonValue& result) {
            return bytesFromHex(result.toString(), u"call result");
        })
        .onFailed([this](const NodeError& error) -> QByteArray {
            std::rethrow_exception(asRevert(error));
        });
}

QFuture<std::uint64_t> EthClient::estimateGas(const CallRequest& request) {
    return rpc_.call(QStringLiteral("eth_estimateGas"), {request.toJson()})
        .then([](const QJsonValue& result) { return uint64FromQuantity(result, u"gas estimate"); })
        .onFailed([this](const NodeError& error) -> std::uint64_t {
            std::rethrow_exception(asRevert(error));
        });
}

QFuture<FeeSuggestion> EthClient::suggestFees() {
    return rpc_.call(QStringLiteral("eth_getBlockByNumber"), {QStringLiteral("latest"), false})
        .then([this](const QJsonValue& latest) {
            const Uint256 baseFee = uintFromQuantity(
                latest.toObject().value(QLatin1String("baseFeePerGas")), u"baseFeePerGas");
            return rpc_.call(QStringLiteral("eth_maxPriorityFeePerGas"))
                .then([baseFee](const QJsonValue& tip) {
                    FeeSuggestion fees;
                    fees.baseFeePerGas = baseFee;
                    fees.maxPriorityFeePerGas = uintFromQuantity(tip, u"maxPriorityFeePerGas");
                    fees.maxFeePerGas = baseFee * 2u + fees.maxPriorityFeePerGas;
                    return fees;
                });
        })
        .unwrap();
}

QFuture<QByteArray> EthClient::sendRawTransaction(const QByteArray& raw) {
    return rpc_.call(QStringLiteral("eth_sendRawTransaction"), {hexFromBytes(raw)})
        .then([](const QJsonValue& result) { return hashFrom(result, u"transaction hash"); });
}

QFuture<std::optional<Receipt>> EthClient::receipt(const QByteArray& hash) {
    return rpc_.call(QStringLiteral("eth_getTransactionReceipt"), {hexFromBytes(hash)})
        .then([](const QJsonValue& result) -> std::optional<Receipt> {
            if (result.isNull())
                return std::nullopt;
            return receiptFrom(result.toObject());
        });
}

QFuture<std::optional<TransactionInfo>> EthClient::transaction(const QByteArray& hash) {
    return rpc_.call(QStringLiteral("eth_getTransactionByHash"), {hexFromBytes(hash)})
        .then([](const QJsonValue& result) -> std::optional<TransactionInfo> {
            if (result.isNull())
                return std::nullopt;
            const QJsonObject object = result.toObject();
            TransactionInfo info;
            info.from = Address::fromHex(object.value(QLatin1String("from")).toString());
            info.to = optionalAddress(object.value(QLatin1String("to")));
            info.input = bytesFromHex(object.value(QLatin1String("input")).toString(), u"input");
            info.value = uintFromQuantity(object.value(QLatin1String("value")), u"value");
            const QJsonValue block = object.value(QLatin1String("blockNumber"));
            if (!block.isNull())
                info.blockNumber = uint64FromQuantity(block, u"blockNumber");
            return info;
        });
}

QFuture<std::vector<LogEntry>> EthClient::logs(const LogFilter& filter) {
    QJsonArray topics;
    for (const auto& topic : filter.topics)
        topics.append(topic ? QJsonValue(hexFromBytes(*topic)) : QJsonValue());
    const QJsonObject request{{QStringLiteral("address"), filter.address.toHex()},
                              {QStringLiteral("topics"), topics},
                              {QStringLiteral("fromBlock"), quantity(filter.fromBlock)},
                              {QStringLiteral("toBlock"), QStringLiteral("latest")}};
    return rpc_.call(QStringLiteral("eth_getLogs"), {request}).then([](const QJsonValue& result) {
        std::vector<LogEntry> entries;
        for (const auto& entry : result.toArray())
            entries.push_back(logFrom(entry.toObject()));
        return entries;
    });
}

} // namespace meterdesk::chain

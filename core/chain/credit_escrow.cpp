#include "credit_escrow.h"

#include "contracts.h"
#include "errors.h"

namespace meterdesk::chain {

namespace {

const ContractAbi& abi() {
    return creditEscrowAbi();
}

billing::TokenAmount tokens(const AbiValue& value) {
    return billing::TokenAmount(value.toUint());
}

std::chrono::sys_seconds seconds(const AbiValue& value) {
    return std::chrono::sys_seconds{std::chrono::seconds{
        static_cast<std::int64_t>(static_cast<std::uint64_t>(value.toUint()))}};
}

billing::EscrowState stateFrom(const AbiValue& value) {
    // The contract's State enum has the order of billing::EscrowState.
    const Uint256& index = value.toUint();
    if (index > Uint256(static_cast<unsigned>(billing::EscrowState::Reclaimed)))
        throwInvalidInput(
            QStringLiteral("escrow state %1 is unknown").arg(value.toDisplayString()));
    return static_cast<billing::EscrowState>(static_cast<unsigned>(index));
}

OnChainEscrow escrowFrom(const EscrowId& id, const AbiValue& tuple) {
    const auto& f = tuple.toList();
    if (f.size() != 9)
        throwInvalidInput(QStringLiteral("getEscrow returned %1 fields, not 9").arg(f.size()));
    return {id,
            f[0].toAddress(),
            f[1].toAddress(),
            tokens(f[2]),
            seconds(f[3]),
            seconds(f[4]),
            stateFrom(f[5]),
            f[6].toBytes(),
            tokens(f[7]),
            tokens(f[8])};
}

} // namespace

CreditEscrowContract::CreditEscrowContract(EthClient& eth, Address address)
    : eth_(eth)
    , address_(std::move(address)) {}

QFuture<std::vector<AbiValue>> CreditEscrowContract::read(const QString& function,
                                                          const std::vector<AbiValue>& arguments) {
    const AbiEntry& entry = abi().function(function);
    return eth_.call({std::nullopt, address_, entry.encodeCall(arguments), {}})
        .then([&entry](const QByteArray& result) { return entry.decodeOutput(result); });
}

TxRequest CreditEscrowContract::transact(const QString& function,
                                         const std::vector<AbiValue>& arguments) const {
    return {address_, abi().function(function).encodeCall(arguments), {}};
}

QFuture<Address> CreditEscrowContract::owner() {
    return read(QStringLiteral("owner"), {}).then([](const std::vector<AbiValue>& out) {
        return out.at(0).toAddress();
    });
}

QFuture<Address> CreditEscrowContract::token() {
    return read(QStringLiteral("token"), {}).then([](const std::vector<AbiValue>& out) {
        return out.at(0).toAddress();
    });
}

QFuture<bool> CreditEscrowContract::paused() {
    return read(QStringLiteral("paused"), {}).then([](const std::vector<AbiValue>& out) {
        return out.at(0).toBool();
    });
}

QFuture<std::uint64_t> CreditEscrowContract::escrowCount() {
    return read(QStringLiteral("escrowCount"), {}).then([](const std::vector<AbiValue>& out) {
        return static_cast<std::uint64_t>(out.at(0).toUint());
    });
}

QFuture<OnChainEscrow> CreditEscrowContract::escrow(const EscrowId& id) {
    return read(QStringLiteral("getEscrow"), {AbiValue(id.bytes())})
        .then([id](const std::vector<AbiValue>& out) { return escrowFrom(id, out.at(0)); });
}

QFuture<std::vector<OnChainEscrow>> CreditEscrowContract::escrows(std::uint64_t offset,
                                                                  std::uint64_t limit) {
    return read(QStringLiteral("escrowIds"), {AbiValue(Uint256(offset)), AbiValue(Uint256(limit))})
        .then([this](const std::vector<AbiValue>& out) {
            QList<QFuture<OnChainEscrow>> reads;
            for (const auto& id : out.at(0).toList())
                reads << escrow(EscrowId::fromBytes(id.toBytes()));
            if (reads.isEmpty())
                return QtFuture::makeReadyFuture(std::vector<OnChainEscrow>{});
            return QtFuture::whenAll(reads.begin(), reads.end())
                .then([](const QList<QFuture<OnChainEscrow>>& done) {
                    std::vector<OnChainEscrow> result;
                    for (const auto& read : done)
                        result.push_back(read.result());
                    return result;
                });
        })
        .unwrap();
}

QFuture<std::vector<EscrowEvent>> CreditEscrowContract::history(const EscrowId& id) {
    LogFilter filter{address_, {std::nullopt, id.bytes()}, 0};
    return eth_.logs(filter).then([](const std::vector<LogEntry>& entries) {
        std::vector<EscrowEvent> events;
        for (const auto& entry : entries) {
            if (auto decoded = abi().decodeLog(entry.topics, entry.data))
                events.push_back({decoded->event, entry.blockNumber, entry.transactionHash,
                                  entry.logIndex, std::move(decoded->fields)});
        }
        return events;
    });
}

TxRequest CreditEscrowContract::open(const EscrowId& id, const Address& payee,
                                     const billing::TokenAmount& amount,
                                     std::chrono::sys_seconds deadline) const {
    const auto deadlineSeconds = static_cast<std::uint64_t>(deadline.time_since_epoch().count());
    return transact(QStringLiteral("open"),
                    {AbiValue(id.bytes()), AbiValue(payee), AbiValue(amount.baseUnits()),
                     AbiValue(Uint256(deadlineSeconds))});
}

TxRequest CreditEscrowContract::requestRefund(const EscrowId& id,
                                              const QByteArray& reasonHash) const {
    return transact(QStringLiteral("requestRefund"), {AbiValue(id.bytes()), AbiValue(reasonHash)});
}

TxRequest CreditEscrowContract::release(const EscrowId& id) const {
    return transact(QStringLiteral("release"), {AbiValue(id.bytes())});
}

TxRequest CreditEscrowContract::refund(const EscrowId& id) const {
    return transact(QStringLiteral("refund"), {AbiValue(id.bytes())});
}

TxRequest CreditEscrowContract::settle(const EscrowId& id,
                                       const billing::TokenAmount& toPayee) const {
    return transact(QStringLiteral("settle"),
                    {AbiValue(id.bytes()), AbiValue(toPayee.baseUnits())});
}

TxRequest CreditEscrowContract::reclaim(const EscrowId& id) const {
    return transact(QStringLiteral("reclaim"), {AbiValue(id.bytes())});
}

TxRequest CreditEscrowContract::pause() const {
    return transact(QStringLiteral("pause"), {});
}

TxRequest CreditEscrowContract::unpause() const {
    return transact(QStringLiteral("unpause"), {});
}

TxRequest CreditEscrowContract::deploy(const Address& token) {
    const std::vector<AbiType> constructorTypes{AbiType::parse(u"address")};
    return {
        std::nullopt, creditEscrowBytecode() + abiEncode(constructorTypes, {AbiValue(token)}), {}};
}

} // namespace meterdesk::chain

#pragma once

#include "address.h"
#include "contract_abi.h"
#include "escrow_id.h"
#include "eth_client.h"
#include "transaction_sender.h"

#include <billing/escrow.h>
#include <billing/token_amount.h>

#include <QFuture>

#include <chrono>
#include <cstdint>
#include <vector>

namespace meterdesk::chain {

// One escrow as the contract holds it.
struct OnChainEscrow {
    EscrowId id;
    Address payer;
    Address payee;
    billing::TokenAmount amount;
    std::chrono::sys_seconds deadline{};
    std::chrono::sys_seconds openedAt{};
    billing::EscrowState state = billing::EscrowState::Open;
    QByteArray reasonHash; // what the payer committed to when requesting a refund
    billing::TokenAmount paidToPayee;
    billing::TokenAmount returnedToPayer;
};

// One event of an escrow's on-chain history.
struct EscrowEvent {
    QString name; // "EscrowOpened", "RefundRequested", "EscrowSettled", ...
    std::uint64_t blockNumber = 0;
    QByteArray transactionHash;
    std::uint64_t logIndex = 0;
    NamedValues fields;
};

// The CreditEscrow contract at `address`: reads through eth_call and logs, and the
// transactions of each action, ready for a TransactionSender (which pre-flights them, so a
// refusal comes back as the contract's named error before anything is signed).
class CreditEscrowContract {
public:
    CreditEscrowContract(EthClient& eth, Address address);

    const Address& address() const noexcept { return address_; }

    QFuture<Address> owner();
    QFuture<Address> token();
    QFuture<bool> paused();
    QFuture<std::uint64_t> escrowCount();
    // Escrows in the order they were opened, at most `limit` from `offset` on.
    QFuture<std::vector<OnChainEscrow>> escrows(std::uint64_t offset, std::uint64_t limit);
    // Fails with RevertError "UnknownEscrow" when there is none with that id.
    QFuture<OnChainEscrow> escrow(const EscrowId& id);
    QFuture<std::vector<EscrowEvent>> history(const EscrowId& id);

    TxRequest open(const EscrowId& id, const Address& payee, const billing::TokenAmount& amount,
                   std::chrono::sys_seconds deadline) const;
    TxRequest requestRefund(const EscrowId& id, const QByteArray& reasonHash) const;
    TxRequest release(const EscrowId& id) const;
    TxRequest refund(const EscrowId& id) const;
    TxRequest settle(const EscrowId& id, const billing::TokenAmount& toPayee) const;
    TxRequest reclaim(const EscrowId& id) const;
    TxRequest pause() const;
    TxRequest unpause() const;

    static TxRequest deploy(const Address& token);

private:
    QFuture<std::vector<AbiValue>> read(const QString& function,
                                        const std::vector<AbiValue>& arguments);
    TxRequest transact(const QString& function, const std::vector<AbiValue>& arguments) const;

    EthClient& eth_;
    Address address_;
};

} // namespace meterdesk::chain

#pragma once

#include "address.h"
#include "eth_client.h"
#include "transaction_sender.h"

#include <billing/token_amount.h>

#include <QFuture>

namespace meterdesk::chain {

// An ERC-20 token at `address`; mint() and deployTestToken() exist only for the TestToken
// that the sandbox and the tests use.
class Erc20Token {
public:
    Erc20Token(EthClient& eth, Address address);

    const Address& address() const noexcept { return address_; }

    QFuture<billing::TokenAmount> balanceOf(const Address& account);
    QFuture<int> decimals();
    QFuture<QString> symbol();

    TxRequest approve(const Address& spender, const billing::TokenAmount& amount) const;
    TxRequest transfer(const Address& to, const billing::TokenAmount& amount) const;
    TxRequest mint(const Address& to, const billing::TokenAmount& amount) const;

    static TxRequest deployTestToken();

private:
    QFuture<AbiValue> readOne(const QString& function, const std::vector<AbiValue>& arguments);

    EthClient& eth_;
    Address address_;
};

} // namespace meterdesk::chain

#include "token.h"

#include "contracts.h"

namespace meterdesk::chain {

Erc20Token::Erc20Token(EthClient& eth, Address address)
    : eth_(eth)
    , address_(std::move(address)) {}

QFuture<AbiValue> Erc20Token::readOne(const QString& function,
                                      const std::vector<AbiValue>& arguments) {
    const AbiEntry& entry = testTokenAbi().function(function);
    return eth_.call({std::nullopt, address_, entry.encodeCall(arguments), {}})
        .then([&entry](const QByteArray& result) { return entry.decodeOutput(result).at(0); });
}

QFuture<billing::TokenAmount> Erc20Token::balanceOf(const Address& account) {
    return readOne(QStringLiteral("balanceOf"), {AbiValue(account)})
        .then([](const AbiValue& value) { return billing::TokenAmount(value.toUint()); });
}

QFuture<int> Erc20Token::decimals() {
    return readOne(QStringLiteral("decimals"), {}).then([](const AbiValue& value) {
        return static_cast<int>(static_cast<unsigned>(value.toUint()));
    });
}

QFuture<QString> Erc20Token::symbol() {
    return readOne(QStringLiteral("symbol"), {}).then([](const AbiValue& value) {
        return value.toText();
    });
}

TxRequest Erc20Token::approve(const Address& spender, const billing::TokenAmount& amount) const {
    return {address_,
            testTokenAbi()
                .function(u"approve")
                .encodeCall({AbiValue(spender), AbiValue(amount.baseUnits())}),
            {}};
}

TxRequest Erc20Token::transfer(const Address& to, const billing::TokenAmount& amount) const {
    return {address_,
            testTokenAbi()
                .function(u"transfer")
                .encodeCall({AbiValue(to), AbiValue(amount.baseUnits())}),
            {}};
}

TxRequest Erc20Token::mint(const Address& to, const billing::TokenAmount& amount) const {
    return {
        address_,
        testTokenAbi().function(u"mint").encodeCall({AbiValue(to), AbiValue(amount.baseUnits())}),
        {}};
}

TxRequest Erc20Token::deployTestToken() {
    return {std::nullopt, testTokenBytecode(), {}};
}

} // namespace meterdesk::chain

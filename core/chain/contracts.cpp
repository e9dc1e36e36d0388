#include "contracts.h"

#include "errors.h"
#include "hex.h"

#include <algorithm>
#include <contracts/compiled_contracts.h>

namespace meterdesk::chain {

namespace {

const contracts::CompiledContract& compiled(std::string_view name) {
    const auto all = contracts::compiledContracts();
    const auto found = std::find_if(all.begin(), all.end(),
                                    [name](const auto& contract) { return contract.name == name; });
    if (found == all.end())
        throwInvalidInput(
            QStringLiteral("contract %1 was not compiled into this build")
                .arg(QLatin1String(name.data(), static_cast<qsizetype>(name.size()))));
    return *found;
}

ContractAbi abiOf(std::string_view name) {
    const auto& json = compiled(name).abiJson;
    return ContractAbi::fromJson(QByteArrayView(json.data(), static_cast<qsizetype>(json.size())));
}

QByteArray bytecodeOf(std::string_view name) {
    const auto& hex = compiled(name).bytecodeHex;
    return bytesFromHex(QString::fromLatin1(hex.data(), static_cast<qsizetype>(hex.size())),
                        u"bytecode");
}

} // namespace

const ContractAbi& creditEscrowAbi() {
    static const ContractAbi abi = [] {
        ContractAbi escrow = abiOf("CreditEscrow");
        escrow.addErrorsOf(testTokenAbi());
        return escrow;
    }();
    return abi;
}

const ContractAbi& testTokenAbi() {
    static const ContractAbi abi = abiOf("TestToken");
    return abi;
}

QByteArray creditEscrowBytecode() {
    return bytecodeOf("CreditEscrow");
}

QByteArray testTokenBytecode() {
    return bytecodeOf("TestToken");
}

} // namespace meterdesk::chain

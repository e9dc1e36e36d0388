#pragma once

#include <span>
#include <string_view>

namespace meterdesk::contracts {

// A contract compiled at build time by contracts/build.cjs (solc-js).
struct CompiledContract {
    std::string_view name;        // "CreditEscrow", "TestToken"
    std::string_view abiJson;     // the ABI as solc emits it
    std::string_view bytecodeHex; // creation bytecode, hex without 0x
};

std::span<const CompiledContract> compiledContracts();

} // namespace meterdesk::contracts

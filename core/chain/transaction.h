#pragma once

#include "address.h"
#include "hex.h"

#include <QByteArray>

#include <cstdint>
#include <optional>

namespace meterdesk::chain {

class Signer;

// An EIP-1559 (type 2) transaction. No `to` creates a contract from `data`.
struct Eip1559Transaction {
    std::uint64_t chainId = 0;
    std::uint64_t nonce = 0;
    Uint256 maxPriorityFeePerGas;
    Uint256 maxFeePerGas;
    std::uint64_t gasLimit = 0;
    std::optional<Address> to;
    Uint256 value;
    QByteArray data;

    // keccak(0x02 || rlp([chainId, nonce, tip, maxFee, gas, to, value, data, accessList])).
    QByteArray signingHash() const;
};

struct SignedTransaction {
    QByteArray raw;  // what eth_sendRawTransaction takes
    QByteArray hash; // keccak(raw): the hash the node reports
};

SignedTransaction signTransaction(const Eip1559Transaction& transaction, const Signer& signer);

} // namespace meterdesk::chain

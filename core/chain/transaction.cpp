#include "transaction.h"

#include "keccak.h"
#include "rlp.h"
#include "signer.h"

namespace meterdesk::chain {

namespace {

constexpr char kEip1559Type = 0x02;

std::vector<RlpItem> unsignedFields(const Eip1559Transaction& tx) {
    return {
        RlpItem::uint(Uint256(tx.chainId)),
        RlpItem::uint(Uint256(tx.nonce)),
        RlpItem::uint(tx.maxPriorityFeePerGas),
        RlpItem::uint(tx.maxFeePerGas),
        RlpItem::uint(Uint256(tx.gasLimit)),
        RlpItem::bytes(tx.to ? tx.to->bytes() : QByteArray()),
        RlpItem::uint(tx.value),
        RlpItem::bytes(tx.data),
        RlpItem::list({}), // no access list
    };
}

} // namespace

QByteArray Eip1559Transaction::signingHash() const {
    return keccak256(QByteArray(1, kEip1559Type) + rlpEncode(RlpItem::list(unsignedFields(*this))));
}

SignedTransaction signTransaction(const Eip1559Transaction& transaction, const Signer& signer) {
    const Signature signature = signer.sign(transaction.signingHash());
    std::vector<RlpItem> fields = unsignedFields(transaction);
    fields.push_back(RlpItem::uint(Uint256(static_cast<unsigned>(signature.recoveryId))));
    // r and s are integers in RLP: their leading zero bytes must go.
    fields.push_back(RlpItem::uint(uintFromBigEndian(signature.r)));
    fields.push_back(RlpItem::uint(uintFromBigEndian(signature.s)));
    const QByteArray raw =
        QByteArray(1, kEip1559Type) + rlpEncode(RlpItem::list(std::move(fields)));
    return {raw, keccak256(raw)};
}

} // namespace meterdesk::chain

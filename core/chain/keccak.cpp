#include "keccak.h"

#include <cryptopp/keccak.h>

namespace meterdesk::chain {

QByteArray keccak256(QByteArrayView data) {
    CryptoPP::Keccak_256 hash;
    QByteArray digest(CryptoPP::Keccak_256::DIGESTSIZE, Qt::Uninitialized);
    hash.CalculateDigest(reinterpret_cast<CryptoPP::byte*>(digest.data()),
                         reinterpret_cast<const CryptoPP::byte*>(data.data()),
                         static_cast<std::size_t>(data.size()));
    return digest;
}

} // namespace meterdesk::chain

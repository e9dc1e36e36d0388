#pragma once

#include "address.h"
#include "secret_key.h"

#include <QByteArray>
#include <QByteArrayView>

#include <memory>

struct secp256k1_context_struct;

namespace meterdesk::chain {

// A recoverable secp256k1 signature: r and s as 32 bytes each, and the recovery id (the
// y parity, 0 or 1), which EIP-1559 transactions carry as yParity.
struct Signature {
    QByteArray r;
    QByteArray s;
    int recoveryId = 0;
};

// Signs 32-byte hashes with the operator's key. It holds the only copy of the key it was
// given and exposes nothing of it but the address.
class Signer {
public:
    // Throws InvalidInput when the bytes are not a valid secp256k1 private key.
    explicit Signer(SecretKey key);
    ~Signer();
    Signer(const Signer&) = delete;
    Signer& operator=(const Signer&) = delete;

    const Address& address() const noexcept { return address_; }

    // Deterministic (RFC 6979) and low-s, as Ethereum requires.
    Signature sign(QByteArrayView hash) const;

private:
    struct ContextDeleter {
        void operator()(secp256k1_context_struct* context) const;
    };

    SecretKey key_;
    std::unique_ptr<secp256k1_context_struct, ContextDeleter> context_;
    Address address_;
};

// The address whose key produced `signature` over `hash`; throws InvalidInput when the
// signature is not valid for any key.
Address recoverSigner(QByteArrayView hash, const Signature& signature);

} // namespace meterdesk::chain

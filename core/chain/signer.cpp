#include "signer.h"

#include "errors.h"

#include <secp256k1.h>
#include <secp256k1_recovery.h>

namespace meterdesk::chain {

namespace {

void requireHash(QByteArrayView hash) {
    if (hash.size() != 32)
        throwInvalidInput(
            QStringLiteral("only 32-byte hashes are signed, not %1 bytes").arg(hash.size()));
}

const unsigned char* bytesOf(QByteArrayView bytes) {
    return reinterpret_cast<const unsigned char*>(bytes.data());
}

Address addressOf(const secp256k1_context* context, const secp256k1_pubkey& publicKey) {
    unsigned char serialized[65];
    size_t length = sizeof serialized;
    secp256k1_ec_pubkey_serialize(context, serialized, &length, &publicKey,
                                  SECP256K1_EC_UNCOMPRESSED);
    return Address::fromPublicKey(QByteArrayView(serialized + 1, 64));
}

} // namespace

void Signer::ContextDeleter::operator()(secp256k1_context_struct* context) const {
    secp256k1_context_destroy(context);
}

Signer::Signer(SecretKey key)
    : key_(std::move(key))
    , context_(secp256k1_context_create(SECP256K1_CONTEXT_NONE)) {
    if (!secp256k1_ec_seckey_verify(context_.get(), key_.data()))
        throwInvalidInput(QStringLiteral("private key is not a valid secp256k1 key"));
    secp256k1_pubkey publicKey;
    if (!secp256k1_ec_pubkey_create(context_.get(), &publicKey, key_.data()))
        throwInvalidInput(QStringLiteral("private key is not a valid secp256k1 key"));
    address_ = addressOf(context_.get(), publicKey);
}

Signer::~Signer() = default;

Signature Signer::sign(QByteArrayView hash) const {
    requireHash(hash);
    secp256k1_ecdsa_recoverable_signature recoverable;
    if (!secp256k1_ecdsa_sign_recoverable(context_.get(), &recoverable, bytesOf(hash), key_.data(),
                                          nullptr, nullptr))
        throw ChainError(ChainError::Kind::InvalidInput, "secp256k1 could not sign the hash");
    unsigned char compact[64];
    int recoveryId = 0;
    secp256k1_ecdsa_recoverable_signature_serialize_compact(context_.get(), compact, &recoveryId,
                                                            &recoverable);
    return {QByteArray(reinterpret_cast<const char*>(compact), 32),
            QByteArray(reinterpret_cast<const char*>(compact) + 32, 32), recoveryId};
}

Address recoverSigner(QByteArrayView hash, const Signature& signature) {
    requireHash(hash);
    if (signature.r.size() != 32 || signature.s.size() != 32 || signature.recoveryId < 0 ||
        signature.recoveryId > 3)
        throwInvalidInput(
            QStringLiteral("signature must have 32-byte r and s and a recovery id 0..3"));
    const QByteArray compact = signature.r + signature.s;
    secp256k1_ecdsa_recoverable_signature recoverable;
    secp256k1_pubkey publicKey;
    if (!secp256k1_ecdsa_recoverable_signature_parse_compact(
            secp256k1_context_static, &recoverable, bytesOf(compact), signature.recoveryId) ||
        !secp256k1_ecdsa_recover(secp256k1_context_static, &publicKey, &recoverable, bytesOf(hash)))
        throwInvalidInput(QStringLiteral("signature does not recover to any key"));
    return addressOf(secp256k1_context_static, publicKey);
}

} // namespace meterdesk::chain

#pragma once

#include <QByteArrayView>
#include <QStringView>

#include <array>

namespace meterdesk::chain {

// A raw secp256k1 private key. It is never printed, logged or written by this layer: it can
// only be moved into a Signer, and its bytes are wiped when it is destroyed or moved from.
// Error messages about it never quote the text it was read from.
class SecretKey {
public:
    static constexpr int kSize = 32;

    // 64 hex digits, optionally after 0x (surrounding white space is ignored, as in a file).
    static SecretKey fromHex(QStringView text);
    static SecretKey fromBytes(QByteArrayView bytes);
    // An Ethereum (Web3 Secret Storage v3) keystore JSON: scrypt or pbkdf2-hmac-sha256, then
    // aes-128-ctr. Throws WrongKey when the password does not match the file's MAC.
    static SecretKey fromKeystore(QByteArrayView json, QStringView password);

    SecretKey(const SecretKey&) = delete;
    SecretKey& operator=(const SecretKey&) = delete;
    SecretKey(SecretKey&& other) noexcept;
    SecretKey& operator=(SecretKey&& other) noexcept;
    ~SecretKey();

    const unsigned char* data() const noexcept { return bytes_.data(); }

private:
    SecretKey() = default;
    void wipe() noexcept;

    std::array<unsigned char, kSize> bytes_{};
};

} // namespace meterdesk::chain

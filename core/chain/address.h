#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QStringView>

namespace meterdesk::chain {

// A 20-byte Ethereum account or contract address.
class Address {
public:
    Address(); // the zero address

    // 0x and 40 hex digits. All lower-case or all upper-case digits are accepted as typed;
    // mixed case is an EIP-55 checksum and must be right, so a mistyped digit is caught.
    static Address fromHex(QStringView text);
    static Address fromBytes(QByteArrayView twentyBytes);
    // The address of an uncompressed secp256k1 public key given without its 0x04 prefix.
    static Address fromPublicKey(QByteArrayView sixtyFourBytes);

    const QByteArray& bytes() const noexcept { return bytes_; }
    bool isZero() const;
    QString toHex() const;         // lower case, as the metering database stores wallets
    QString toChecksumHex() const; // EIP-55 mixed case, as people copy and compare them

    friend bool operator==(const Address&, const Address&) = default;

private:
    explicit Address(QByteArray bytes);

    QByteArray bytes_;
};

} // namespace meterdesk::chain

#include "address.h"

#include "errors.h"
#include "hex.h"
#include "keccak.h"

#include <algorithm>

namespace meterdesk::chain {

namespace {

constexpr qsizetype kAddressSize = 20;

} // namespace

Address::Address()
    : bytes_(kAddressSize, '\0') {}

Address::Address(QByteArray bytes)
    : bytes_(std::move(bytes)) {}

Address Address::fromHex(QStringView text) {
    if (!text.startsWith(u"0x") || text.size() != 2 + 2 * kAddressSize)
        throwInvalidInput(
            QStringLiteral("address must be 0x followed by 40 hex digits, not '%1'").arg(text));
    const Address address(bytesFromHex(text, u"address"));
    const QStringView digits = text.mid(2);
    const bool mixedCase =
        std::any_of(digits.begin(), digits.end(), [](QChar c) { return c.isLower(); }) &&
        std::any_of(digits.begin(), digits.end(), [](QChar c) { return c.isUpper(); });
    if (mixedCase && address.toChecksumHex() != text)
        throwInvalidInput(
            QStringLiteral("address %1 has a wrong EIP-55 checksum (mistyped?)").arg(text));
    return address;
}

Address Address::fromBytes(QByteArrayView twentyBytes) {
    if (twentyBytes.size() != kAddressSize)
        throwInvalidInput(
            QStringLiteral("address must be 20 bytes, not %1").arg(twentyBytes.size()));
    return Address(twentyBytes.toByteArray());
}

Address Address::fromPublicKey(QByteArrayView sixtyFourBytes) {
    if (sixtyFourBytes.size() != 64)
        throwInvalidInput(QStringLiteral("public key must be 64 bytes without the 0x04 prefix"));
    return Address(keccak256(sixtyFourBytes).right(kAddressSize));
}

bool Address::isZero() const {
    return std::all_of(bytes_.begin(), bytes_.end(), [](char b) { return b == 0; });
}

QString Address::toHex() const {
    return hexFromBytes(bytes_);
}

QString Address::toChecksumHex() const {
    const QByteArray lower = bytes_.toHex();
    const QByteArray hash = keccak256(lower).toHex();
    QString text = QStringLiteral("0x");
    for (qsizetype i = 0; i < lower.size(); ++i) {
        const char c = lower[i];
        const bool upper = c >= 'a' && hash[i] >= '8';
        text += QChar::fromLatin1(upper ? static_cast<char>(c - 'a' + 'A') : c);
    }
    return text;
}

} // namespace meterdesk::chain

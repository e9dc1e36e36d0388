#include "rlp.h"

#include "errors.h"

namespace meterdesk::chain {

namespace {

constexpr unsigned char kShortString = 0x80;
constexpr unsigned char kLongString = 0xb7;
constexpr unsigned char kShortList = 0xc0;
constexpr unsigned char kLongList = 0xf7;
constexpr qsizetype kShortLimit = 55;

QByteArray lengthPrefix(qsizetype length, unsigned char shortBase, unsigned char longBase) {
    if (length <= kShortLimit)
        return QByteArray(1, static_cast<char>(shortBase + length));
    const QByteArray lengthBytes = minimalBigEndian(Uint256(static_cast<std::uint64_t>(length)));
    return QByteArray(1, static_cast<char>(longBase + lengthBytes.size())) + lengthBytes;
}

unsigned char byteAt(QByteArrayView data, qsizetype index) {
    return static_cast<unsigned char>(data[index]);
}

[[noreturn]] void malformed(const char* why) {
    throwInvalidInput(QStringLiteral("malformed RLP: %1").arg(QLatin1String(why)));
}

// Decodes the item at the start of `data`; `consumed` receives its encoded size.
RlpItem decodeItem(QByteArrayView data, qsizetype& consumed) {
    if (data.isEmpty())
        malformed("input ends where an item should start");
    const unsigned char prefix = byteAt(data, 0);
    if (prefix < kShortString) {
        consumed = 1;
        return RlpItem::bytes(QByteArray(1, static_cast<char>(prefix)));
    }
    const bool list = prefix >= kShortList;
    const unsigned char base = list ? kShortList : kShortString;
    const unsigned char longBase = list ? kLongList : kLongString;
    qsizetype header = 1;
    qsizetype length = prefix - base;
    if (prefix > longBase) {
        const qsizetype lengthSize = prefix - longBase;
        if (data.size() < 1 + lengthSize)
            malformed("length runs past the end of the input");
        if (byteAt(data, 1) == 0)
            malformed("length has a leading zero");
        const Uint256 wide = uintFromBigEndian(data.sliced(1, lengthSize));
        if (wide > Uint256(static_cast<std::uint64_t>(data.size())))
            malformed("length runs past the end of the input");
        length = static_cast<qsizetype>(static_cast<std::uint64_t>(wide));
        if (length <= kShortLimit)
            malformed("a long length was used for a short payload");
        header += lengthSize;
    }
    if (data.size() < header + length)
        malformed("payload runs past the end of the input");
    consumed = header + length;
    const QByteArrayView payload = data.sliced(header, length);
    if (!list) {
        if (length == 1 && byteAt(payload, 0) < kShortString)
            malformed("a single byte below 0x80 must encode itself");
        return RlpItem::bytes(payload.toByteArray());
    }
    std::vector<RlpItem> items;
    for (qsizetype offset = 0; offset < payload.size();) {
        qsizetype used = 0;
        items.push_back(decodeItem(payload.sliced(offset), used));
        offset += used;
    }
    return RlpItem::list(std::move(items));
}

} // namespace

RlpItem RlpItem::bytes(QByteArray bytes) {
    RlpItem item;
    item.bytes_ = std::move(bytes);
    return item;
}

RlpItem RlpItem::uint(const Uint256& value) {
    return bytes(minimalBigEndian(value));
}

RlpItem RlpItem::list(std::vector<RlpItem> items) {
    RlpItem item;
    item.isList_ = true;
    item.items_ = std::move(items);
    return item;
}

Uint256 RlpItem::toUint() const {
    if (isList_)
        throwInvalidInput(QStringLiteral("an RLP list is not an integer"));
    if (!bytes_.isEmpty() && bytes_[0] == 0)
        throwInvalidInput(QStringLiteral("an RLP integer must not have leading zero bytes"));
    return uintFromBigEndian(bytes_);
}

QByteArray rlpEncode(const RlpItem& item) {
    if (item.isList()) {
        QByteArray payload;
        for (const auto& child : item.items())
            payload += rlpEncode(child);
        return lengthPrefix(payload.size(), kShortList, kLongList) + payload;
    }
    const QByteArray& bytes = item.bytes();
    if (bytes.size() == 1 && static_cast<unsigned char>(bytes[0]) < kShortString)
        return bytes;
    return lengthPrefix(bytes.size(), kShortString, kLongString) + bytes;
}

RlpItem rlpDecode(QByteArrayView encoded) {
    qsizetype consumed = 0;
    RlpItem item = decodeItem(encoded, consumed);
    if (consumed != encoded.size())
        malformed("trailing bytes after the item");
    return item;
}

} // namespace meterdesk::chain

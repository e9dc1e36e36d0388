#pragma once

#include "hex.h"

#include <QByteArray>
#include <QByteArrayView>

#include <vector>

namespace meterdesk::chain {

// One RLP item: a byte string or a list of items.
class RlpItem {
public:
    static RlpItem bytes(QByteArray bytes);
    // Integers are minimal big-endian byte strings: zero is the empty string (0x80).
    static RlpItem uint(const Uint256& value);
    static RlpItem list(std::vector<RlpItem> items);

    bool isList() const noexcept { return isList_; }
    const QByteArray& bytes() const noexcept { return bytes_; }
    const std::vector<RlpItem>& items() const noexcept { return items_; }
    // Throws InvalidInput for a list or a non-minimal integer (a leading zero byte).
    Uint256 toUint() const;

    friend bool operator==(const RlpItem&, const RlpItem&) = default;

private:
    bool isList_ = false;
    QByteArray bytes_;
    std::vector<RlpItem> items_;
};

QByteArray rlpEncode(const RlpItem& item);
// Throws InvalidInput for truncated input, non-canonical lengths or trailing bytes.
RlpItem rlpDecode(QByteArrayView encoded);

} // namespace meterdesk::chain

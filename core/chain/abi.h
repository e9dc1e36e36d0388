#pragma once

#include "address.h"
#include "hex.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QJsonObject>
#include <QString>

#include <variant>
#include <vector>

// The Solidity ABI for the types the escrow contract and ERC-20 tokens use: uintN, bool,
// address, bytesN, bytes, string, T[] and tuples (structs).
namespace meterdesk::chain {

class AbiType {
public:
    enum class Kind { Uint, Bool, Address, FixedBytes, Bytes, String, Array, Tuple };

    // A canonical elementary or array type: "uint256", "uint8", "bytes32", "address[]", ...
    static AbiType parse(QStringView canonical);
    // A parameter of a solc ABI JSON, where structs are "tuple" with "components".
    static AbiType fromJson(const QJsonObject& parameter);
    static AbiType tuple(std::vector<AbiType> components);

    Kind kind() const noexcept { return kind_; }
    int size() const noexcept { return size_; } // bits of a uint, bytes of a bytesN
    const std::vector<AbiType>& components() const noexcept { return components_; }
    QString canonical() const; // as in function signatures: "(address,uint256)[]"
    bool isDynamic() const;

private:
    Kind kind_ = Kind::Uint;
    int size_ = 256;
    std::vector<AbiType> components_; // the element of an array, the members of a tuple
};

// One ABI value; arrays and tuples hold their elements in order.
class AbiValue {
public:
    using List = std::vector<AbiValue>;

    AbiValue() = default;
    AbiValue(Uint256 value); // NOLINT(google-explicit-constructor): values read like literals
    AbiValue(bool value);
    AbiValue(Address value);
    AbiValue(QByteArray bytes); // bytes and bytesN
    AbiValue(QString text);
    AbiValue(List items);

    // Each throws InvalidInput naming the expected kind when the value holds another.
    const Uint256& toUint() const;
    bool toBool() const;
    const Address& toAddress() const;
    const QByteArray& toBytes() const;
    const QString& toText() const;
    const List& toList() const;

    // For messages: decimal integers, 0x-hex bytes, checksummed addresses.
    QString toDisplayString() const;

    friend bool operator==(const AbiValue&, const AbiValue&) = default;

private:
    std::variant<Uint256, bool, Address, QByteArray, QString, List> value_;
};

// The ABI encoding of `values` as a tuple of `types` (function arguments, return data).
QByteArray abiEncode(const std::vector<AbiType>& types, const std::vector<AbiValue>& values);
// Throws InvalidInput when `data` is too short, an offset points outside it, or a value is
// out of its type's range.
std::vector<AbiValue> abiDecode(const std::vector<AbiType>& types, QByteArrayView data);

} // namespace meterdesk::chain

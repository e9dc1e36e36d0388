#pragma once

#include <billing/token_amount.h>

#include <QByteArray>
#include <QByteArrayView>
#include <QJsonValue>
#include <QString>
#include <QStringView>

#include <cstdint>

// Conversions between bytes, 256-bit integers and the hex text Ethereum speaks.
namespace meterdesk::chain {

// Unsigned 256-bit integers throw on overflow and on results below zero, like Solidity.
using Uint256 = billing::TokenAmount::Value;

// "0x"-prefixed (or bare) hex of even length into bytes; `field` names the value in the error.
QByteArray bytesFromHex(QStringView text, QStringView field);
// Lower-case hex with a 0x prefix.
QString hexFromBytes(QByteArrayView bytes);

// Big-endian bytes of exactly `width` bytes; throws InvalidInput when the value does not fit.
QByteArray bigEndian(const Uint256& value, qsizetype width);
// Big-endian bytes without leading zeros (zero is empty), as RLP wants integers.
QByteArray minimalBigEndian(const Uint256& value);
// Reads up to 32 big-endian bytes.
Uint256 uintFromBigEndian(QByteArrayView bytes);

// JSON-RPC quantities: "0x0", "0x1a" (no leading zeros), as the node sends and expects them.
Uint256 uintFromQuantity(const QJsonValue& value, QStringView field);
std::uint64_t uint64FromQuantity(const QJsonValue& value, QStringView field);
QString quantity(const Uint256& value);
QString quantity(std::uint64_t value);

} // namespace meterdesk::chain

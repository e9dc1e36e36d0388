#include "hex.h"

#include "errors.h"

#include <boost/multiprecision/cpp_int.hpp>

#include <algorithm>
#include <iterator>
#include <limits>
#include <vector>

namespace meterdesk::chain {

namespace {

bool isHexDigit(QChar c) {
    return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f') || (c >= u'A' && c <= u'F');
}

QStringView withoutPrefix(QStringView text) {
    return text.startsWith(u"0x") || text.startsWith(u"0X") ? text.mid(2) : text;
}

} // namespace

QByteArray bytesFromHex(QStringView text, QStringView field) {
    const QStringView digits = withoutPrefix(text);
    if (digits.size() % 2 != 0 || !std::all_of(digits.begin(), digits.end(), isHexDigit))
        throwInvalidInput(
            QStringLiteral("%1 must be hex digits in pairs (optionally after 0x)").arg(field));
    return QByteArray::fromHex(digits.toLatin1());
}

QString hexFromBytes(QByteArrayView bytes) {
    return QStringLiteral("0x") + QString::fromLatin1(bytes.toByteArray().toHex());
}

QByteArray minimalBigEndian(const Uint256& value) {
    if (value.is_zero())
        return {};
    std::vector<unsigned char> bytes;
    boost::multiprecision::export_bits(value, std::back_inserter(bytes), 8);
    return QByteArray(reinterpret_cast<const char*>(bytes.data()),
                      static_cast<qsizetype>(bytes.size()));
}

QByteArray bigEndian(const Uint256& value, qsizetype width) {
    const QByteArray minimal = minimalBigEndian(value);
    if (minimal.size() > width)
        throwInvalidInput(QStringLiteral("%1 does not fit in %2 bytes")
                              .arg(QString::fromStdString(value.str()))
                              .arg(width));
    return QByteArray(width - minimal.size(), '\0') + minimal;
}

Uint256 uintFromBigEndian(QByteArrayView bytes) {
    if (bytes.size() > 32)
        throwInvalidInput(
            QStringLiteral("an integer of %1 bytes does not fit in 256 bits").arg(bytes.size()));
    Uint256 value;
    const auto* begin = reinterpret_cast<const unsigned char*>(bytes.data());
    if (!bytes.isEmpty())
        boost::multiprecision::import_bits(value, begin, begin + bytes.size(), 8);
    return value;
}

Uint256 uintFromQuantity(const QJsonValue& value, QStringView field) {
    const QString text = value.toString();
    const QStringView digits = withoutPrefix(text);
    if (!text.startsWith(u"0x") || digits.isEmpty() || digits.size() > 64 ||
        !std::all_of(digits.begin(), digits.end(), isHexDigit))
        throwInvalidInput(
            QStringLiteral("%1 must be a hex quantity like 0x1a, not '%2'").arg(field, text));
    const QByteArray padded = digits.size() % 2 ? "0" + digits.toLatin1() : digits.toLatin1();
    return uintFromBigEndian(QByteArray::fromHex(padded));
}

std::uint64_t uint64FromQuantity(const QJsonValue& value, QStringView field) {
    const Uint256 wide = uintFromQuantity(value, field);
    if (wide > Uint256(std::numeric_limits<std::uint64_t>::max()))
        throwInvalidInput(QStringLiteral("%1 does not fit in 64 bits").arg(field));
    return static_cast<std::uint64_t>(wide);
}

QString quantity(const Uint256& value) {
    return QString::fromStdString(billing::TokenAmount(value).toHex());
}

QString quantity(std::uint64_t value) {
    return QStringLiteral("0x") + QString::number(value, 16);
}

} // namespace meterdesk::chain

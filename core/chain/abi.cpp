#include "abi.h"

#include "errors.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace meterdesk::chain {

namespace {

constexpr qsizetype kWord = 32;

QByteArray padRight(QByteArrayView bytes) {
    const qsizetype padding = (kWord - bytes.size() % kWord) % kWord;
    return bytes.toByteArray() + QByteArray(padding, '\0');
}

QByteArray word(const Uint256& value) {
    return bigEndian(value, kWord);
}

qsizetype headSize(const AbiType& type) {
    if (type.isDynamic() || type.kind() != AbiType::Kind::Tuple)
        return kWord;
    qsizetype size = 0;
    for (const auto& component : type.components())
        size += headSize(component);
    return size;
}

QByteArray encodeTuple(const std::vector<AbiType>& types, const std::vector<AbiValue>& values);

QByteArray encodeValue(const AbiType& type, const AbiValue& value) {
    switch (type.kind()) {
    case AbiType::Kind::Uint:
        if (type.size() < 256 && value.toUint() >> type.size() != 0)
            throwInvalidInput(QStringLiteral("%1 does not fit in uint%2")
                                  .arg(value.toDisplayString())
                                  .arg(type.size()));
        return word(value.toUint());
    case AbiType::Kind::Bool:
        return word(Uint256(value.toBool() ? 1u : 0u));
    case AbiType::Kind::Address:
        return QByteArray(12, '\0') + value.toAddress().bytes();
    case AbiType::Kind::FixedBytes:
        if (value.toBytes().size() != type.size())
            throwInvalidInput(QStringLiteral("bytes%1 needs exactly %1 bytes, not %2")
                                  .arg(type.size())
                                  .arg(value.toBytes().size()));
        return padRight(value.toBytes());
    case AbiType::Kind::Bytes:
        return word(Uint256(static_cast<std::uint64_t>(value.toBytes().size()))) +
               padRight(value.toBytes());
    case AbiType::Kind::String: {
        const QByteArray utf8 = value.toText().toUtf8();
        return word(Uint256(static_cast<std::uint64_t>(utf8.size()))) + padRight(utf8);
    }
    case AbiType::Kind::Array: {
        const auto& items = value.toList();
        const std::vector<AbiType> types(items.size(), type.components().front());
        return word(Uint256(static_cast<std::uint64_t>(items.size()))) + encodeTuple(types, items);
    }
    case AbiType::Kind::Tuple:
        return encodeTuple(type.components(), value.toList());
    }
    throwInvalidInput(QStringLiteral("unknown ABI type"));
}

QByteArray encodeTuple(const std::vector<AbiType>& types, const std::vector<AbiValue>& values) {
    if (types.size() != values.size())
        throwInvalidInput(QStringLiteral("%1 values given for %2 ABI parameters")
                              .arg(values.size())
                              .arg(types.size()));
    qsizetype headsSize = 0;
    for (const auto& type : types)
        headsSize += headSize(type);
    QByteArray heads;
    QByteArray tails;
    for (std::size_t i = 0; i < types.size(); ++i) {
        const QByteArray encoded = encodeValue(types[i], values[i]);
        if (types[i].isDynamic()) {
            heads += word(Uint256(static_cast<std::uint64_t>(headsSize + tails.size())));
            tails += encoded;
        } else {
            heads += encoded;
        }
    }
    return heads + tails;
}

[[noreturn]] void truncated() {
    throwInvalidInput(QStringLiteral("ABI data is shorter than its types require"));
}

QByteArrayView wordAt(QByteArrayView data, qsizetype offset) {
    if (offset < 0 || data.size() - offset < kWord)
        truncated();
    return data.sliced(offset, kWord);
}

// An offset or a length read from the data, checked against the data's size.
qsizetype sizeAt(QByteArrayView data, qsizetype offset) {
    const Uint256 value = uintFromBigEndian(wordAt(data, offset));
    if (value > Uint256(static_cast<std::uint64_t>(data.size())))
        truncated();
    return static_cast<qsizetype>(static_cast<std::uint64_t>(value));
}

std::vector<AbiValue> decodeTuple(const std::vector<AbiType>& types, QByteArrayView data);

QByteArray bytesAt(QByteArrayView data, qsizetype offset) {
    const qsizetype length = sizeAt(data, offset);
    if (data.size() - offset - kWord < length)
        truncated();
    return data.sliced(offset + kWord, length).toByteArray();
}

AbiValue decodeValue(const AbiType& type, QByteArrayView data, qsizetype offset) {
    switch (type.kind()) {
    case AbiType::Kind::Uint: {
        Uint256 value = uintFromBigEndian(wordAt(data, offset));
        if (type.size() < 256 && value >> type.size() != 0)
            throwInvalidInput(QStringLiteral("ABI value does not fit in uint%1").arg(type.size()));
        return AbiValue(std::move(value));
    }
    case AbiType::Kind::Bool: {
        const Uint256 value = uintFromBigEndian(wordAt(data, offset));
        if (value > 1u)
            throwInvalidInput(QStringLiteral("ABI bool must be 0 or 1"));
        return AbiValue(value == 1u);
    }
    case AbiType::Kind::Address: {
        const QByteArrayView w = wordAt(data, offset);
        if (uintFromBigEndian(w.first(12)) != 0u)
            throwInvalidInput(QStringLiteral("ABI address has non-zero padding"));
        return AbiValue(Address::fromBytes(w.sliced(12)));
    }
    case AbiType::Kind::FixedBytes:
        return AbiValue(wordAt(data, offset).first(type.size()).toByteArray());
    case AbiType::Kind::Bytes:
        return AbiValue(bytesAt(data, offset));
    case AbiType::Kind::String:
        return AbiValue(QString::fromUtf8(bytesAt(data, offset)));
    case AbiType::Kind::Array: {
        const qsizetype count = sizeAt(data, offset);
        const std::vector<AbiType> types(static_cast<std::size_t>(count),
                                         type.components().front());
        return AbiValue(decodeTuple(types, data.sliced(offset + kWord)));
    }
    case AbiType::Kind::Tuple:
        return AbiValue(decodeTuple(type.components(), data.sliced(offset)));
    }
    throwInvalidInput(QStringLiteral("unknown ABI type"));
}

std::vector<AbiValue> decodeTuple(const std::vector<AbiType>& types, QByteArrayView data) {
    std::vector<AbiValue> values;
    values.reserve(types.size());
    qsizetype head = 0;
    for (const auto& type : types) {
        if (type.isDynamic()) {
            const qsizetype offset = sizeAt(data, head);
            values.push_back(decodeValue(type, data, offset));
        } else {
            values.push_back(decodeValue(type, data, head));
        }
        head += headSize(type);
    }
    return values;
}

} // namespace

AbiType AbiType::parse(QStringView canonical) {
    if (canonical.endsWith(u"[]")) {
        AbiType array;
        array.kind_ = Kind::Array;
        array.components_ = {parse(canonical.chopped(2))};
        return array;
    }
    AbiType type;
    static const QRegularExpression sized(QStringLiteral("^(uint|bytes)(\\d+)$"));
    const auto match = sized.match(canonical.toString());
    if (canonical == u"bool") {
        type.kind_ = Kind::Bool;
    } else if (canonical == u"address") {
        type.kind_ = Kind::Address;
    } else if (canonical == u"bytes") {
        type.kind_ = Kind::Bytes;
    } else if (canonical == u"string") {
        type.kind_ = Kind::String;
    } else if (match.hasMatch()) {
        const bool isUint = match.capturedView(1) == u"uint";
        type.kind_ = isUint ? Kind::Uint : Kind::FixedBytes;
        type.size_ = match.capturedView(2).toInt();
        const bool valid = isUint ? type.size_ % 8 == 0 && type.size_ >= 8 && type.size_ <= 256
                                  : type.size_ >= 1 && type.size_ <= 32;
        if (!valid)
            throwInvalidInput(QStringLiteral("'%1' is not an ABI type").arg(canonical));
    } else {
        throwInvalidInput(QStringLiteral("ABI type '%1' is not supported").arg(canonical));
    }
    return type;
}

AbiType AbiType::fromJson(const QJsonObject& parameter) {
    const QString type = parameter.value(QLatin1String("type")).toString();
    if (!type.startsWith(QLatin1String("tuple")))
        return parse(type);
    std::vector<AbiType> components;
    for (const auto& component : parameter.value(QLatin1String("components")).toArray())
        components.push_back(fromJson(component.toObject()));
    AbiType result = tuple(std::move(components));
    for (QStringView suffix = QStringView(type).mid(5); suffix.startsWith(u"[]");
         suffix = suffix.mid(2)) {
        AbiType array;
        array.kind_ = Kind::Array;
        array.components_ = {std::move(result)};
        result = std::move(array);
    }
    return result;
}

AbiType AbiType::tuple(std::vector<AbiType> components) {
    AbiType type;
    type.kind_ = Kind::Tuple;
    type.components_ = std::move(components);
    return type;
}

QString AbiType::canonical() const {
    switch (kind_) {
    case Kind::Uint:
        return QStringLiteral("uint%1").arg(size_);
    case Kind::Bool:
        return QStringLiteral("bool");
    case Kind::Address:
        return QStringLiteral("address");
    case Kind::FixedBytes:
        return QStringLiteral("bytes%1").arg(size_);
    case Kind::Bytes:
        return QStringLiteral("bytes");
    case Kind::String:
        return QStringLiteral("string");
    case Kind::Array:
        return components_.front().canonical() + QStringLiteral("[]");
    case Kind::Tuple: {
        QStringList parts;
        for (const auto& component : components_)
            parts << component.canonical();
        return QLatin1Char('(') + parts.join(QLatin1Char(',')) + QLatin1Char(')');
    }
    }
    return {};
}

bool AbiType::isDynamic() const {
    switch (kind_) {
    case Kind::Bytes:
    case Kind::String:
    case Kind::Array:
        return true;
    case Kind::Tuple:
        return std::any_of(components_.begin(), components_.end(),
                           [](const AbiType& component) { return component.isDynamic(); });
    default:
        return false;
    }
}

AbiValue::AbiValue(Uint256 value)
    : value_(std::move(value)) {}
AbiValue::AbiValue(bool value)
    : value_(value) {}
AbiValue::AbiValue(Address value)
    : value_(std::move(value)) {}
AbiValue::AbiValue(QByteArray bytes)
    : value_(std::move(bytes)) {}
AbiValue::AbiValue(QString text)
    : value_(std::move(text)) {}
AbiValue::AbiValue(List items)
    : value_(std::move(items)) {}

namespace {

template <typename T>
const T&
held(const std::variant<Uint256, bool, Address, QByteArray, QString, AbiValue::List>& value,
     const char* expected) {
    if (const T* v = std::get_if<T>(&value))
        return *v;
    throwInvalidInput(QStringLiteral("ABI value is not %1").arg(QLatin1String(expected)));
}

} // namespace

const Uint256& AbiValue::toUint() const {
    return held<Uint256>(value_, "an integer");
}
bool AbiValue::toBool() const {
    return held<bool>(value_, "a bool");
}
const Address& AbiValue::toAddress() const {
    return held<Address>(value_, "an address");
}
const QByteArray& AbiValue::toBytes() const {
    return held<QByteArray>(value_, "bytes");
}
const QString& AbiValue::toText() const {
    return held<QString>(value_, "a string");
}
const AbiValue::List& AbiValue::toList() const {
    return held<List>(value_, "a list");
}

QString AbiValue::toDisplayString() const {
    struct Display {
        QString operator()(const Uint256& v) const { return QString::fromStdString(v.str()); }
        QString operator()(bool v) const {
            return v ? QStringLiteral("true") : QStringLiteral("false");
        }
        QString operator()(const Address& v) const { return v.toChecksumHex(); }
        QString operator()(const QByteArray& v) const { return hexFromBytes(v); }
        QString operator()(const QString& v) const {
            return QLatin1Char('"') + v + QLatin1Char('"');
        }
        QString operator()(const List& v) const {
            QStringList parts;
            for (const auto& item : v)
                parts << item.toDisplayString();
            return QLatin1Char('[') + parts.join(QStringLiteral(", ")) + QLatin1Char(']');
        }
    };
    return std::visit(Display{}, value_);
}

QByteArray abiEncode(const std::vector<AbiType>& types, const std::vector<AbiValue>& values) {
    return encodeTuple(types, values);
}

std::vector<AbiValue> abiDecode(const std::vector<AbiType>& types, QByteArrayView data) {
    return decodeTuple(types, data);
}

} // namespace meterdesk::chain

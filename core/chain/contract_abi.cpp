#include "contract_abi.h"

#include "errors.h"
#include "keccak.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace meterdesk::chain {

namespace {

std::vector<AbiType> typesOf(const std::vector<AbiParameter>& parameters) {
    std::vector<AbiType> types;
    for (const auto& parameter : parameters)
        types.push_back(parameter.type);
    return types;
}

std::vector<AbiParameter> parametersFrom(const QJsonArray& array) {
    std::vector<AbiParameter> parameters;
    for (const auto& value : array) {
        const QJsonObject object = value.toObject();
        parameters.push_back({object.value(QLatin1String("name")).toString(),
                              AbiType::fromJson(object),
                              object.value(QLatin1String("indexed")).toBool()});
    }
    return parameters;
}

NamedValues named(const std::vector<AbiParameter>& parameters,
                  const std::vector<AbiValue>& values) {
    NamedValues result;
    for (std::size_t i = 0; i < parameters.size(); ++i)
        result.emplace_back(parameters[i].name, values[i]);
    return result;
}

// The errors every contract may revert with: require(..., "text") and checked arithmetic.
const std::vector<AbiEntry>& builtinErrors() {
    static const std::vector<AbiEntry> errors{
        {QStringLiteral("Error"),
         {{QStringLiteral("message"), AbiType::parse(u"string"), false}},
         {}},
        {QStringLiteral("Panic"),
         {{QStringLiteral("code"), AbiType::parse(u"uint256"), false}},
         {}},
    };
    return errors;
}

} // namespace

QString AbiEntry::signature() const {
    QStringList types;
    for (const auto& input : inputs)
        types << input.type.canonical();
    return name + QLatin1Char('(') + types.join(QLatin1Char(',')) + QLatin1Char(')');
}

QByteArray AbiEntry::selector() const {
    return topic().first(4);
}

QByteArray AbiEntry::topic() const {
    return keccak256(signature().toLatin1());
}

QByteArray AbiEntry::encodeCall(const std::vector<AbiValue>& arguments) const {
    if (arguments.size() != inputs.size())
        throwInvalidInput(QStringLiteral("%1 takes %2 arguments, not %3")
                              .arg(signature())
                              .arg(inputs.size())
                              .arg(arguments.size()));
    return selector() + abiEncode(typesOf(inputs), arguments);
}

std::vector<AbiValue> AbiEntry::decodeOutput(QByteArrayView data) const {
    return abiDecode(typesOf(outputs), data);
}

QString DecodedRevert::describe() const {
    QStringList parts;
    for (const auto& [argument, value] : arguments)
        parts << (argument.isEmpty() ? value.toDisplayString()
                                     : argument + QLatin1Char('=') + value.toDisplayString());
    return name + QLatin1Char('(') + parts.join(QStringLiteral(", ")) + QLatin1Char(')');
}

ContractAbi ContractAbi::fromJson(QByteArrayView json) {
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json.toByteArray(), &parseError);
    if (!document.isArray())
        throwInvalidInput(QStringLiteral("a contract ABI must be a JSON array (%1)")
                              .arg(parseError.errorString()));
    ContractAbi abi;
    for (const auto& value : document.array()) {
        const QJsonObject object = value.toObject();
        const QString type = object.value(QLatin1String("type")).toString();
        AbiEntry entry{object.value(QLatin1String("name")).toString(),
                       parametersFrom(object.value(QLatin1String("inputs")).toArray()),
                       parametersFrom(object.value(QLatin1String("outputs")).toArray())};
        if (type == QLatin1String("function"))
            abi.functions_.push_back(std::move(entry));
        else if (type == QLatin1String("event"))
            abi.events_.push_back(std::move(entry));
        else if (type == QLatin1String("error"))
            abi.errors_.push_back(std::move(entry));
        else if (type == QLatin1String("constructor"))
            abi.constructor_ = std::move(entry);
    }
    return abi;
}

const AbiEntry& ContractAbi::function(QStringView name) const {
    const auto found = std::find_if(functions_.begin(), functions_.end(),
                                    [name](const AbiEntry& entry) { return entry.name == name; });
    if (found == functions_.end())
        throwInvalidInput(QStringLiteral("the contract has no function '%1'").arg(name));
    return *found;
}

void ContractAbi::addErrorsOf(const ContractAbi& other) {
    for (const auto& error : other.errors_) {
        const bool known = std::any_of(errors_.begin(), errors_.end(), [&](const AbiEntry& e) {
            return e.selector() == error.selector();
        });
        if (!known)
            errors_.push_back(error);
    }
}

std::optional<DecodedRevert> ContractAbi::decodeRevert(QByteArrayView data) const {
    if (data.size() < 4)
        return std::nullopt;
    const QByteArrayView selector = data.first(4);
    std::vector<const AbiEntry*> candidates;
    for (const auto* known : {&builtinErrors(), &errors_})
        for (const auto& error : *known)
            candidates.push_back(&error);
    for (const AbiEntry* error : candidates) {
        if (error->selector() != selector)
            continue;
        try {
            return DecodedRevert{error->name, named(error->inputs, abiDecode(typesOf(error->inputs),
                                                                             data.sliced(4)))};
        } catch (const ChainError&) {
            return DecodedRevert{error->name, {}};
        }
    }
    return std::nullopt;
}

std::optional<DecodedLog> ContractAbi::decodeLog(const QList<QByteArray>& topics,
                                                 QByteArrayView data) const {
    if (topics.isEmpty())
        return std::nullopt;
    const auto event = std::find_if(events_.begin(), events_.end(), [&](const AbiEntry& entry) {
        return entry.topic() == topics.front();
    });
    if (event == events_.end())
        return std::nullopt;
    std::vector<AbiParameter> unindexed;
    for (const auto& input : event->inputs)
        if (!input.indexed)
            unindexed.push_back(input);
    const std::vector<AbiValue> dataValues = abiDecode(typesOf(unindexed), data);
    DecodedLog log{event->name, {}};
    qsizetype topicIndex = 1;
    std::size_t dataIndex = 0;
    for (const auto& input : event->inputs) {
        if (!input.indexed) {
            log.fields.emplace_back(input.name, dataValues[dataIndex++]);
            continue;
        }
        if (topicIndex >= topics.size())
            throwInvalidInput(QStringLiteral("log of %1 lacks a topic").arg(event->name));
        // Indexed dynamic values are stored as their hash; only static ones decode.
        const QByteArray& topic = topics[topicIndex++];
        log.fields.emplace_back(input.name, input.type.isDynamic()
                                                ? AbiValue(topic)
                                                : abiDecode({input.type}, topic).front());
    }
    return log;
}

} // namespace meterdesk::chain

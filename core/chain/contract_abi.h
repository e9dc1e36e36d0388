#pragma once

#include "abi.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>

#include <optional>
#include <utility>
#include <vector>

namespace meterdesk::chain {

struct AbiParameter {
    QString name;
    AbiType type;
    bool indexed = false; // events only
};

using NamedValues = std::vector<std::pair<QString, AbiValue>>;

// A function, event or custom error of a contract's ABI.
struct AbiEntry {
    QString name;
    std::vector<AbiParameter> inputs;
    std::vector<AbiParameter> outputs; // functions only

    QString signature() const;   // "settle(bytes32,uint256)"
    QByteArray selector() const; // first 4 bytes of keccak(signature): functions and errors
    QByteArray topic() const;    // keccak(signature): events

    QByteArray encodeCall(const std::vector<AbiValue>& arguments) const;
    std::vector<AbiValue> decodeOutput(QByteArrayView data) const;
};

// A revert decoded to the error's name and its named arguments.
struct DecodedRevert {
    QString name;
    NamedValues arguments;

    QString describe() const; // "NotOwner(caller=0x70997970...)"
};

struct DecodedLog {
    QString event;
    NamedValues fields; // in declaration order, indexed ones included
};

// A contract's ABI as solc emits it: its functions, events and custom errors.
class ContractAbi {
public:
    ContractAbi() = default; // knows no entries; still decodes Error(string) and Panic(uint256)
    // Throws InvalidInput when the JSON is not an ABI.
    static ContractAbi fromJson(QByteArrayView json);

    // Throws InvalidInput naming the function when the contract has none of that name.
    const AbiEntry& function(QStringView name) const;
    const AbiEntry& constructor() const noexcept { return constructor_; }
    const std::vector<AbiEntry>& events() const noexcept { return events_; }
    const std::vector<AbiEntry>& errors() const noexcept { return errors_; }

    // Errors raised by contracts this one calls (the token) bubble up through it.
    void addErrorsOf(const ContractAbi& other);

    // The custom error, Error(string) or Panic(uint256) that `data` holds, or nullopt for
    // data no known error matches (an empty revert, a foreign contract's error).
    std::optional<DecodedRevert> decodeRevert(QByteArrayView data) const;
    // The event a log entry holds, or nullopt when no event of this ABI has its topic.
    std::optional<DecodedLog> decodeLog(const QList<QByteArray>& topics, QByteArrayView data) const;

private:
    std::vector<AbiEntry> functions_;
    std::vector<AbiEntry> events_;
    std::vector<AbiEntry> errors_;
    AbiEntry constructor_;
};

} // namespace meterdesk::chain

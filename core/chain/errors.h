#pragma once

#include <QByteArray>
#include <QString>

#include <stdexcept>
#include <string>

namespace meterdesk::chain {

// Every error of the chain layer, typed so that a dialog or the CLI can say what went wrong
// and whether trying again can help.
class ChainError : public std::runtime_error {
public:
    enum class Kind {
        InvalidInput,       // text or bytes that are not what they claim to be
        Transport,          // the node could not be reached (after the retries)
        Timeout,            // the node did not answer in time (after the retries)
        NodeError,          // the node answered with a JSON-RPC error
        Reverted,           // the contract refused the call (see RevertError)
        TransactionFailed,  // mined with status 0
        TransactionNotSeen, // the node never saw the transaction within the timeout
        WrongKey,           // a keystore password or MAC that does not match
    };

    ChainError(Kind kind, const std::string& message);

    Kind kind() const noexcept { return kind_; }

private:
    Kind kind_;
};

// A JSON-RPC error object from the node; `data` is its data member, often revert bytes.
class NodeError : public ChainError {
public:
    NodeError(int code, const QString& message, QByteArray data);

    int code() const noexcept { return code_; }
    const QByteArray& data() const noexcept { return data_; }

private:
    int code_;
    QByteArray data_;
};

// The contract refused a call: `errorName` is the Solidity custom error ("NotOwner"),
// "Error" for require(..., "text") or "Panic"; what() describes it with its arguments.
class RevertError : public ChainError {
public:
    RevertError(QString errorName, const QString& description, QByteArray data);

    const QString& errorName() const noexcept { return errorName_; }
    const QByteArray& data() const noexcept { return data_; }

private:
    QString errorName_;
    QByteArray data_;
};

[[noreturn]] void throwInvalidInput(const QString& message);

} // namespace meterdesk::chain

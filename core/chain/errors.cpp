#include "errors.h"

#include <utility>

namespace meterdesk::chain {

ChainError::ChainError(Kind kind, const std::string& message)
    : std::runtime_error(message)
    , kind_(kind) {}

NodeError::NodeError(int code, const QString& message, QByteArray data)
    : ChainError(Kind::NodeError,
                 QStringLiteral("JSON-RPC error %1: %2").arg(code).arg(message).toStdString())
    , code_(code)
    , data_(std::move(data)) {}

RevertError::RevertError(QString errorName, const QString& description, QByteArray data)
    : ChainError(Kind::Reverted,
                 QStringLiteral("the contract refused: %1").arg(description).toStdString())
    , errorName_(std::move(errorName))
    , data_(std::move(data)) {}

void throwInvalidInput(const QString& message) {
    throw ChainError(ChainError::Kind::InvalidInput, message.toStdString());
}

} // namespace meterdesk::chain

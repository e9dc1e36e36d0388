#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <exception>

namespace meterdesk::chain {
struct TxOutcome;
} // namespace meterdesk::chain

namespace meterdesk::models {

// The operator's sentences for what the node or the contract did: what happened and what to
// do next, in words. The chain layer's own messages are for logs; a contract's error is named
// in parentheses (for support) but its arguments are said, never dumped ("state=3").
class ChainFailureText {
    Q_DECLARE_TR_FUNCTIONS(ChainFailureText)

public:
    // A failed node call, pre-flight or send.
    static QString of(const std::exception& error);
    // A contract refusal from its revert data; `errorName` when the data is not decodable.
    static QString ofRevert(const QString& errorName, const QByteArray& data);
    // Why a tracked transaction failed or was never mined.
    static QString ofOutcome(const chain::TxOutcome& outcome);
};

// ChainFailureText::of, as the console and meterdeskctl call it.
QString describeFailure(const std::exception& error);

} // namespace meterdesk::models

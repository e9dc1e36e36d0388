#pragma once

#include <QString>
#include <QUrl>

#include <cstdint>
#include <vector>

class QSettings;

namespace meterdesk::models {

// A field of the node settings and what is wrong with it ("Node URL: must start with …").
struct NodeSettingsIssue {
    QString field; // one of NodeSettings' field names below
    QString message;
};

// An environment variable that replaces a field's saved value at every start.
struct NodeSettingsOverride {
    QString field;
    QString variable; // "MD_NODE_URL"
    QString value;
};

// Where the console finds the EVM node and the CreditEscrow contract. Nothing here is secret
// (the operator key lives in the keychain), so it is kept in QSettings under "node/".
struct NodeSettings {
    // The fields' names, as issues() and environmentOverrides() give them.
    static inline const QString kRpcUrlField = QStringLiteral("rpcUrl");
    static inline const QString kEscrowField = QStringLiteral("escrowAddress");
    static inline const QString kConfirmationsField = QStringLiteral("confirmations");
    static inline const QString kRateField = QStringLiteral("tokenUnitsPerCredit");

    QUrl rpcUrl;                       // empty: no node configured
    QString escrowAddress;             // 0x and 40 hex digits
    std::uint64_t confirmations = 1;   // blocks including the one holding the transaction
    QString tokenUnitsPerCredit = "1"; // the settlement rate, in token units ("0.5")

    bool isConfigured() const { return rpcUrl.isValid() && !rpcUrl.isEmpty(); }

    static NodeSettings load(const QSettings& settings);
    void save(QSettings& settings) const;

    // What the environment says, over what was saved: MD_NODE_URL (or MD_RPC_URL, as
    // scripts/sandbox exports it), MD_ESCROW_ADDRESS and MD_CONFIRMATIONS.
    void applyEnvironment();
    // The variables applyEnvironment() would apply now, one per field.
    static std::vector<NodeSettingsOverride> environmentOverrides();

    // Every problem, each naming its field and the rule; empty when usable.
    std::vector<NodeSettingsIssue> issues() const;
    // The first problem ("Node URL: must be http:// or https://"), empty when usable.
    QString problem() const;
};

} // namespace meterdesk::models

#pragma once

#include <QString>
#include <QUrl>

#include <cstdint>

class QSettings;

namespace meterdesk::models {

// Where the console finds the EVM node and the CreditEscrow contract. Nothing here is secret
// (the operator key lives in the keychain), so it is kept in QSettings under "node/".
struct NodeSettings {
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
    // A problem per field ("Node URL: must be http:// or https://"), empty when usable.
    QString problem() const;
};

} // namespace meterdesk::models

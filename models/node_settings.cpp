#include "node_settings.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSettings>

namespace meterdesk::models {

namespace {

const QString kUrlKey = QStringLiteral("node/rpcUrl");
const QString kEscrowKey = QStringLiteral("node/escrowAddress");
const QString kConfirmationsKey = QStringLiteral("node/confirmations");
const QString kRateKey = QStringLiteral("node/tokenUnitsPerCredit");

QString tr(const char* text) {
    return QCoreApplication::translate("meterdesk::models::NodeSettings", text);
}

} // namespace

NodeSettings NodeSettings::load(const QSettings& settings) {
    NodeSettings loaded;
    loaded.rpcUrl = QUrl(settings.value(kUrlKey).toString());
    loaded.escrowAddress = settings.value(kEscrowKey).toString();
    loaded.confirmations = settings.value(kConfirmationsKey, 1).toULongLong();
    loaded.tokenUnitsPerCredit = settings.value(kRateKey, QStringLiteral("1")).toString();
    return loaded;
}

void NodeSettings::save(QSettings& settings) const {
    settings.setValue(kUrlKey, rpcUrl.toString());
    settings.setValue(kEscrowKey, escrowAddress);
    settings.setValue(kConfirmationsKey, static_cast<qulonglong>(confirmations));
    settings.setValue(kRateKey, tokenUnitsPerCredit);
}

void NodeSettings::applyEnvironment() {
    QString url = qEnvironmentVariable("MD_NODE_URL");
    if (url.isEmpty())
        url = qEnvironmentVariable("MD_RPC_URL");
    if (!url.isEmpty())
        rpcUrl = QUrl(url);
    if (const QString escrow = qEnvironmentVariable("MD_ESCROW_ADDRESS"); !escrow.isEmpty())
        escrowAddress = escrow;
    if (const QString blocks = qEnvironmentVariable("MD_CONFIRMATIONS"); !blocks.isEmpty())
        confirmations = blocks.toULongLong();
}

QString NodeSettings::problem() const {
    if (!isConfigured())
        return tr("Node URL: no EVM node is configured (--node URL or MD_NODE_URL)");
    if (rpcUrl.scheme() != QLatin1String("http") && rpcUrl.scheme() != QLatin1String("https"))
        return tr("Node URL: must start with http:// or https://");
    static const QRegularExpression address(QStringLiteral("^0x[0-9a-fA-F]{40}$"));
    if (!address.match(escrowAddress).hasMatch())
        return tr("Escrow contract: must be 0x and 40 hex digits (MD_ESCROW_ADDRESS)");
    if (confirmations == 0)
        return tr("Confirmations: must be at least 1");
    return {};
}

} // namespace meterdesk::models

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

// A positive decimal: token units per credit, with as many decimals as the token has.
bool isPositiveDecimal(const QString& text) {
    static const QRegularExpression decimal(QStringLiteral("^[0-9]+(\\.[0-9]+)?$"));
    static const QRegularExpression zero(QStringLiteral("^[0.]+$"));
    return decimal.match(text).hasMatch() && !zero.match(text).hasMatch();
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

std::vector<NodeSettingsOverride> NodeSettings::environmentOverrides() {
    std::vector<NodeSettingsOverride> overrides;
    for (const char* variable : {"MD_NODE_URL", "MD_RPC_URL"}) {
        if (const QString url = qEnvironmentVariable(variable); !url.isEmpty()) {
            overrides.push_back({kRpcUrlField, QString::fromLatin1(variable), url});
            break;
        }
    }
    if (const QString escrow = qEnvironmentVariable("MD_ESCROW_ADDRESS"); !escrow.isEmpty())
        overrides.push_back({kEscrowField, QStringLiteral("MD_ESCROW_ADDRESS"), escrow});
    if (const QString blocks = qEnvironmentVariable("MD_CONFIRMATIONS"); !blocks.isEmpty())
        overrides.push_back({kConfirmationsField, QStringLiteral("MD_CONFIRMATIONS"), blocks});
    return overrides;
}

void NodeSettings::applyEnvironment() {
    for (const auto& [field, variable, value] : environmentOverrides()) {
        if (field == kRpcUrlField)
            rpcUrl = QUrl(value);
        else if (field == kEscrowField)
            escrowAddress = value;
        else if (field == kConfirmationsField)
            confirmations = value.toULongLong();
    }
}

std::vector<NodeSettingsIssue> NodeSettings::issues() const {
    std::vector<NodeSettingsIssue> found;
    if (!isConfigured())
        found.push_back({kRpcUrlField, tr("Node URL: required, e.g. http://127.0.0.1:8545")});
    else if (rpcUrl.scheme() != QLatin1String("http") && rpcUrl.scheme() != QLatin1String("https"))
        found.push_back({kRpcUrlField, tr("Node URL: must start with http:// or https://")});
    static const QRegularExpression address(QStringLiteral("^0x[0-9a-fA-F]{40}$"));
    if (!address.match(escrowAddress).hasMatch())
        found.push_back({kEscrowField,
                         tr("Escrow contract: must be 0x and 40 hex digits (MD_ESCROW_ADDRESS)")});
    if (confirmations == 0)
        found.push_back({kConfirmationsField, tr("Confirmations: must be at least 1")});
    if (!isPositiveDecimal(tokenUnitsPerCredit))
        found.push_back({kRateField, tr("Settlement rate: must be a number above zero, e.g. 0.5")});
    return found;
}

QString NodeSettings::problem() const {
    if (!isConfigured())
        return tr("Node URL: no EVM node is configured (--node URL or MD_NODE_URL)");
    const auto found = issues();
    return found.empty() ? QString() : found.front().message;
}

} // namespace meterdesk::models

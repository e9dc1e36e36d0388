#include "node_settings_dialog.h"

#include "icons.h"
#include "palette.h"
#include "permission_guard.h"
#include "validated_form.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace meterdesk::ui {

namespace {

using models::NodeSettings;

constexpr int kMaxConfirmations = 1000;

bool allowedToDecide(const store::Capabilities& capabilities) {
    return capabilities.decideEscrows;
}

QString fieldLabel(const QString& field) {
    if (field == NodeSettings::kRpcUrlField)
        return NodeSettingsDialog::tr("node URL");
    if (field == NodeSettings::kEscrowField)
        return NodeSettingsDialog::tr("escrow contract");
    if (field == NodeSettings::kConfirmationsField)
        return NodeSettingsDialog::tr("confirmations");
    return NodeSettingsDialog::tr("settlement rate");
}

void setTextColor(QLabel* label, const QColor& color) {
    QPalette colored = label->palette();
    colored.setColor(QPalette::WindowText, color);
    label->setPalette(colored);
}

} // namespace

NodeSettingsDialog::NodeSettingsDialog(const models::NodeSettings& current,
                                       const PermissionGuard& permissions, QWidget* parent)
    : QDialog(parent)
    , permissions_(permissions)
    , intro_(new QLabel(this))
    , environment_(new QLabel(this))
    , form_(new ValidatedForm(this))
    , url_(new QLineEdit(current.rpcUrl.toString(), this))
    , escrow_(new QLineEdit(current.escrowAddress, this))
    , confirmations_(new QSpinBox(this))
    , rate_(new QLineEdit(current.tokenUnitsPerCredit, this))
    , testButton_(
          new QPushButton(icons::icon(QStringLiteral("connect")), tr("&Test connection"), this))
    , testProgress_(new QProgressBar(this))
    , probeResult_(new QLabel(this))
    , roleNote_(new QLabel(this))
    , buttons_(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this)) {
    setObjectName(QStringLiteral("nodeSettingsDialog"));
    setWindowTitle(tr("Node settings"));
    setWindowIcon(icons::icon(QStringLiteral("escrows")));
    confirmations_->setRange(1, kMaxConfirmations);
    confirmations_->setValue(static_cast<int>(std::min<std::uint64_t>(
        std::max<std::uint64_t>(current.confirmations, 1), kMaxConfirmations)));
    buildLayout();

    for (QLineEdit* edit : {url_, escrow_, rate_})
        connect(edit, &QLineEdit::textChanged, this, &NodeSettingsDialog::revalidate);
    connect(confirmations_, &QSpinBox::valueChanged, this, &NodeSettingsDialog::revalidate);
    connect(testButton_, &QPushButton::clicked, this, &NodeSettingsDialog::testConnection);
    connect(&probe_, &models::NodeProbe::probed, this, &NodeSettingsDialog::showProbed);
    connect(&probe_, &models::NodeProbe::failed, this, &NodeSettingsDialog::showProbeFailure);
    connect(buttons_, &QDialogButtonBox::accepted, this, &NodeSettingsDialog::accept);
    connect(buttons_, &QDialogButtonBox::rejected, this, &NodeSettingsDialog::reject);
    revalidate();
}

void NodeSettingsDialog::buildLayout() {
    intro_->setObjectName(QStringLiteral("nodeIntro"));
    intro_->setWordWrap(true);
    intro_->setText(tr("Where the Escrows page reads escrows and sends decisions. Saved settings "
                       "apply at once and are remembered for the next start."));

    QStringList overridden;
    for (const auto& [field, variable, value] : NodeSettings::environmentOverrides())
        overridden << tr("%1 sets the %2").arg(variable, fieldLabel(field));
    environment_->setObjectName(QStringLiteral("environmentNote"));
    environment_->setWordWrap(true);
    setTextColor(environment_, palette::warningText());
    environment_->setText(
        tr("Set by the environment: %1. These replace the saved values at every start; what you "
           "save here applies until the console closes.")
            .arg(overridden.join(tr("; "))));
    environment_->setVisible(!overridden.isEmpty());

    url_->setObjectName(QStringLiteral("nodeUrl"));
    url_->setPlaceholderText(QStringLiteral("http://127.0.0.1:8545"));
    url_->setToolTip(tr("The node's JSON-RPC endpoint, http:// or https:// (MD_NODE_URL)"));
    escrow_->setObjectName(QStringLiteral("escrowAddress"));
    escrow_->setPlaceholderText(QStringLiteral("0x…"));
    escrow_->setToolTip(tr("The CreditEscrow contract's address: 0x and 40 hex digits "
                           "(MD_ESCROW_ADDRESS)"));
    confirmations_->setObjectName(QStringLiteral("confirmations"));
    confirmations_->setToolTip(tr("Blocks a decision waits for before it counts as confirmed, "
                                  "the block holding it included (MD_CONFIRMATIONS)"));
    rate_->setObjectName(QStringLiteral("settlementRate"));
    rate_->setPlaceholderText(QStringLiteral("1"));
    rate_->setToolTip(tr("Token units one credit of metered usage is worth: the suggested "
                         "settlement pays the payee the job's usage at this rate"));
    auto* rateRow = new QWidget(this);
    auto* rateLayout = new QHBoxLayout(rateRow);
    rateLayout->setContentsMargins(0, 0, 0, 0);
    rateLayout->addWidget(rate_, 1);
    rateLayout->addWidget(new QLabel(tr("token units per credit"), rateRow));

    form_->addField(NodeSettings::kRpcUrlField, tr("Node URL:"), url_);
    form_->addField(NodeSettings::kEscrowField, tr("Escrow contract:"), escrow_);
    form_->addField(NodeSettings::kConfirmationsField, tr("Confirmations:"), confirmations_);
    form_->addField(NodeSettings::kRateField, tr("Settlement rate:"), rateRow);

    testButton_->setObjectName(QStringLiteral("testConnection"));
    testButton_->setShortcut(QKeySequence(tr("Ctrl+T")));
    testButton_->setToolTip(tr("Ask the node its chain id and latest block, and whether a "
                               "contract is deployed at the address (Ctrl+T)"));
    testProgress_->setObjectName(QStringLiteral("testProgress"));
    testProgress_->setRange(0, 0);
    testProgress_->setMaximumWidth(120);
    testProgress_->setTextVisible(false);
    testProgress_->hide();
    probeResult_->setObjectName(QStringLiteral("probeResult"));
    probeResult_->setWordWrap(true);
    probeResult_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* testRow = new QHBoxLayout;
    testRow->addWidget(testButton_);
    testRow->addWidget(testProgress_);
    testRow->addStretch();

    roleNote_->setObjectName(QStringLiteral("roleNote"));
    roleNote_->setWordWrap(true);
    setTextColor(roleNote_, palette::warningText());

    saveButton_ = buttons_->button(QDialogButtonBox::Save);
    saveButton_->setObjectName(QStringLiteral("saveNodeSettings"));
    saveButton_->setToolTip(tr("Apply the settings now and remember them"));
    buttons_->button(QDialogButtonBox::Cancel)->setToolTip(tr("Close without changing anything"));

    if (!canSave()) {
        const QString why = permissions_.roleName().isEmpty()
                                ? tr("Not connected to a metering database: connect first to "
                                     "change the node settings.")
                                : tr("Your role %1 may not change the node settings: they decide "
                                     "where escrow decisions are signed and settled.")
                                      .arg(permissions_.roleName());
        roleNote_->setText(why);
        saveButton_->setToolTip(why);
        for (QLineEdit* edit : {url_, escrow_, rate_})
            edit->setReadOnly(true);
        confirmations_->setReadOnly(true);
    }
    roleNote_->setVisible(!canSave());

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro_);
    layout->addWidget(environment_);
    layout->addWidget(form_);
    layout->addLayout(testRow);
    layout->addWidget(probeResult_);
    layout->addWidget(roleNote_);
    layout->addStretch();
    layout->addWidget(buttons_);
    setMinimumWidth(560);
}

models::NodeSettings NodeSettingsDialog::settings() const {
    models::NodeSettings edited;
    edited.rpcUrl = QUrl(url_->text().trimmed());
    edited.escrowAddress = escrow_->text().trimmed();
    edited.confirmations = static_cast<std::uint64_t>(confirmations_->value());
    edited.tokenUnitsPerCredit = rate_->text().trimmed();
    return edited;
}

bool NodeSettingsDialog::canSave() const {
    return permissions_.allows(allowedToDecide);
}

QString NodeSettingsDialog::environmentNote() const {
    return environment_->isHidden() ? QString() : environment_->text();
}

QString NodeSettingsDialog::probeText() const {
    return probeResult_->text();
}

void NodeSettingsDialog::revalidate() {
    QMultiHash<QString, QString> messages;
    for (const auto& issue : settings().issues())
        messages.insert(issue.field, issue.message);
    form_->showIssues(messages);
    const bool reachable = !messages.contains(NodeSettings::kRpcUrlField) &&
                           !messages.contains(NodeSettings::kEscrowField);
    testButton_->setEnabled(reachable || probe_.isProbing());
    saveButton_->setEnabled(canSave() && !form_->hasIssues());
}

void NodeSettingsDialog::testConnection() {
    if (probe_.isProbing()) {
        probe_.cancel();
        showProbing(false);
        probeResult_->setText(tr("Test cancelled."));
        setTextColor(probeResult_, palette::warningText());
        emit probeFinished();
        return;
    }
    const models::NodeSettings edited = settings();
    const auto issues = edited.issues();
    for (const auto& issue : issues) {
        if (issue.field == NodeSettings::kRpcUrlField ||
            issue.field == NodeSettings::kEscrowField) {
            probeResult_->setText(issue.message);
            setTextColor(probeResult_, palette::errorText());
            emit probeFinished();
            return;
        }
    }
    probeResult_->setText(tr("Asking %1…").arg(edited.rpcUrl.toDisplayString()));
    setTextColor(probeResult_, palette::warningText());
    showProbing(true);
    probe_.probe(edited.rpcUrl, edited.escrowAddress);
}

void NodeSettingsDialog::showProbing(bool probing) {
    testProgress_->setVisible(probing);
    testButton_->setText(probing ? tr("Cancel &test") : tr("&Test connection"));
    testButton_->setShortcut(QKeySequence(tr("Ctrl+T")));
}

void NodeSettingsDialog::showProbed(const models::NodeProbeResult& result) {
    showProbing(false);
    const QString node = tr("The node answers: chain id %1, latest block %2.")
                             .arg(result.chainId)
                             .arg(QLocale().toString(static_cast<qulonglong>(result.blockNumber)));
    const QString contract =
        result.contractDeployed
            ? tr("A contract is deployed at %1.").arg(settings().escrowAddress)
            : tr("No contract is deployed at %1 on this chain: check the address, or that the "
                 "node is the right one.")
                  .arg(settings().escrowAddress);
    probeResult_->setText(node + QLatin1Char(' ') + contract);
    setTextColor(probeResult_,
                 result.contractDeployed ? palette::goodText() : palette::warningText());
    revalidate();
    emit probeFinished();
}

void NodeSettingsDialog::showProbeFailure(const QString& reason) {
    showProbing(false);
    probeResult_->setText(reason);
    setTextColor(probeResult_, palette::errorText());
    revalidate();
    emit probeFinished();
}

void NodeSettingsDialog::accept() {
    revalidate();
    if (!canSave() || form_->hasIssues())
        return;
    probe_.cancel();
    QDialog::accept();
}

} // namespace meterdesk::ui

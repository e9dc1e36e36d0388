#include "escrow_decision_dialog.h"

#include "icons.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace meterdesk::ui {

namespace {

QLabel* wrapped(const QString& text, QWidget* parent, const QString& objectName) {
    auto* label = new QLabel(text, parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

QString simulationText(const models::DecisionPlan& plan) {
    const auto units = [&plan](const billing::TokenAmount& amount) {
        return QStringLiteral("%1 %2").arg(
            QString::fromStdString(amount.toDecimalString(plan.units.decimals)), plan.units.symbol);
    };
    QString ends;
    switch (plan.action) {
    case store::EscrowDecisionAction::Release:
        ends = EscrowDecisionDialog::tr("released");
        break;
    case store::EscrowDecisionAction::Refund:
        ends = EscrowDecisionDialog::tr("refunded");
        break;
    case store::EscrowDecisionAction::Settle:
        ends = EscrowDecisionDialog::tr("settled");
        break;
    }
    return EscrowDecisionDialog::tr("Succeeds on the latest block: the escrow ends %1, the payee "
                                    "receives %2 and the payer %3.")
        .arg(ends, units(plan.payeeReceives()), units(plan.payerReceives()));
}

} // namespace

EscrowDecisionDialog::EscrowDecisionDialog(const models::DecisionPlan& plan, QWidget* parent)
    : QDialog(parent)
    , plan_(plan) {
    setObjectName(QStringLiteral("escrowDecisionDialog"));
    setWindowTitle(plan.title());
    setWindowIcon(icons::icon(QStringLiteral("escrows")));

    auto* heading = new QLabel(QStringLiteral("<b>%1</b>").arg(plan.title().toHtmlEscaped()), this);
    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(tr("What moves:"), wrapped(plan.movement(), this, QStringLiteral("movement")));
    form->addRow(tr("Simulation:"),
                 wrapped(simulationText(plan), this, QStringLiteral("simulation")));
    form->addRow(tr("Fee:"), wrapped(plan.fee(), this, QStringLiteral("fee")));
    form->addRow(tr("Signed by:"), wrapped(tr("%1 (operator key of chain %2, from the keychain)")
                                               .arg(plan.signer.toChecksumHex())
                                               .arg(plan.chainId),
                                           this, QStringLiteral("signer")));
    auto* note = wrapped(tr("Once sent, the decision is recorded as pending and followed until "
                            "it is confirmed on chain; it cannot be taken back."),
                         this, QStringLiteral("note"));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton* sign = buttons->addButton(tr("&Sign and send"), QDialogButtonBox::AcceptRole);
    sign->setObjectName(QStringLiteral("signButton"));
    sign->setIcon(icons::icon(QStringLiteral("key")));
    sign->setToolTip(tr("Sign the transaction with the operator key and send it to the node"));
    sign->setAutoDefault(false);
    buttons->button(QDialogButtonBox::Cancel)->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(buttons);
    setMinimumWidth(560);
}

} // namespace meterdesk::ui

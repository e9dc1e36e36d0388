#include "escrow_decision_dialog.h"

#include "icons.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace meterdesk::ui {

namespace {

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

    // One rich-text label: it wraps and sizes itself reliably, where a form of wrapped labels
    // clips them.
    const auto row = [](const QString& name, const QString& value) {
        return QStringLiteral("<tr><td style=\"padding-right:12px\"><b>%1</b></td><td>%2</td></tr>")
            .arg(name.toHtmlEscaped(), value.toHtmlEscaped());
    };
    auto* details = new QLabel(this);
    details->setObjectName(QStringLiteral("planDetails"));
    details->setWordWrap(true);
    details->setTextFormat(Qt::RichText);
    details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    details->setText(
        QStringLiteral("<h3>%1</h3><table>").arg(plan.title().toHtmlEscaped()) +
        row(tr("What moves"), plan.movement()) + row(tr("Simulation"), simulationText(plan)) +
        row(tr("Fee"), plan.fee()) +
        row(tr("Signed by"), tr("%1, the operator key of chain %2 from the keychain")
                                 .arg(plan.signer.toChecksumHex())
                                 .arg(plan.chainId)) +
        QStringLiteral("</table><p>%1</p>")
            .arg(tr("Once sent, the decision is recorded as pending and followed until it is "
                    "confirmed on chain; it cannot be taken back.")
                     .toHtmlEscaped()));

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
    layout->addWidget(details);
    layout->addWidget(buttons);
    setMinimumWidth(640);
}

} // namespace meterdesk::ui

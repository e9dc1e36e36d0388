#include "credit_dialog.h"

#include "confirmation.h"
#include "validated_form.h"

#include <billing/errors.h>
#include <models/display_format.h>

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace meterdesk::ui {

using billing::Credits;

CreditDialog::CreditDialog(Kind kind, const store::Tenant& tenant, QWidget* parent)
    : SubmittingDialog(parent)
    , kind_(kind)
    , tenant_(tenant)
    , form_(new ValidatedForm(this))
    , amount_(new QLineEdit(this))
    , reason_(new QPlainTextEdit(this))
    , preview_(new QLabel(this))
    , buttons_(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this)) {
    const QString slug = QString::fromStdString(tenant.slug);
    setWindowTitle(kind == Kind::TopUp ? tr("Top up %1").arg(slug)
                                       : tr("Adjust credits of %1").arg(slug));
    setMinimumWidth(420);

    amount_->setObjectName(QStringLiteral("amount"));
    amount_->setPlaceholderText(kind == Kind::TopUp ? tr("e.g. 25") : tr("e.g. -5 or 12.5"));
    amount_->setToolTip(
        kind == Kind::TopUp
            ? tr("Credits to add, up to six decimals")
            : tr("Credits to add (positive) or remove (negative), up to six decimals"));
    reason_->setObjectName(QStringLiteral("reason"));
    reason_->setPlaceholderText(tr("Why: an order number, a ticket, a goodwill gesture…"));
    reason_->setToolTip(tr("Recorded in the ledger and the audit log"));
    reason_->setTabChangesFocus(true);
    reason_->setFixedHeight(reason_->fontMetrics().lineSpacing() * 4);
    preview_->setObjectName(QStringLiteral("preview"));
    preview_->setWordWrap(true);

    form_->addRow(
        tr("Tenant:"),
        new QLabel(QStringLiteral("%1 — %2").arg(slug, QString::fromStdString(tenant.name)), this));
    form_->addRow(tr("Balance:"), new QLabel(models::formatCredits(tenant.balance), this));
    form_->addField(QStringLiteral("amount"), tr("Credits:"), amount_);
    form_->addField(QStringLiteral("reason"), tr("Reason:"), reason_);

    QPushButton* ok = buttons_->button(QDialogButtonBox::Ok);
    ok->setObjectName(QStringLiteral("okButton"));
    ok->setText(kind == Kind::TopUp ? tr("Top up…") : tr("Adjust…"));
    connect(buttons_, &QDialogButtonBox::accepted, this, &CreditDialog::accept);
    connect(buttons_, &QDialogButtonBox::rejected, this, &CreditDialog::reject);
    connect(amount_, &QLineEdit::textChanged, this, &CreditDialog::revalidate);
    connect(reason_, &QPlainTextEdit::textChanged, this, &CreditDialog::revalidate);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(form_);
    layout->addWidget(preview_);
    layout->addWidget(failureLabel());
    layout->addWidget(buttons_);
    revalidate();
}

std::optional<Credits> CreditDialog::amount() const {
    return models::parseCredits(amount_->text());
}

QString CreditDialog::reason() const {
    return reason_->toPlainText().trimmed();
}

QString CreditDialog::confirmationText() const {
    const auto typed = amount();
    if (!typed)
        return {};
    const QString slug = QString::fromStdString(tenant_.slug);
    const QString before = models::formatCredits(tenant_.balance);
    QString after;
    try {
        after = models::formatCredits(tenant_.balance + *typed);
    } catch (const billing::OverflowError&) {
        after = tr("out of range");
    }
    if (typed->isNegative())
        return tr("Remove %1 credits from %2 (balance %3 → %4)?")
            .arg(models::formatCredits(-*typed), slug, before, after);
    return tr("Add %1 credits to %2 (balance %3 → %4)?")
        .arg(models::formatCredits(*typed), slug, before, after);
}

void CreditDialog::revalidate() {
    QMultiHash<QString, QString> messages;
    QString amountProblem;
    const auto typed = models::parseCredits(amount_->text(), &amountProblem);
    if (amount_->text().trimmed().isEmpty())
        messages.insert(QStringLiteral("amount"), tr("Credits: required."));
    else if (!typed)
        messages.insert(QStringLiteral("amount"), amountProblem);
    else if (kind_ == Kind::TopUp && !typed->isPositive())
        messages.insert(QStringLiteral("amount"), tr("Credits: a top-up must be more than zero."));
    else if (kind_ == Kind::Adjustment && typed->isZero())
        messages.insert(QStringLiteral("amount"), tr("Credits: an adjustment must not be zero."));
    if (reason().isEmpty())
        messages.insert(QStringLiteral("reason"), tr("Reason: required; it goes into the ledger."));
    form_->showIssues(messages);

    const bool valid = !form_->hasIssues();
    preview_->setText(valid ? confirmationText() : QString());
    buttons_->button(QDialogButtonBox::Ok)->setEnabled(valid && !isBusy());
    // The preview and the messages wrap (more so in German and French): grow rather than cut
    // them off.
    if (layout() != nullptr && layout()->hasHeightForWidth()) {
        const int needed = layout()->totalHeightForWidth(width());
        if (needed > height())
            resize(width(), needed);
    }
}

void CreditDialog::accept() {
    revalidate();
    if (isBusy() || form_->hasIssues())
        return;
    askConfirmation();
}

void CreditDialog::askConfirmation() {
    confirmation_ = ui::askConfirmation(
        this, kind_ == Kind::TopUp ? tr("Confirm top-up") : tr("Confirm adjustment"),
        confirmationText(), tr("Reason: %1").arg(reason()),
        kind_ == Kind::TopUp ? tr("Top up") : tr("Adjust"), [this] {
            const auto typed = amount();
            if (!typed)
                return;
            startSubmitting();
            emit confirmed(*typed, reason());
        });
}

void CreditDialog::onBusyChanged(bool busy) {
    form_->setEnabled(!busy);
    revalidate();
}

} // namespace meterdesk::ui

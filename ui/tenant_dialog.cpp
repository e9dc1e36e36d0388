#include "tenant_dialog.h"

#include "palette.h"
#include "validated_form.h"

#include <models/display_format.h>
#include <models/issue_text.h>

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace meterdesk::ui {

namespace {

QString fromStd(const std::string& text) {
    return QString::fromStdString(text);
}

} // namespace

TenantDialog::TenantDialog(Mode mode, const QStringList& planCodes, QWidget* parent)
    : SubmittingDialog(parent)
    , mode_(mode)
    , form_(new ValidatedForm(this))
    , slug_(new QLineEdit(this))
    , name_(new QLineEdit(this))
    , email_(new QLineEdit(this))
    , plan_(new QComboBox(this))
    , region_(new QLineEdit(this))
    , premium_(new QCheckBox(tr("May call premium endpoints"), this))
    , threshold_(new QLineEdit(this))
    , wallet_(new QLineEdit(this))
    , otherIssues_(new QLabel(this))
    , buttons_(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this)) {
    setWindowTitle(mode == Mode::Create ? tr("New tenant") : tr("Edit tenant"));
    setMinimumWidth(460);

    slug_->setObjectName(QStringLiteral("slug"));
    slug_->setPlaceholderText(tr("acme-corp"));
    // Gateways meter calls by slug: renaming it would break every integration.
    slug_->setReadOnly(mode == Mode::Edit);
    slug_->setToolTip(mode == Mode::Create
                          ? tr("Lower-case letters, digits and dashes; gateways meter calls by it")
                          : tr("The slug cannot change: gateways meter calls by it"));
    name_->setObjectName(QStringLiteral("tenantName"));
    name_->setToolTip(tr("The customer's name as it appears on invoices"));
    email_->setObjectName(QStringLiteral("email"));
    email_->setPlaceholderText(tr("billing@example.com"));
    email_->setToolTip(tr("Where alerts and invoices go"));
    plan_->setObjectName(QStringLiteral("plan"));
    plan_->addItems(planCodes);
    plan_->setToolTip(tr("The plan whose tariff prices this tenant's calls"));
    region_->setObjectName(QStringLiteral("region"));
    region_->setPlaceholderText(tr("eu, us, apac… or empty"));
    region_->setToolTip(tr("The region whose multiplier applies when a call names none"));
    premium_->setObjectName(QStringLiteral("premium"));
    premium_->setToolTip(tr("Premium endpoints deny tenants without premium access"));
    threshold_->setObjectName(QStringLiteral("lowCreditThreshold"));
    threshold_->setText(models::editableCredits(billing::Credits()));
    threshold_->setToolTip(
        tr("A low-credit alert is raised when the balance falls to this amount"));
    wallet_->setObjectName(QStringLiteral("walletAddress"));
    wallet_->setPlaceholderText(tr("0x… (optional)"));
    wallet_->setToolTip(tr("The tenant's address for escrows: 0x and 40 lower-case hex digits"));
    otherIssues_->setWordWrap(true);
    otherIssues_->setPalette(palette::withErrorText(otherIssues_->palette()));
    otherIssues_->hide();

    form_->addField(QStringLiteral("slug"), tr("Slug:"), slug_);
    form_->addField(QStringLiteral("name"), tr("Name:"), name_);
    form_->addField(QStringLiteral("email"), tr("Email:"), email_);
    form_->addField(QStringLiteral("planCode"), tr("Plan:"), plan_);
    form_->addField(QStringLiteral("region"), tr("Region:"), region_);
    form_->addRow(tr("Premium access:"), premium_);
    form_->addField(QStringLiteral("lowCreditThreshold"), tr("Low-credit alert at:"), threshold_);
    form_->addField(QStringLiteral("walletAddress"), tr("Wallet address:"), wallet_);

    buttons_->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("saveButton"));
    connect(buttons_, &QDialogButtonBox::accepted, this, &TenantDialog::accept);
    connect(buttons_, &QDialogButtonBox::rejected, this, &TenantDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(form_);
    layout->addWidget(otherIssues_);
    layout->addWidget(failureLabel());
    layout->addStretch();
    layout->addWidget(buttons_);

    for (QLineEdit* edit : {slug_, name_, email_, region_, threshold_, wallet_})
        connect(edit, &QLineEdit::textChanged, this, &TenantDialog::revalidate);
    connect(plan_, &QComboBox::currentTextChanged, this, &TenantDialog::revalidate);
    revalidate();
}

void TenantDialog::setDraft(const store::TenantDraft& draft) {
    slug_->setText(fromStd(draft.slug));
    name_->setText(fromStd(draft.name));
    email_->setText(fromStd(draft.email));
    const QString plan = fromStd(draft.planCode);
    if (plan_->findText(plan) < 0)
        plan_->addItem(plan);
    plan_->setCurrentText(plan);
    region_->setText(fromStd(draft.region));
    premium_->setChecked(draft.premiumAccess);
    threshold_->setText(models::editableCredits(draft.lowCreditThreshold));
    wallet_->setText(draft.walletAddress ? fromStd(*draft.walletAddress) : QString());
    revalidate();
}

void TenantDialog::setPlanCodes(const QStringList& planCodes) {
    const QString chosen = plan_->currentText();
    QSignalBlocker blocker(plan_);
    plan_->clear();
    plan_->addItems(planCodes);
    if (!chosen.isEmpty() && plan_->findText(chosen) < 0)
        plan_->addItem(chosen);
    if (!chosen.isEmpty())
        plan_->setCurrentText(chosen);
    blocker.unblock();
    revalidate();
}

std::optional<store::TenantDraft> TenantDialog::draft() const {
    const auto threshold = models::parseCredits(threshold_->text());
    if (!threshold)
        return std::nullopt;
    store::TenantDraft draft;
    draft.slug = slug_->text().trimmed().toStdString();
    draft.name = name_->text().trimmed().toStdString();
    draft.email = email_->text().trimmed().toStdString();
    draft.planCode = plan_->currentText().toStdString();
    draft.region = region_->text().trimmed().toStdString();
    draft.premiumAccess = premium_->isChecked();
    draft.lowCreditThreshold = *threshold;
    const QString wallet = wallet_->text().trimmed();
    if (!wallet.isEmpty())
        draft.walletAddress = wallet.toStdString();
    return draft;
}

bool TenantDialog::isValid() const {
    return !form_->hasIssues();
}

QString TenantDialog::issueAt(const QString& field) const {
    return form_->messageAt(field);
}

void TenantDialog::revalidate() {
    QMultiHash<QString, QString> messages;
    QString thresholdProblem;
    if (!models::parseCredits(threshold_->text(), &thresholdProblem))
        messages.insert(QStringLiteral("lowCreditThreshold"), thresholdProblem);
    if (const auto typed = draft()) {
        for (const auto& issue : store::validate(*typed))
            messages.insert(fromStd(issue.field), models::issueText(issue));
    }
    const QStringList elsewhere = form_->showIssues(messages);
    otherIssues_->setText(elsewhere.join(QLatin1Char('\n')));
    otherIssues_->setVisible(!elsewhere.isEmpty());
    buttons_->button(QDialogButtonBox::Save)
        ->setEnabled(!isBusy() && isValid() && elsewhere.isEmpty());
}

void TenantDialog::accept() {
    revalidate();
    const auto typed = draft();
    if (isBusy() || !isValid() || !typed)
        return;
    startSubmitting();
    emit submitted(*typed);
}

void TenantDialog::onBusyChanged(bool busy) {
    form_->setEnabled(!busy);
    QPushButton* save = buttons_->button(QDialogButtonBox::Save);
    save->setText(busy ? tr("Saving…") : tr("Save"));
    revalidate();
}

} // namespace meterdesk::ui

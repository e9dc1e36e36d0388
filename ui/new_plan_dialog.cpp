#include "new_plan_dialog.h"

#include "validated_form.h"

#include <billing/tariff.h>

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace meterdesk::ui {

NewPlanDialog::NewPlanDialog(QWidget* parent)
    : SubmittingDialog(parent)
    , form_(new ValidatedForm(this))
    , code_(new QLineEdit(this))
    , name_(new QLineEdit(this))
    , buttons_(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this)) {
    setObjectName(QStringLiteral("newPlanDialog"));
    setWindowTitle(tr("New plan"));
    setWindowModality(Qt::WindowModal);

    code_->setObjectName(QStringLiteral("code"));
    code_->setPlaceholderText(tr("e.g. growth-2027"));
    code_->setToolTip(tr("What tenants and gateways refer to: lower-case letters, digits and "
                         "hyphens, at most 40; it never changes"));
    name_->setObjectName(QStringLiteral("name"));
    name_->setPlaceholderText(tr("e.g. Growth 2027"));
    name_->setToolTip(tr("The name operators and invoices show"));
    form_->addField(QStringLiteral("code"), tr("&Code:"), code_);
    form_->addField(QStringLiteral("name"), tr("&Name:"), name_);

    auto* note =
        new QLabel(tr("After saving, the editor opens for the plan's first tariff version."), this);
    note->setWordWrap(true);
    buttons_->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("saveButton"));
    connect(buttons_, &QDialogButtonBox::accepted, this, &NewPlanDialog::accept);
    connect(buttons_, &QDialogButtonBox::rejected, this, &NewPlanDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(form_);
    layout->addWidget(note);
    layout->addWidget(failureLabel());
    layout->addStretch();
    layout->addWidget(buttons_);

    for (QLineEdit* edit : {code_, name_})
        connect(edit, &QLineEdit::textChanged, this, &NewPlanDialog::revalidate);
    revalidate();
}

bool NewPlanDialog::isValid() const {
    return !form_->hasIssues();
}

QString NewPlanDialog::issueAt(const QString& field) const {
    return form_->messageAt(field);
}

void NewPlanDialog::revalidate() {
    billing::Plan plan;
    plan.code = code_->text().trimmed().toStdString();
    plan.name = name_->text().trimmed().toStdString();
    QMultiHash<QString, QString> messages;
    for (const auto& issue : billing::validate(plan))
        messages.insert(QString::fromStdString(issue.field), QString::fromStdString(issue.message));
    form_->showIssues(messages);
    buttons_->button(QDialogButtonBox::Save)->setEnabled(!isBusy() && isValid());
}

void NewPlanDialog::accept() {
    revalidate();
    if (isBusy() || !isValid())
        return;
    startSubmitting();
    emit submitted(code_->text().trimmed(), name_->text().trimmed());
}

void NewPlanDialog::onBusyChanged(bool busy) {
    form_->setEnabled(!busy);
    buttons_->button(QDialogButtonBox::Save)->setText(busy ? tr("Saving…") : tr("Save"));
    revalidate();
}

} // namespace meterdesk::ui

#include "submitting_dialog.h"

#include "palette.h"

#include <QLabel>

namespace meterdesk::ui {

SubmittingDialog::SubmittingDialog(QWidget* parent)
    : QDialog(parent)
    , failure_(new QLabel(this)) {
    failure_->setObjectName(QStringLiteral("failure"));
    failure_->setWordWrap(true);
    failure_->setPalette(palette::withErrorText(failure_->palette()));
    failure_->hide();
}

void SubmittingDialog::saveSucceeded() {
    setBusy(false);
    QDialog::accept();
}

void SubmittingDialog::saveFailed(const QString& message) {
    setBusy(false);
    failure_->setText(message);
    failure_->show();
}

QString SubmittingDialog::failureText() const {
    return failure_->isHidden() ? QString() : failure_->text();
}

void SubmittingDialog::startSubmitting() {
    failure_->hide();
    setBusy(true);
}

void SubmittingDialog::setBusy(bool busy) {
    busy_ = busy;
    onBusyChanged(busy);
}

} // namespace meterdesk::ui

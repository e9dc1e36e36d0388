#pragma once

#include "submitting_dialog.h"

#include <billing/money.h>
#include <store/tenants.h>

#include <QMessageBox>
#include <QPointer>

#include <optional>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace meterdesk::ui {

class ValidatedForm;

// Tops up or adjusts a tenant's credits. The amount and a reason are mandatory (the reason
// goes into the ledger); Save first asks for confirmation in words ("Add 25.00 credits to
// acme-corp (balance 10.00 → 35.00)?") and only then emits confirmed(). Like the tenant
// dialog it stays open until the page reports the outcome, keeping the input on failure.
class CreditDialog : public SubmittingDialog {
    Q_OBJECT

public:
    enum class Kind { TopUp, Adjustment };

    CreditDialog(Kind kind, const store::Tenant& tenant, QWidget* parent = nullptr);

    std::optional<billing::Credits> amount() const;
    QString reason() const;
    // The question asked before anything changes.
    QString confirmationText() const;
    // The confirmation while it is open, for tests.
    QMessageBox* confirmation() const { return confirmation_.data(); }

    void accept() override;

signals:
    void confirmed(meterdesk::billing::Credits amount, const QString& reason);

private:
    void revalidate();
    void askConfirmation();
    void onBusyChanged(bool busy) override;

    Kind kind_;
    store::Tenant tenant_;
    ValidatedForm* form_;
    QLineEdit* amount_;
    QPlainTextEdit* reason_;
    QLabel* preview_;
    QDialogButtonBox* buttons_;
    QPointer<QMessageBox> confirmation_;
};

} // namespace meterdesk::ui

#pragma once

#include "submitting_dialog.h"

#include <QString>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace meterdesk::ui {

class ValidatedForm;

// Names a new plan: its code (what tenants and gateways refer to; never changes) and its
// display name. Problems show at their field as the operator types (the rules of
// billing::validate(Plan)). Like the other editors, it emits submitted() and stays open, busy,
// until the page reports saveSucceeded() or saveFailed(), so a refused code keeps the typing.
class NewPlanDialog : public SubmittingDialog {
    Q_OBJECT

public:
    explicit NewPlanDialog(QWidget* parent = nullptr);

    QLineEdit* codeEdit() const { return code_; }
    QLineEdit* nameEdit() const { return name_; }
    bool isValid() const;
    QString issueAt(const QString& field) const;

    void accept() override;

signals:
    void submitted(const QString& code, const QString& name);

private:
    void revalidate();
    void onBusyChanged(bool busy) override;

    ValidatedForm* form_;
    QLineEdit* code_;
    QLineEdit* name_;
    QDialogButtonBox* buttons_;
};

} // namespace meterdesk::ui

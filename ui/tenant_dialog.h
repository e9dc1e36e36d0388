#pragma once

#include "submitting_dialog.h"

#include <store/tenants.h>

#include <QStringList>

#include <optional>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace meterdesk::ui {

class ValidatedForm;

// Creates or edits a tenant. Every problem store::validate finds is shown at its field as
// the operator types, and Save stays disabled while there is one. Saving is the page's
// job: the dialog emits submitted() and stays open, busy, until the page calls
// saveSucceeded() (it closes) or saveFailed() (it shows why and keeps every field).
class TenantDialog : public SubmittingDialog {
    Q_OBJECT

public:
    enum class Mode { Create, Edit };

    TenantDialog(Mode mode, const QStringList& planCodes, QWidget* parent = nullptr);

    void setDraft(const store::TenantDraft& draft);
    // Replaces the plans offered (they may arrive after the dialog opened), keeping the choice.
    void setPlanCodes(const QStringList& planCodes);
    // The draft as typed; nothing while the threshold is not an amount.
    std::optional<store::TenantDraft> draft() const;
    bool isValid() const;
    // The message shown at a field ("" when it is fine), for tests and screen readers.
    QString issueAt(const QString& field) const;

    void accept() override;

signals:
    void submitted(const meterdesk::store::TenantDraft& draft);

private:
    void revalidate();
    void onBusyChanged(bool busy) override;

    Mode mode_;
    ValidatedForm* form_;
    QLineEdit* slug_;
    QLineEdit* name_;
    QLineEdit* email_;
    QComboBox* plan_;
    QLineEdit* region_;
    QCheckBox* premium_;
    QLineEdit* threshold_;
    QLineEdit* wallet_;
    QLabel* otherIssues_;
    QDialogButtonBox* buttons_;
};

} // namespace meterdesk::ui

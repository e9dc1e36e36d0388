#pragma once

#include <models/node_probe.h>
#include <models/node_settings.h>

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;

namespace meterdesk::ui {

class PermissionGuard;
class ValidatedForm;

// Edits where the console finds the EVM node: its URL, the escrow contract, the confirmations
// a decision waits for and the settlement rate. Each field shows its own problem as it is
// typed; Test connection asks the node (without blocking) its chain id, latest block and
// whether a contract is deployed at the address. Save is offered to roles that may decide
// escrows; the caller applies and stores what settings() returns when the dialog is accepted.
// Environment variables that replace a field at every start are named above the form.
class NodeSettingsDialog : public QDialog {
    Q_OBJECT

public:
    NodeSettingsDialog(const models::NodeSettings& current, const PermissionGuard& permissions,
                       QWidget* parent = nullptr);

    models::NodeSettings settings() const;
    bool canSave() const;
    ValidatedForm& form() const { return *form_; }
    QString environmentNote() const;
    QString probeText() const;

    void testConnection();
    void accept() override;

signals:
    void probeFinished();

private:
    void buildLayout();
    void revalidate();
    void showProbed(const models::NodeProbeResult& result);
    void showProbeFailure(const QString& reason);
    void showProbing(bool probing);

    const PermissionGuard& permissions_;
    models::NodeProbe probe_;
    QLabel* intro_;
    QLabel* environment_;
    ValidatedForm* form_;
    QLineEdit* url_;
    QLineEdit* escrow_;
    QSpinBox* confirmations_;
    QLineEdit* rate_;
    QPushButton* testButton_;
    QProgressBar* testProgress_;
    QLabel* probeResult_;
    QLabel* roleNote_;
    QDialogButtonBox* buttons_;
    QPushButton* saveButton_ = nullptr;
};

} // namespace meterdesk::ui

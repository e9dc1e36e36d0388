#pragma once

#include "connection_profile.h"
#include "password_vault.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QRadioButton;
class QSpinBox;

namespace meterdesk::ui {

class ProfileStore;
class ValidatedForm;

// Creates, edits and chooses connection profiles, and asks for the password. The
// password field is filled from the keychain when one is stored; where no keychain
// works, the dialog says that the password is kept in memory only.
class ConnectionDialog : public QDialog {
    Q_OBJECT

public:
    ConnectionDialog(ProfileStore& profiles, PasswordVault& vault, QWidget* parent = nullptr);

    // Selects the named profile, or starts a new one when there is none by that name.
    void selectProfile(const QString& name);
    // Why the dialog is shown again (a refused password, an unreachable server).
    void setProblem(const QString& problem);

    ConnectionProfile profile() const;
    QString password() const;

    void accept() override;

private:
    void buildLayout();
    void reloadList(const QString& select);
    void showProfile(const ConnectionProfile& profile);
    void startNewProfile();
    void deleteSelectedProfile();
    void revalidate();
    void updateModeFields();
    void onVaultFinished(PasswordVault::Operation operation, const QString& key,
                         PasswordVault::Outcome outcome, const QString& password);
    void showKeychainState();

    ProfileStore& profiles_;
    PasswordVault& vault_;

    QListWidget* profileList_;
    QPushButton* newButton_;
    QPushButton* deleteButton_;
    QLabel* problem_;
    ValidatedForm* form_;
    QLineEdit* name_;
    QRadioButton* byFields_;
    QRadioButton* byUri_;
    QLineEdit* host_;
    QSpinBox* port_;
    QLineEdit* database_;
    QLineEdit* user_;
    QComboBox* sslMode_;
    QLineEdit* uri_;
    QLineEdit* password_;
    QCheckBox* remember_;
    QLabel* keychainNote_;
    QLabel* otherIssues_;
    QPushButton* connectButton_;
};

} // namespace meterdesk::ui

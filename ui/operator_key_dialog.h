#pragma once

#include <QDialog>

#include <cstdint>

class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;

namespace meterdesk::models {
class OperatorKeyring;
}

namespace meterdesk::ui {

// Imports the operator's signing key for one chain into the keychain: 64 hex digits, or an
// Ethereum keystore file and its password. Shows the address of the key stored now (or that
// none is), the address after an import, and removes the key on request. The key's text is
// cleared from the form as soon as it was read.
class OperatorKeyDialog : public QDialog {
    Q_OBJECT

public:
    OperatorKeyDialog(models::OperatorKeyring& keyring, std::uint64_t chainId,
                      QWidget* parent = nullptr);

    QString statusText() const;

private:
    void importKey();
    void chooseKeystore();
    void updateInputs();
    void setBusy(bool busy, const QString& status);

    models::OperatorKeyring& keyring_;
    std::uint64_t chainId_;
    QRadioButton* fromHex_;
    QRadioButton* fromKeystore_;
    QLineEdit* hex_;
    QLineEdit* keystorePath_;
    QPushButton* browse_;
    QLineEdit* password_;
    QLabel* status_;
    QPushButton* import_;
    QPushButton* remove_;
};

} // namespace meterdesk::ui

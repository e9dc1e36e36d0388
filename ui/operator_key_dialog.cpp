#include "operator_key_dialog.h"

#include "icons.h"

#include <models/operator_keyring.h>

#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace meterdesk::ui {

using models::OperatorKeyring;

OperatorKeyDialog::OperatorKeyDialog(OperatorKeyring& keyring, std::uint64_t chainId,
                                     QWidget* parent)
    : QDialog(parent)
    , keyring_(keyring)
    , chainId_(chainId)
    , fromHex_(new QRadioButton(tr("Private key (&hex)"), this))
    , fromKeystore_(new QRadioButton(tr("&Keystore file"), this))
    , hex_(new QLineEdit(this))
    , keystorePath_(new QLineEdit(this))
    , browse_(new QPushButton(tr("&Browse…"), this))
    , password_(new QLineEdit(this))
    , status_(new QLabel(this))
    , import_(new QPushButton(icons::icon(QStringLiteral("key")), tr("&Import"), this))
    , remove_(new QPushButton(icons::icon(QStringLiteral("delete")), tr("&Remove from keychain"),
                              this)) {
    setObjectName(QStringLiteral("operatorKeyDialog"));
    setWindowTitle(tr("Operator key for chain %1").arg(chainId));
    setWindowIcon(icons::icon(QStringLiteral("key")));

    hex_->setObjectName(QStringLiteral("hexKey"));
    hex_->setEchoMode(QLineEdit::Password);
    hex_->setPlaceholderText(tr("0x and 64 hex digits"));
    hex_->setToolTip(tr("The escrow contract owner's private key; it goes to the system "
                        "keychain only, never to a file"));
    keystorePath_->setObjectName(QStringLiteral("keystorePath"));
    keystorePath_->setPlaceholderText(tr("UTC--…json"));
    browse_->setToolTip(tr("Choose an Ethereum keystore (JSON) file"));
    password_->setObjectName(QStringLiteral("keystorePassword"));
    password_->setEchoMode(QLineEdit::Password);
    password_->setToolTip(tr("The password the keystore file was encrypted with"));
    status_->setObjectName(QStringLiteral("keyStatus"));
    status_->setWordWrap(true);
    status_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    import_->setObjectName(QStringLiteral("importButton"));
    import_->setDefault(true);
    import_->setToolTip(tr("Store the key in the system keychain and show its address"));
    remove_->setObjectName(QStringLiteral("removeButton"));
    remove_->setToolTip(tr("Delete this chain's operator key from the system keychain"));
    fromHex_->setChecked(true);

    auto* keystoreRow = new QHBoxLayout;
    keystoreRow->addWidget(keystorePath_, 1);
    keystoreRow->addWidget(browse_);
    auto* form = new QFormLayout;
    form->addRow(fromHex_, hex_);
    form->addRow(fromKeystore_, keystoreRow);
    form->addRow(tr("Keystore &password:"), password_);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(import_, QDialogButtonBox::ActionRole);
    buttons->addButton(remove_, QDialogButtonBox::DestructiveRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* intro = new QLabel(tr("Escrow decisions are signed with the operator key (the escrow "
                                "contract's owner). It is kept in the system keychain, under "
                                "\"%1\".")
                                 .arg(OperatorKeyring::entryKey(chainId)),
                             this);
    intro->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(status_);
    layout->addWidget(buttons);
    setMinimumWidth(560);

    connect(fromHex_, &QRadioButton::toggled, this, &OperatorKeyDialog::updateInputs);
    connect(browse_, &QPushButton::clicked, this, &OperatorKeyDialog::chooseKeystore);
    connect(import_, &QPushButton::clicked, this, &OperatorKeyDialog::importKey);
    connect(remove_, &QPushButton::clicked, this, [this] {
        setBusy(true, tr("Removing…"));
        keyring_.remove(chainId_);
    });

    const auto mine = [this](quint64 chain) {
        return chain == chainId_;
    };
    connect(&keyring_, &OperatorKeyring::imported, this,
            [this, mine](quint64 chain, const chain::Address& address, bool inMemoryOnly) {
                if (!mine(chain))
                    return;
                setBusy(false, inMemoryOnly
                                   ? tr("Imported %1. No system keychain is available: the key "
                                        "is kept in memory until Meterdesk quits.")
                                         .arg(address.toChecksumHex())
                                   : tr("Imported: %1, stored in the system keychain.")
                                         .arg(address.toChecksumHex()));
            });
    connect(&keyring_, &OperatorKeyring::loaded, this,
            [this, mine](quint64 chain, const chain::Address& address) {
                if (mine(chain))
                    setBusy(false, tr("Stored now: %1").arg(address.toChecksumHex()));
            });
    connect(&keyring_, &OperatorKeyring::notFound, this, [this, mine](quint64 chain) {
        if (mine(chain))
            setBusy(false, tr("No operator key is stored for this chain yet."));
    });
    connect(&keyring_, &OperatorKeyring::removed, this, [this, mine](quint64 chain) {
        if (mine(chain))
            setBusy(false, tr("Removed: no operator key is stored for this chain."));
    });
    connect(&keyring_, &OperatorKeyring::failed, this,
            [this, mine](quint64 chain, const QString& message) {
                if (mine(chain))
                    setBusy(false, message);
            });

    updateInputs();
    setBusy(true, tr("Reading the keychain…"));
    keyring_.load(chainId_);
}

QString OperatorKeyDialog::statusText() const {
    return status_->text();
}

void OperatorKeyDialog::updateInputs() {
    const bool hex = fromHex_->isChecked();
    hex_->setEnabled(hex);
    keystorePath_->setEnabled(!hex);
    browse_->setEnabled(!hex);
    password_->setEnabled(!hex);
}

void OperatorKeyDialog::chooseKeystore() {
    auto* dialog = new QFileDialog(this, tr("Keystore file"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setNameFilters({tr("Keystore (*.json UTC--*)"), tr("All files (*)")});
    connect(dialog, &QFileDialog::fileSelected, keystorePath_, &QLineEdit::setText);
    dialog->open();
}

void OperatorKeyDialog::importKey() {
    if (fromHex_->isChecked()) {
        const QString hex = hex_->text();
        hex_->clear();
        setBusy(true, tr("Importing…"));
        keyring_.importHex(chainId_, hex);
        return;
    }
    QFile file(keystorePath_->text());
    if (!file.open(QIODevice::ReadOnly)) {
        setBusy(false, tr("Keystore file: cannot read %1 (%2)")
                           .arg(keystorePath_->text(), file.errorString()));
        return;
    }
    const QString password = password_->text();
    password_->clear();
    setBusy(true, tr("Decrypting the keystore (this takes a few seconds)…"));
    keyring_.importKeystore(chainId_, file.readAll(), password);
}

void OperatorKeyDialog::setBusy(bool busy, const QString& status) {
    status_->setText(status);
    import_->setEnabled(!busy);
    remove_->setEnabled(!busy);
}

} // namespace meterdesk::ui

#include "api_key_secret_dialog.h"

#include "icons.h"
#include "palette.h"

#include <QClipboard>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace meterdesk::ui {

ApiKeySecretDialog::ApiKeySecretDialog(const QString& tenantSlug, const store::IssuedApiKey& issued,
                                       QWidget* parent)
    : QDialog(parent)
    , secret_(new QLineEdit(QString::fromStdString(issued.secret), this))
    , copy_(new QPushButton(icons::icon(QStringLiteral("copy")), tr("Copy"), this)) {
    setWindowTitle(tr("New API key for %1").arg(tenantSlug));
    setMinimumWidth(520);

    auto* warning = new QLabel(
        tr("<b>This secret is shown only now.</b> Copy it and hand it to the tenant over a safe "
           "channel: Meterdesk keeps only its hash and cannot show it again."),
        this);
    warning->setObjectName(QStringLiteral("warning"));
    warning->setWordWrap(true);
    QPalette warningPalette = warning->palette();
    warningPalette.setColor(QPalette::WindowText, palette::warningText());
    warning->setPalette(warningPalette);
    auto* warningIcon = new QLabel(this);
    warningIcon->setPixmap(icons::pixmap(QStringLiteral("warning"), 32, this));
    auto* warningRow = new QHBoxLayout;
    warningRow->addWidget(warningIcon, 0, Qt::AlignTop);
    warningRow->addWidget(warning, 1);

    secret_->setObjectName(QStringLiteral("secret"));
    secret_->setReadOnly(true);
    secret_->setFont(QFont(QStringLiteral("monospace")));
    secret_->setToolTip(tr("The API key the tenant's requests carry"));
    copy_->setObjectName(QStringLiteral("copyButton"));
    copy_->setToolTip(tr("Copy the secret to the clipboard"));
    connect(copy_, &QPushButton::clicked, this, &ApiKeySecretDialog::copySecret);
    auto* secretRow = new QHBoxLayout;
    secretRow->addWidget(secret_, 1);
    secretRow->addWidget(copy_);

    auto* details = new QFormLayout;
    details->addRow(tr("Prefix:"), new QLabel(QString::fromStdString(issued.key.prefix), this));
    details->addRow(tr("Label:"), new QLabel(QString::fromStdString(issued.key.label), this));
    details->addRow(tr("Secret:"), secretRow);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setText(tr("I have copied it"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::accept);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(warningRow);
    layout->addLayout(details);
    layout->addWidget(buttons);
}

QString ApiKeySecretDialog::secret() const {
    return secret_->text();
}

void ApiKeySecretDialog::copySecret() {
    QGuiApplication::clipboard()->setText(secret_->text());
    copy_->setText(tr("Copied"));
}

} // namespace meterdesk::ui

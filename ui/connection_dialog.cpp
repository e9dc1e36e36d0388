#include "connection_dialog.h"

#include "icons.h"
#include "palette.h"
#include "profile_store.h"
#include "validated_form.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace meterdesk::ui {

ConnectionDialog::ConnectionDialog(ProfileStore& profiles, PasswordVault& vault, QWidget* parent)
    : QDialog(parent)
    , profiles_(profiles)
    , vault_(vault)
    , profileList_(new QListWidget(this))
    , newButton_(new QPushButton(icons::icon(QStringLiteral("new")), tr("New"), this))
    , deleteButton_(new QPushButton(icons::icon(QStringLiteral("delete")), tr("Delete"), this))
    , problem_(new QLabel(this))
    , form_(new ValidatedForm(this))
    , name_(new QLineEdit(this))
    , byFields_(new QRadioButton(tr("Server details"), this))
    , byUri_(new QRadioButton(tr("Connection URI"), this))
    , host_(new QLineEdit(this))
    , port_(new QSpinBox(this))
    , database_(new QLineEdit(this))
    , user_(new QLineEdit(this))
    , sslMode_(new QComboBox(this))
    , uri_(new QLineEdit(this))
    , password_(new QLineEdit(this))
    , remember_(new QCheckBox(tr("Remember the password in the system keychain"), this))
    , keychainNote_(new QLabel(this))
    , otherIssues_(new QLabel(this))
    , connectButton_(nullptr) {
    setWindowTitle(tr("Connect to a metering database"));
    buildLayout();

    connect(profileList_, &QListWidget::currentTextChanged, this, [this](const QString& name) {
        if (const auto profile = profiles_.find(name))
            showProfile(*profile);
    });
    connect(newButton_, &QPushButton::clicked, this, &ConnectionDialog::startNewProfile);
    connect(deleteButton_, &QPushButton::clicked, this, &ConnectionDialog::deleteSelectedProfile);
    for (QLineEdit* edit : {name_, host_, database_, user_, uri_})
        connect(edit, &QLineEdit::textChanged, this, &ConnectionDialog::revalidate);
    connect(port_, &QSpinBox::valueChanged, this, &ConnectionDialog::revalidate);
    connect(sslMode_, &QComboBox::currentTextChanged, this, &ConnectionDialog::revalidate);
    connect(byUri_, &QRadioButton::toggled, this, &ConnectionDialog::updateModeFields);
    connect(&vault_, &PasswordVault::finished, this,
            [this](PasswordVault::Operation operation, const QString& key,
                   PasswordVault::Outcome outcome, const QString& password,
                   const QString&) { onVaultFinished(operation, key, outcome, password); });
    connect(&vault_, &PasswordVault::keychainUnavailable, this,
            &ConnectionDialog::showKeychainState);

    reloadList(profiles_.lastUsed());
    if (profileList_->count() == 0)
        startNewProfile();
    showKeychainState();
}

void ConnectionDialog::buildLayout() {
    profileList_->setObjectName(QStringLiteral("profileList"));
    profileList_->setToolTip(tr("Saved connection profiles"));
    newButton_->setToolTip(tr("Start a new connection profile"));
    deleteButton_->setToolTip(tr("Delete the selected profile and its stored password"));
    auto* listColumn = new QVBoxLayout;
    listColumn->addWidget(new QLabel(tr("Profiles"), this));
    listColumn->addWidget(profileList_);
    auto* listButtons = new QHBoxLayout;
    listButtons->addWidget(newButton_);
    listButtons->addWidget(deleteButton_);
    listColumn->addLayout(listButtons);

    problem_->setObjectName(QStringLiteral("problem"));
    problem_->setWordWrap(true);
    problem_->setPalette(palette::withErrorText(problem_->palette()));
    problem_->hide();

    name_->setObjectName(QStringLiteral("name"));
    name_->setToolTip(tr("A name to find this profile by"));
    byFields_->setToolTip(tr("Give host, port, database and user separately"));
    byUri_->setToolTip(
        tr("Give a libpq connection URI, e.g. postgresql://alice@db.example.com/meterdesk"));
    auto* modeGroup = new QButtonGroup(this);
    modeGroup->addButton(byFields_);
    modeGroup->addButton(byUri_);
    auto* modeRow = new QWidget(this);
    auto* modeLayout = new QHBoxLayout(modeRow);
    modeLayout->setContentsMargins(0, 0, 0, 0);
    modeLayout->addWidget(byFields_);
    modeLayout->addWidget(byUri_);
    modeLayout->addStretch();

    host_->setObjectName(QStringLiteral("host"));
    host_->setPlaceholderText(tr("db.example.com or /var/run/postgresql"));
    host_->setToolTip(tr("A host name, an IP address, or the folder of a Unix socket"));
    port_->setObjectName(QStringLiteral("port"));
    port_->setRange(1, 65535);
    port_->setToolTip(tr("The server's port (PostgreSQL's default is 5432)"));
    database_->setObjectName(QStringLiteral("database"));
    database_->setToolTip(tr("The metering database's name"));
    user_->setObjectName(QStringLiteral("user"));
    user_->setToolTip(tr("The PostgreSQL role to log in as"));
    sslMode_->setObjectName(QStringLiteral("sslMode"));
    sslMode_->addItems(sslModes());
    sslMode_->setToolTip(
        tr("libpq's sslmode: verify-full checks the server's certificate and name"));
    uri_->setObjectName(QStringLiteral("uri"));
    uri_->setPlaceholderText(
        QStringLiteral("postgresql://user@host:5432/meterdesk?sslmode=verify-full"));
    uri_->setToolTip(tr("A libpq connection URI or key=value settings, without the password"));
    password_->setObjectName(QStringLiteral("password"));
    password_->setEchoMode(QLineEdit::Password);
    password_->setToolTip(tr("Leave empty when the server needs none (peer, trust or ~/.pgpass)"));
    remember_->setObjectName(QStringLiteral("remember"));
    remember_->setToolTip(tr("Stored in the system keychain, never in Meterdesk's settings"));
    keychainNote_->setObjectName(QStringLiteral("keychainNote"));
    keychainNote_->setWordWrap(true);
    keychainNote_->setPalette([this] {
        QPalette p = keychainNote_->palette();
        p.setColor(QPalette::WindowText, palette::warningText());
        return p;
    }());
    otherIssues_->setWordWrap(true);
    otherIssues_->setPalette(palette::withErrorText(otherIssues_->palette()));

    form_->addField(QStringLiteral("name"), tr("Name:"), name_);
    form_->addRow(tr("Connect with:"), modeRow);
    form_->addField(QStringLiteral("host"), tr("Host or socket folder:"), host_);
    form_->addField(QStringLiteral("port"), tr("Port:"), port_);
    form_->addField(QStringLiteral("database"), tr("Database:"), database_);
    form_->addField(QStringLiteral("user"), tr("User:"), user_);
    form_->addField(QStringLiteral("sslMode"), tr("TLS mode:"), sslMode_);
    form_->addField(QStringLiteral("uri"), tr("URI:"), uri_);
    form_->addRow(tr("Password:"), password_);
    form_->addRow(remember_);
    form_->addRow(keychainNote_);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connectButton_ = buttons->button(QDialogButtonBox::Ok);
    connectButton_->setText(tr("Connect"));
    connectButton_->setObjectName(QStringLiteral("connectButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ConnectionDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ConnectionDialog::reject);

    auto* formColumn = new QVBoxLayout;
    formColumn->addWidget(problem_);
    formColumn->addWidget(form_);
    formColumn->addWidget(otherIssues_);
    formColumn->addStretch();

    auto* columns = new QHBoxLayout;
    columns->addLayout(listColumn, 1);
    columns->addLayout(formColumn, 2);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(columns);
    layout->addWidget(buttons);
}

void ConnectionDialog::selectProfile(const QString& name) {
    const auto matches = profileList_->findItems(name, Qt::MatchExactly);
    if (matches.isEmpty())
        startNewProfile();
    else
        profileList_->setCurrentItem(matches.front());
}

void ConnectionDialog::setProblem(const QString& problem) {
    problem_->setText(problem);
    problem_->setVisible(!problem.isEmpty());
}

ConnectionProfile ConnectionDialog::profile() const {
    ConnectionProfile profile;
    profile.name = name_->text().trimmed();
    if (byUri_->isChecked()) {
        profile.uri = uri_->text().trimmed();
    } else {
        profile.host = host_->text().trimmed();
        profile.port = port_->value();
        profile.database = database_->text().trimmed();
        profile.user = user_->text().trimmed();
        profile.sslMode = sslMode_->currentText();
    }
    profile.rememberPassword = remember_->isChecked();
    return profile;
}

QString ConnectionDialog::password() const {
    return password_->text();
}

void ConnectionDialog::accept() {
    revalidate();
    if (form_->hasIssues())
        return;
    const ConnectionProfile chosen = profile();
    if (!chosen.rememberPassword)
        vault_.remove(chosen.credentialKey());
    profiles_.save(chosen);
    profiles_.setLastUsed(chosen.name);
    QDialog::accept();
}

void ConnectionDialog::reloadList(const QString& select) {
    profileList_->clear();
    for (const auto& profile : profiles_.profiles())
        profileList_->addItem(profile.name);
    if (profileList_->count() > 0)
        selectProfile(select.isEmpty() ? profileList_->item(0)->text() : select);
    deleteButton_->setEnabled(profileList_->count() > 0);
}

void ConnectionDialog::showProfile(const ConnectionProfile& profile) {
    name_->setText(profile.name);
    byUri_->setChecked(profile.usesUri());
    byFields_->setChecked(!profile.usesUri());
    uri_->setText(profile.uri);
    host_->setText(profile.host);
    port_->setValue(profile.port);
    database_->setText(profile.database);
    user_->setText(profile.user);
    sslMode_->setCurrentText(profile.sslMode);
    remember_->setChecked(profile.rememberPassword);
    password_->clear();
    if (profile.rememberPassword)
        vault_.read(profile.credentialKey());
    updateModeFields();
}

void ConnectionDialog::startNewProfile() {
    profileList_->clearSelection();
    ConnectionProfile fresh;
    fresh.name = tr("New profile");
    fresh.host = QStringLiteral("localhost");
    showProfile(fresh);
    name_->setFocus();
    name_->selectAll();
}

void ConnectionDialog::deleteSelectedProfile() {
    const auto* item = profileList_->currentItem();
    if (!item)
        return;
    if (const auto profile = profiles_.find(item->text()))
        vault_.remove(profile->credentialKey());
    profiles_.remove(item->text());
    reloadList({});
    if (profileList_->count() == 0)
        startNewProfile();
}

void ConnectionDialog::revalidate() {
    QMultiHash<QString, QString> messages;
    for (const auto& issue : validate(profile()))
        messages.insert(issue.field, issue.message);
    const QStringList elsewhere = form_->showIssues(messages);
    otherIssues_->setText(elsewhere.join(QLatin1Char('\n')));
    otherIssues_->setVisible(!elsewhere.isEmpty());
    connectButton_->setEnabled(!form_->hasIssues());
}

void ConnectionDialog::updateModeFields() {
    const bool uri = byUri_->isChecked();
    uri_->setEnabled(uri);
    for (QWidget* field : std::initializer_list<QWidget*>{host_, port_, database_, user_, sslMode_})
        field->setEnabled(!uri);
    revalidate();
}

void ConnectionDialog::onVaultFinished(PasswordVault::Operation operation, const QString& key,
                                       PasswordVault::Outcome outcome, const QString& password) {
    const bool found =
        outcome == PasswordVault::Outcome::Done || outcome == PasswordVault::Outcome::KeptInMemory;
    // A late answer for a profile no longer shown must not fill in its password.
    if (operation == PasswordVault::Operation::Read && found && key == profile().credentialKey() &&
        password_->text().isEmpty())
        password_->setText(password);
    showKeychainState();
}

void ConnectionDialog::showKeychainState() {
    if (vault_.keychainAvailable()) {
        keychainNote_->hide();
        remember_->setText(tr("Remember the password in the system keychain"));
        return;
    }
    remember_->setText(tr("Remember the password until Meterdesk quits"));
    keychainNote_->setText(tr("No system keychain is available: the password is kept in memory "
                              "only and asked for again next time."));
    keychainNote_->show();
}

} // namespace meterdesk::ui

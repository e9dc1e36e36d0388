#include "connection_controller.h"

#include "connection_dialog.h"
#include "profile_store.h"
#include "store_error_text.h"

#include <QRegularExpression>

namespace meterdesk::ui {

namespace {

using State = models::DatabaseSession::State;

} // namespace

QString libpqEnvironmentTarget() {
    const QString host = qEnvironmentVariable("PGHOST", qEnvironmentVariable("PGHOSTADDR"));
    const QString service = qEnvironmentVariable("PGSERVICE");
    const QString database = qEnvironmentVariable("PGDATABASE");
    const QString user = qEnvironmentVariable("PGUSER");
    const QString port = qEnvironmentVariable("PGPORT");
    if (host.isEmpty() && service.isEmpty() && database.isEmpty() && user.isEmpty() &&
        port.isEmpty())
        return {};
    if (!service.isEmpty())
        return QObject::tr("service %1").arg(service);
    return QStringLiteral("%1@%2:%3/%4")
        .arg(user.isEmpty() ? qEnvironmentVariable("USER") : user,
             host.isEmpty() ? QStringLiteral("localhost") : host,
             port.isEmpty() ? QStringLiteral("5432") : port, database.isEmpty() ? user : database);
}

QString withoutPassword(const QString& uri) {
    QString shown = uri;
    static const QRegularExpression keyword(
        QStringLiteral("(password\\s*=\\s*)('[^']*'|[^&\\s]*)"));
    shown.replace(keyword, QStringLiteral("\\1***"));
    static const QRegularExpression userInfo(
        QStringLiteral("^(postgres(?:ql)?://[^:/@]*):[^@/]*@"));
    shown.replace(userInfo, QStringLiteral("\\1:***@"));
    return shown;
}

ConnectionController::ConnectionController(models::DatabaseSession& session, ProfileStore& profiles,
                                           PasswordVault& vault, QWidget* dialogParent)
    : QObject(dialogParent)
    , session_(session)
    , profiles_(profiles)
    , vault_(vault)
    , dialogParent_(dialogParent) {
    connect(&session_, &models::DatabaseSession::stateChanged, this,
            &ConnectionController::onStateChanged);
    connect(&session_, &models::DatabaseSession::connectionLost, this,
            &ConnectionController::onConnectionLost);
}

void ConnectionController::connectDirectly(const store::ConnectionSettings& settings,
                                           const QString& target) {
    attempt_.reset();
    attemptPassword_.clear();
    emit targetChanged(target);
    session_.open(settings);
}

void ConnectionController::connectLastProfile() {
    const auto profile = profiles_.find(profiles_.lastUsed());
    if (!profile) {
        chooseProfile();
        return;
    }
    if (!profile->rememberPassword) {
        openProfile(*profile, {});
        return;
    }
    const QString key = profile->credentialKey();
    // One answer is enough: the connection that follows reports anything else.
    auto connection = std::make_shared<QMetaObject::Connection>();
    *connection = connect(&vault_, &PasswordVault::finished, this,
                          [this, profile = *profile, key, connection](
                              PasswordVault::Operation operation, const QString& answeredKey,
                              PasswordVault::Outcome, const QString& password, const QString&) {
                              if (operation != PasswordVault::Operation::Read || answeredKey != key)
                                  return;
                              disconnect(*connection);
                              openProfile(profile, password);
                          });
    vault_.read(key);
}

void ConnectionController::chooseProfile(const QString& problem) {
    if (dialog_) {
        dialog_->setProblem(problem);
        dialog_->raise();
        return;
    }
    auto* dialog = new ConnectionDialog(profiles_, vault_, dialogParent_);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setProblem(problem);
    if (attempt_)
        dialog->selectProfile(attempt_->name);
    connect(dialog, &QDialog::accepted, this,
            [this, dialog] { openProfile(dialog->profile(), dialog->password()); });
    dialog_ = dialog;
    dialog->open();
}

void ConnectionController::openProfile(const ConnectionProfile& profile, const QString& password) {
    attempt_ = profile;
    attemptPassword_ = password;
    emit targetChanged(profile.credentialKey());
    session_.open(profile.settings(password));
}

void ConnectionController::onStateChanged(State state) {
    if (state != State::Connected || !attempt_)
        return;
    profiles_.setLastUsed(attempt_->name);
    if (attempt_->rememberPassword && !attemptPassword_.isEmpty())
        vault_.write(attempt_->credentialKey(), attemptPassword_);
    attempt_.reset();
    attemptPassword_.clear();
}

void ConnectionController::onConnectionLost(const QString& reason) {
    // Only the first attempt with a profile's password asks again: a server that refuses a
    // password will not change its mind on the next backoff round.
    if (!attempt_ || !isAuthenticationFailure(reason))
        return;
    session_.close();
    chooseProfile(
        tr("The server refused the login of %1: %2").arg(attempt_->credentialKey(), reason));
}

} // namespace meterdesk::ui

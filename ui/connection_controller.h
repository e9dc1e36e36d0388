#pragma once

#include "connection_dialog.h"
#include "connection_profile.h"
#include "password_vault.h"

#include <models/database_session.h>

#include <QObject>
#include <QPointer>

#include <optional>

namespace meterdesk::ui {

class ProfileStore;

// Brings the console to a database. The command line (--db) or the libpq environment
// connect at once, without a dialog; otherwise the last profile connects with its
// password from the keychain; otherwise, or when the server refuses the password, the
// connection dialog asks. A password that worked is remembered as the profile says.
class ConnectionController : public QObject {
    Q_OBJECT

public:
    ConnectionController(models::DatabaseSession& session, ProfileStore& profiles,
                         PasswordVault& vault, QWidget* dialogParent);

    // `target` says where, for the status bar ("the libpq environment", a URI, ...).
    void connectDirectly(const store::ConnectionSettings& settings, const QString& target);
    // The last profile used, or the dialog when there is none.
    void connectLastProfile();
    // Opens the connection dialog; `problem` says why it is shown again.
    void chooseProfile(const QString& problem = {});

    ConnectionDialog* openDialog() const { return dialog_; }

signals:
    void targetChanged(const QString& target);

private:
    void openProfile(const ConnectionProfile& profile, const QString& password);
    void onStateChanged(models::DatabaseSession::State state);
    void onConnectionLost(const QString& reason);

    models::DatabaseSession& session_;
    ProfileStore& profiles_;
    PasswordVault& vault_;
    QWidget* dialogParent_;
    QPointer<ConnectionDialog> dialog_;

    // The profile being connected, until the session says connected or refused.
    std::optional<ConnectionProfile> attempt_;
    QString attemptPassword_;
};

// Where the libpq environment (PGHOST, PGDATABASE, ...) points, or "" when it is not set.
QString libpqEnvironmentTarget();
// A URI as it may be shown: any password in it replaced by "***".
QString withoutPassword(const QString& uri);

} // namespace meterdesk::ui

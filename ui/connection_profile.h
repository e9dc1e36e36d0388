#pragma once

#include <store/connection.h>

#include <QString>
#include <QStringList>

#include <vector>

namespace meterdesk::ui {

// A saved way to reach a metering database. Either `uri` (a libpq connection URI or
// key=value string, used as typed) or the separate fields describe the server; the
// password is never part of a profile: it lives in the keychain or in memory.
struct ConnectionProfile {
    QString name;
    QString uri;
    QString host; // a host name, an IP address, or a Unix socket folder (starts with '/')
    int port = 5432;
    QString database = QStringLiteral("meterdesk");
    QString user;
    QString sslMode = QStringLiteral("prefer");
    bool rememberPassword = true;

    bool usesUri() const { return !uri.trimmed().isEmpty(); }
    bool usesSocketFolder() const { return host.startsWith(QLatin1Char('/')); }

    // The URI handed to libpq: `uri` as typed, or one built from the fields.
    QString connectionUri() const;
    // Who logs in where, as shown to the operator and used as the keychain entry's key,
    // so that renaming a profile keeps its stored password.
    QString credentialKey() const;

    store::ConnectionSettings settings(const QString& password) const;

    friend bool operator==(const ConnectionProfile&, const ConnectionProfile&) = default;
};

// libpq's TLS modes, strongest last.
QStringList sslModes();

struct ProfileIssue {
    QString field; // name, uri, host, port, database, user or sslMode
    QString message;

    friend bool operator==(const ProfileIssue&, const ProfileIssue&) = default;
};

// Every problem of a profile at once, each naming its field.
std::vector<ProfileIssue> validate(const ConnectionProfile& profile);

} // namespace meterdesk::ui

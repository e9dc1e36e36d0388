#include "connection_profile.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QUrl>

namespace meterdesk::ui {

namespace {

// Q_DECLARE_TR_FUNCTIONS names the context both for ConnectionProfileText::tr() at run time and for
// lupdate, which cannot see through a helper function.
class ConnectionProfileText {
    Q_DECLARE_TR_FUNCTIONS(ConnectionProfileText)
};

QString encoded(const QString& value) {
    return QString::fromLatin1(QUrl::toPercentEncoding(value));
}

bool looksLikeUri(const QString& text) {
    return text.startsWith(QLatin1String("postgresql://")) ||
           text.startsWith(QLatin1String("postgres://"));
}

// A password typed into a URI would end up in the settings file in plain text.
bool uriCarriesPassword(const QString& uri) {
    static const QRegularExpression keyword(QStringLiteral("(^|[\\s?&])password\\s*="));
    if (keyword.match(uri).hasMatch())
        return true;
    if (!looksLikeUri(uri))
        return false;
    const QString authority = uri.section(QLatin1String("://"), 1).section(QLatin1Char('/'), 0, 0);
    return authority.contains(QLatin1Char('@')) &&
           authority.section(QLatin1Char('@'), 0, 0).contains(QLatin1Char(':'));
}

} // namespace

QString ConnectionProfile::connectionUri() const {
    if (usesUri())
        return uri.trimmed();
    const QString userPart = user.isEmpty() ? QString() : encoded(user) + QLatin1Char('@');
    if (usesSocketFolder()) {
        // A socket folder cannot be the URI's host, so it goes into the query.
        return QStringLiteral("postgresql://%1/%2?host=%3&port=%4")
            .arg(userPart, encoded(database), encoded(host), QString::number(port));
    }
    const QString hostPart =
        host.contains(QLatin1Char(':')) ? QLatin1Char('[') + host + QLatin1Char(']') : host;
    return QStringLiteral("postgresql://%1%2:%3/%4?sslmode=%5")
        .arg(userPart, hostPart, QString::number(port), encoded(database), sslMode);
}

QString ConnectionProfile::credentialKey() const {
    if (usesUri())
        return uri.trimmed();
    return QStringLiteral("%1@%2:%3/%4").arg(user, host, QString::number(port), database);
}

store::ConnectionSettings ConnectionProfile::settings(const QString& password) const {
    store::ConnectionSettings result;
    result.uri = connectionUri().toStdString();
    result.password = password.toStdString();
    return result;
}

QStringList sslModes() {
    return {QStringLiteral("disable"), QStringLiteral("allow"),     QStringLiteral("prefer"),
            QStringLiteral("require"), QStringLiteral("verify-ca"), QStringLiteral("verify-full")};
}

std::vector<ProfileIssue> validate(const ConnectionProfile& profile) {
    std::vector<ProfileIssue> issues;
    if (profile.name.trimmed().isEmpty())
        issues.push_back(
            {QStringLiteral("name"),
             ConnectionProfileText::tr("Name: required, so the profile can be chosen later.")});

    if (profile.usesUri()) {
        const QString uri = profile.uri.trimmed();
        if (!looksLikeUri(uri) && !uri.contains(QLatin1Char('=')))
            issues.push_back({QStringLiteral("uri"),
                              ConnectionProfileText::tr(
                                  "URI: must start with postgresql:// or be key=value settings.")});
        if (uriCarriesPassword(uri))
            issues.push_back(
                {QStringLiteral("uri"),
                 ConnectionProfileText::tr(
                     "URI: must not contain the password; it is kept in the keychain.")});
        return issues;
    }

    static const QRegularExpression hostName(QStringLiteral("^[A-Za-z0-9._:-]+$"));
    if (profile.host.isEmpty())
        issues.push_back(
            {QStringLiteral("host"),
             ConnectionProfileText::tr("Host: required (a host name or a socket folder).")});
    else if (!profile.usesSocketFolder() && !hostName.match(profile.host).hasMatch())
        issues.push_back({QStringLiteral("host"),
                          ConnectionProfileText::tr(
                              "Host: a host name, an IP address or a folder starting with '/'.")});
    if (profile.port < 1 || profile.port > 65535)
        issues.push_back({QStringLiteral("port"),
                          ConnectionProfileText::tr("Port: must be between 1 and 65535.")});
    if (profile.database.trimmed().isEmpty())
        issues.push_back(
            {QStringLiteral("database"), ConnectionProfileText::tr("Database: required.")});
    if (profile.user.trimmed().isEmpty())
        issues.push_back({QStringLiteral("user"), ConnectionProfileText::tr("User: required.")});
    if (!sslModes().contains(profile.sslMode))
        issues.push_back(
            {QStringLiteral("sslMode"),
             ConnectionProfileText::tr("TLS mode: must be one of libpq's sslmode values.")});
    return issues;
}

} // namespace meterdesk::ui

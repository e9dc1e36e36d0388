#include <ui/connection_controller.h>
#include <ui/connection_profile.h>
#include <ui/navigation.h>
#include <ui/profile_store.h>

#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace meterdesk::ui;

namespace {

ConnectionProfile tcpProfile() {
    ConnectionProfile profile;
    profile.name = QStringLiteral("prod");
    profile.host = QStringLiteral("db.example.com");
    profile.port = 6432;
    profile.database = QStringLiteral("meterdesk");
    profile.user = QStringLiteral("alice");
    profile.sslMode = QStringLiteral("verify-full");
    return profile;
}

QStringList fieldsOf(const std::vector<ProfileIssue>& issues) {
    QStringList fields;
    for (const auto& issue : issues)
        fields.append(issue.field);
    return fields;
}

} // namespace

class TestConnectionProfile : public QObject {
    Q_OBJECT

private slots:
    void connectionUri_data() {
        QTest::addColumn<QString>("host");
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("database");
        QTest::addColumn<QString>("uri");
        QTest::addColumn<QString>("expected");

        QTest::newRow("tcp host")
            << "db.example.com"
            << "alice"
            << "meterdesk"
            << ""
            << "postgresql://alice@db.example.com:6432/meterdesk?sslmode=verify-full";
        QTest::newRow("ipv6 literal is bracketed")
            << "::1"
            << "alice"
            << "meterdesk"
            << ""
            << "postgresql://alice@[::1]:6432/meterdesk?sslmode=verify-full";
        QTest::newRow("socket folder goes into the query")
            << "/tmp/md sock"
            << "bob"
            << "meterdesk"
            << ""
            << "postgresql://bob@/meterdesk?host=%2Ftmp%2Fmd%20sock&port=6432";
        QTest::newRow("user and database are percent-encoded")
            << "db"
            << "a@b"
            << "my db"
            << ""
            << "postgresql://a%40b@db:6432/my%20db?sslmode=verify-full";
        QTest::newRow("a typed URI wins, trimmed") << "ignored"
                                                   << "ignored"
                                                   << "ignored"
                                                   << "  postgresql:///x?host=/s  "
                                                   << "postgresql:///x?host=/s";
    }

    void connectionUri() {
        QFETCH(QString, host);
        QFETCH(QString, user);
        QFETCH(QString, database);
        QFETCH(QString, uri);
        QFETCH(QString, expected);

        ConnectionProfile profile = tcpProfile();
        profile.host = host;
        profile.user = user;
        profile.database = database;
        profile.uri = uri;
        QCOMPARE(profile.connectionUri(), expected);
        QCOMPARE(QString::fromStdString(profile.settings(QStringLiteral("s3cret")).uri), expected);
        QCOMPARE(profile.settings(QStringLiteral("s3cret")).password, std::string("s3cret"));
    }

    void credentialKeyIgnoresTheProfileName() {
        ConnectionProfile first = tcpProfile();
        ConnectionProfile renamed = first;
        renamed.name = QStringLiteral("production (renamed)");
        QCOMPARE(renamed.credentialKey(), first.credentialKey());
        QCOMPARE(first.credentialKey(), QStringLiteral("alice@db.example.com:6432/meterdesk"));
        renamed.user = QStringLiteral("bob");
        QVERIFY(renamed.credentialKey() != first.credentialKey());
    }

    void validate_data() {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QStringList>("expectedFields");

        QTest::newRow("valid") << ""
                               << "" << QStringList{};
        QTest::newRow("no name") << "name"
                                 << "  " << QStringList{"name"};
        QTest::newRow("no host") << "host"
                                 << "" << QStringList{"host"};
        QTest::newRow("host with a space") << "host"
                                           << "db example" << QStringList{"host"};
        QTest::newRow("socket folder") << "host"
                                       << "/var/run/postgresql" << QStringList{};
        QTest::newRow("port zero") << "port"
                                   << "0" << QStringList{"port"};
        QTest::newRow("port too big") << "port"
                                      << "65536" << QStringList{"port"};
        QTest::newRow("no database") << "database"
                                     << "" << QStringList{"database"};
        QTest::newRow("no user") << "user"
                                 << "" << QStringList{"user"};
        QTest::newRow("unknown sslmode") << "sslMode"
                                         << "maybe" << QStringList{"sslMode"};
        QTest::newRow("uri") << "uri"
                             << "postgresql://alice@db/meterdesk" << QStringList{};
        QTest::newRow("key=value uri") << "uri"
                                       << "host=db dbname=meterdesk" << QStringList{};
        QTest::newRow("uri not a uri") << "uri"
                                       << "db.example.com" << QStringList{"uri"};
        QTest::newRow("uri with password")
            << "uri"
            << "postgresql://alice:pw@db/meterdesk" << QStringList{"uri"};
        QTest::newRow("uri with password parameter")
            << "uri"
            << "postgresql://db/meterdesk?user=a&password=pw" << QStringList{"uri"};
        QTest::newRow("key=value with password") << "uri"
                                                 << "host=db password=pw" << QStringList{"uri"};
    }

    void validate() {
        QFETCH(QString, field);
        QFETCH(QString, value);
        QFETCH(QStringList, expectedFields);

        ConnectionProfile profile = tcpProfile();
        if (field == QLatin1String("name"))
            profile.name = value;
        else if (field == QLatin1String("host"))
            profile.host = value;
        else if (field == QLatin1String("port"))
            profile.port = value.toInt();
        else if (field == QLatin1String("database"))
            profile.database = value;
        else if (field == QLatin1String("user"))
            profile.user = value;
        else if (field == QLatin1String("sslMode"))
            profile.sslMode = value;
        else if (field == QLatin1String("uri"))
            profile.uri = value;

        const auto issues = meterdesk::ui::validate(profile);
        QCOMPARE(fieldsOf(issues), expectedFields);
        for (const auto& issue : issues)
            QVERIFY2(!issue.message.isEmpty(), qPrintable(issue.field));
    }

    void profileStoreRoundTrip() {
        QTemporaryDir folder;
        QSettings settings(folder.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
        ProfileStore store(settings);
        QVERIFY(store.profiles().empty());

        ConnectionProfile prod = tcpProfile();
        ConnectionProfile local;
        local.name = QStringLiteral("local");
        local.uri = QStringLiteral("postgresql:///meterdesk?host=/tmp");
        local.rememberPassword = false;
        store.save(prod);
        store.save(local);
        store.setLastUsed(QStringLiteral("local"));

        ProfileStore reread(settings);
        QCOMPARE(reread.profiles().size(), std::size_t(2));
        QCOMPARE(reread.find(QStringLiteral("prod")), std::optional(prod));
        QCOMPARE(reread.find(QStringLiteral("local")), std::optional(local));
        QCOMPARE(reread.lastUsed(), QStringLiteral("local"));

        prod.port = 5433;
        reread.save(prod);
        QCOMPARE(reread.profiles().size(), std::size_t(2));
        QCOMPARE(reread.find(QStringLiteral("prod"))->port, 5433);

        reread.remove(QStringLiteral("local"));
        QCOMPARE(reread.profiles().size(), std::size_t(1));
        QVERIFY(!reread.find(QStringLiteral("local")));
        QVERIFY2(reread.lastUsed().isEmpty(), "a removed profile stayed the last used one");
    }

    void withoutPassword_data() {
        QTest::addColumn<QString>("uri");
        QTest::addColumn<QString>("shown");
        QTest::newRow("none") << "postgresql://alice@db/x"
                              << "postgresql://alice@db/x";
        QTest::newRow("user info") << "postgresql://alice:pw@db/x"
                                   << "postgresql://alice:***@db/x";
        QTest::newRow("query") << "postgresql://db/x?password=pw&sslmode=require"
                               << "postgresql://db/x?password=***&sslmode=require";
        QTest::newRow("key=value") << "host=db password='p w' dbname=x"
                                   << "host=db password=*** dbname=x";
    }

    void withoutPassword() {
        QFETCH(QString, uri);
        QFETCH(QString, shown);
        QCOMPARE(meterdesk::ui::withoutPassword(uri), shown);
    }

    void pageNamesRoundTrip() {
        QStringList names;
        for (Page page : kAllPages) {
            names.append(pageName(page));
            QCOMPARE(pageFromName(pageName(page)), std::optional(page));
            QVERIFY(!pageTitle(page).isEmpty());
        }
        QCOMPARE(names, (QStringList{"tenants", "plans", "live-usage", "escrows", "invoices",
                                     "audit-log"}));
        QVERIFY(!pageFromName(QStringLiteral("Tenants")));
        QVERIFY(!pageFromName(QString()));
    }
};

QTEST_GUILESS_MAIN(TestConnectionProfile)
#include "tst_connection_profile.moc"

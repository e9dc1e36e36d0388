#include "profile_store.h"

#include <QSettings>

#include <algorithm>

namespace meterdesk::ui {

namespace {

const QString kArray = QStringLiteral("connectionProfiles");
const QString kLastUsed = QStringLiteral("connection/lastProfile");

ConnectionProfile readProfile(const QSettings& settings) {
    ConnectionProfile profile;
    profile.name = settings.value(QStringLiteral("name")).toString();
    profile.uri = settings.value(QStringLiteral("uri")).toString();
    profile.host = settings.value(QStringLiteral("host")).toString();
    profile.port = settings.value(QStringLiteral("port"), profile.port).toInt();
    profile.database = settings.value(QStringLiteral("database"), profile.database).toString();
    profile.user = settings.value(QStringLiteral("user")).toString();
    profile.sslMode = settings.value(QStringLiteral("sslMode"), profile.sslMode).toString();
    profile.rememberPassword =
        settings.value(QStringLiteral("rememberPassword"), profile.rememberPassword).toBool();
    return profile;
}

void writeProfile(QSettings& settings, const ConnectionProfile& profile) {
    settings.setValue(QStringLiteral("name"), profile.name);
    settings.setValue(QStringLiteral("uri"), profile.uri);
    settings.setValue(QStringLiteral("host"), profile.host);
    settings.setValue(QStringLiteral("port"), profile.port);
    settings.setValue(QStringLiteral("database"), profile.database);
    settings.setValue(QStringLiteral("user"), profile.user);
    settings.setValue(QStringLiteral("sslMode"), profile.sslMode);
    settings.setValue(QStringLiteral("rememberPassword"), profile.rememberPassword);
}

} // namespace

ProfileStore::ProfileStore(QSettings& settings)
    : settings_(settings) {}

std::vector<ConnectionProfile> ProfileStore::profiles() const {
    std::vector<ConnectionProfile> result;
    const int count = settings_.beginReadArray(kArray);
    for (int i = 0; i < count; ++i) {
        settings_.setArrayIndex(i);
        result.push_back(readProfile(settings_));
    }
    settings_.endArray();
    return result;
}

std::optional<ConnectionProfile> ProfileStore::find(const QString& name) const {
    const auto all = profiles();
    const auto found = std::find_if(all.begin(), all.end(),
                                    [&](const ConnectionProfile& p) { return p.name == name; });
    if (found == all.end())
        return std::nullopt;
    return *found;
}

void ProfileStore::save(const ConnectionProfile& profile) {
    auto all = profiles();
    const auto found = std::find_if(
        all.begin(), all.end(), [&](const ConnectionProfile& p) { return p.name == profile.name; });
    if (found == all.end())
        all.push_back(profile);
    else
        *found = profile;
    writeAll(all);
}

void ProfileStore::remove(const QString& name) {
    auto all = profiles();
    std::erase_if(all, [&](const ConnectionProfile& p) { return p.name == name; });
    writeAll(all);
    if (lastUsed() == name)
        settings_.remove(kLastUsed);
}

QString ProfileStore::lastUsed() const {
    return settings_.value(kLastUsed).toString();
}

void ProfileStore::setLastUsed(const QString& name) {
    settings_.setValue(kLastUsed, name);
}

void ProfileStore::writeAll(const std::vector<ConnectionProfile>& profiles) {
    // Rewriting the whole array keeps indexes dense after a removal.
    settings_.remove(kArray);
    settings_.beginWriteArray(kArray, static_cast<int>(profiles.size()));
    for (std::size_t i = 0; i < profiles.size(); ++i) {
        settings_.setArrayIndex(static_cast<int>(i));
        writeProfile(settings_, profiles[i]);
    }
    settings_.endArray();
}

} // namespace meterdesk::ui

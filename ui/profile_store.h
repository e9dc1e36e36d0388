#pragma once

#include "connection_profile.h"

#include <QString>

#include <optional>
#include <vector>

class QSettings;

namespace meterdesk::ui {

// Connection profiles kept in the application's settings. Passwords are never written
// here (see PasswordVault); a profile only says whether its password may be remembered.
class ProfileStore {
public:
    explicit ProfileStore(QSettings& settings);

    std::vector<ConnectionProfile> profiles() const;
    std::optional<ConnectionProfile> find(const QString& name) const;
    // Adds the profile, or replaces the one with the same name.
    void save(const ConnectionProfile& profile);
    void remove(const QString& name);

    QString lastUsed() const;
    void setLastUsed(const QString& name);

private:
    void writeAll(const std::vector<ConnectionProfile>& profiles);

    QSettings& settings_;
};

} // namespace meterdesk::ui

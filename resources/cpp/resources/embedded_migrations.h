#pragma once

#include <span>
#include <string_view>

namespace meterdesk::resources {

// One versioned schema migration, embedded at build time from resources/sql.
struct EmbeddedMigration {
    int version;
    std::string_view name;
    std::string_view sha256; // hex checksum of the file, to detect edited history
    std::string_view sql;
};

// All migrations shipped with this build, in ascending version order.
std::span<const EmbeddedMigration> embeddedMigrations();

} // namespace meterdesk::resources

#pragma once

// Small conversions between libpqxx fields and the core's value types, shared by the
// repositories.

#include <pqxx/pqxx>

#include <chrono>
#include <optional>
#include <string>

namespace meterdesk::store::sql {

// A nullable text parameter: libpqxx 6.4 sends a null const char* as SQL NULL.
inline const char* nullable(const std::optional<std::string>& value) {
    return value ? value->c_str() : nullptr;
}

inline std::optional<std::string> optionalText(const pqxx::field& field) {
    if (field.is_null())
        return std::nullopt;
    return field.as<std::string>();
}

// Timestamps are selected as integral Unix seconds (extract(epoch ...)::bigint), so no
// time-zone text is ever parsed.
inline std::chrono::sys_seconds timestamp(const pqxx::field& field) {
    return std::chrono::sys_seconds{std::chrono::seconds{field.as<long long>()}};
}

inline std::optional<std::chrono::sys_seconds> optionalSeconds(const pqxx::field& field) {
    if (field.is_null())
        return std::nullopt;
    return timestamp(field);
}

inline long long epoch(std::chrono::sys_seconds at) {
    return static_cast<long long>(at.time_since_epoch().count());
}

// Escapes LIKE wildcards so that a search for "50%" finds the text "50%".
inline std::string likePattern(const std::string& text) {
    std::string escaped;
    for (char c : text) {
        if (c == '%' || c == '_' || c == '\\')
            escaped += '\\';
        escaped += c;
    }
    return "%" + escaped + "%";
}

} // namespace meterdesk::store::sql

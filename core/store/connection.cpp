#include "connection.h"

#include "errors.h"

#include <pqxx/pqxx>

#include <cctype>

namespace meterdesk::store {

namespace {

// libpq accepts a URI or key=value pairs, but not both; extra settings go as
// key=value pairs when the URI is empty, and as query parameters otherwise.
std::string quoteConnectionValue(const std::string& value) {
    std::string quoted = "'";
    for (char c : value) {
        if (c == '\'' || c == '\\')
            quoted += '\\';
        quoted += c;
    }
    return quoted + "'";
}

std::string percentEncode(const std::string& value) {
    static constexpr char hex[] = "0123456789ABCDEF";
    std::string encoded;
    for (const char ch : value) {
        const auto c = static_cast<unsigned char>(ch);
        if (std::isalnum(c) || c == '-' || c == '_' || c == '.' || c == '~') {
            encoded += static_cast<char>(c);
        } else {
            encoded += '%';
            encoded += hex[c >> 4];
            encoded += hex[c & 0xF];
        }
    }
    return encoded;
}

std::string connectionString(const ConnectionSettings& settings) {
    if (settings.uri.empty()) {
        std::string options = "application_name=" + quoteConnectionValue(settings.applicationName);
        if (!settings.password.empty())
            options += " password=" + quoteConnectionValue(settings.password);
        return options;
    }
    const bool isUri =
        settings.uri.starts_with("postgresql://") || settings.uri.starts_with("postgres://");
    if (!isUri) {
        std::string options =
            settings.uri + " application_name=" + quoteConnectionValue(settings.applicationName);
        if (!settings.password.empty())
            options += " password=" + quoteConnectionValue(settings.password);
        return options;
    }
    std::string uri = settings.uri;
    uri += uri.find('?') == std::string::npos ? '?' : '&';
    uri += "application_name=" + percentEncode(settings.applicationName);
    if (!settings.password.empty())
        uri += "&password=" + percentEncode(settings.password);
    return uri;
}

} // namespace

std::unique_ptr<pqxx::connection> connect(const ConnectionSettings& settings) {
    return translatingErrors(
        [&] { return std::make_unique<pqxx::connection>(connectionString(settings)); });
}

} // namespace meterdesk::store

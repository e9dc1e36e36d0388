#include "errors.h"

#include <pqxx/pqxx>

namespace meterdesk::store {

StoreError::StoreError(Kind kind, const std::string& message, std::string sqlState)
    : std::runtime_error(message)
    , kind_(kind)
    , sqlState_(std::move(sqlState)) {}

StoreError::Kind kindForSqlState(const std::string& sqlState) {
    using Kind = StoreError::Kind;
    if (sqlState == "42501")
        return Kind::PermissionDenied;
    if (sqlState == "22023" || sqlState == "22P02" || sqlState == "22003")
        return Kind::InvalidArgument;
    if (sqlState.starts_with("23"))
        return Kind::ConstraintViolated;
    if (sqlState.starts_with("08") || sqlState == "57P01")
        return Kind::ConnectionLost;
    if (sqlState == "P0002")
        return Kind::NotFound;
    return Kind::Other;
}

namespace {

// PostgreSQL messages start with "ERROR:  " and may end with a context; the first
// line is what an operator needs.
std::string firstLineOf(const std::string& message) {
    std::string line = message.substr(0, message.find('\n'));
    constexpr std::string_view prefix = "ERROR:  ";
    if (line.starts_with(prefix))
        line.erase(0, prefix.size());
    return line;
}

} // namespace

void rethrowAsStoreError() {
    using Kind = StoreError::Kind;
    try {
        throw;
    } catch (const pqxx::broken_connection& e) {
        throw StoreError(Kind::ConnectionLost, firstLineOf(e.what()));
    } catch (const pqxx::insufficient_privilege& e) {
        // libpqxx 6.4 leaves sqlstate() empty for the classes it maps itself.
        throw StoreError(Kind::PermissionDenied, firstLineOf(e.what()), "42501");
    } catch (const pqxx::integrity_constraint_violation& e) {
        throw StoreError(Kind::ConstraintViolated, firstLineOf(e.what()), e.sqlstate());
    } catch (const pqxx::sql_error& e) {
        throw StoreError(kindForSqlState(e.sqlstate()), firstLineOf(e.what()), e.sqlstate());
    } catch (const pqxx::in_doubt_error& e) {
        throw StoreError(Kind::ConnectionLost, firstLineOf(e.what()));
    } catch (const std::exception& e) {
        throw StoreError(Kind::Other, e.what());
    }
}

} // namespace meterdesk::store

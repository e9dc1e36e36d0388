#pragma once

#include <stdexcept>
#include <string>

namespace meterdesk::store {

// Typed store errors, so that a caller (a dialog, the CLI) can say clearly what went
// wrong without knowing libpqxx or SQLSTATE codes.
class StoreError : public std::runtime_error {
public:
    enum class Kind {
        ConnectionLost,
        ConstraintViolated,
        StaleRowVersion,
        PermissionDenied,
        InvalidArgument,
        NotFound,
        MigrationRefused,
        Other,
    };

    StoreError(Kind kind, const std::string& message, std::string sqlState = {});

    Kind kind() const { return kind_; }
    const std::string& sqlState() const { return sqlState_; }

private:
    Kind kind_;
    std::string sqlState_;
};

// Maps a SQLSTATE to the kind of error an operator can act on.
StoreError::Kind kindForSqlState(const std::string& sqlState);

// Runs f and turns any libpqxx exception it throws into a StoreError.
template <typename F>
auto translatingErrors(F&& f) -> decltype(f());

[[noreturn]] void rethrowAsStoreError();

template <typename F>
auto translatingErrors(F&& f) -> decltype(f()) {
    try {
        return f();
    } catch (const StoreError&) {
        throw;
    } catch (...) {
        rethrowAsStoreError();
    }
}

} // namespace meterdesk::store

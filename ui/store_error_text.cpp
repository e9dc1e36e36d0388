#include "store_error_text.h"

#include <QCoreApplication>

namespace meterdesk::ui {

namespace {

// Q_DECLARE_TR_FUNCTIONS names the context both for StoreErrorText::tr() at run time and for
// lupdate, which cannot see through a helper function.
class StoreErrorText {
    Q_DECLARE_TR_FUNCTIONS(StoreErrorText)
};

} // namespace

QString describeStoreError(const store::StoreError& error, const QString& subject) {
    using Kind = store::StoreError::Kind;
    const QString detail = QString::fromUtf8(error.what());
    switch (error.kind()) {
    case Kind::StaleRowVersion:
        return StoreErrorText::tr(
                   "Someone else changed %1 after you opened it. Your edit is kept: reload to "
                   "compare, then save again.")
            .arg(subject);
    case Kind::PermissionDenied:
        return StoreErrorText::tr("The database refused: your role may not change %1.\n%2")
            .arg(subject, detail);
    case Kind::ConnectionLost:
        return StoreErrorText::tr(
                   "The connection to the database was lost, so %1 was not changed. Your input "
                   "is kept: try again once the status bar says connected.\n%2")
            .arg(subject, detail);
    case Kind::ConstraintViolated:
        return StoreErrorText::tr(
                   "The database refused the change to %1 because it breaks a rule:\n%2")
            .arg(subject, detail);
    case Kind::InvalidArgument:
        return StoreErrorText::tr("The database refused the change to %1:\n%2")
            .arg(subject, detail);
    case Kind::NotFound:
        return StoreErrorText::tr(
                   "%1 no longer exists: someone may have removed it. Reload to see the current "
                   "state.\n%2")
            .arg(subject, detail);
    case Kind::MigrationRefused:
    case Kind::Other:
        break;
    }
    return StoreErrorText::tr("Could not change %1:\n%2").arg(subject, detail);
}

QString storeErrorTitle(const store::StoreError& error) {
    using Kind = store::StoreError::Kind;
    switch (error.kind()) {
    case Kind::StaleRowVersion:
        return StoreErrorText::tr("Changed by someone else");
    case Kind::PermissionDenied:
        return StoreErrorText::tr("Not allowed");
    case Kind::ConnectionLost:
        return StoreErrorText::tr("Connection lost");
    case Kind::ConstraintViolated:
    case Kind::InvalidArgument:
        return StoreErrorText::tr("Refused by the database");
    case Kind::NotFound:
        return StoreErrorText::tr("Not found");
    case Kind::MigrationRefused:
    case Kind::Other:
        break;
    }
    return StoreErrorText::tr("Database error");
}

bool isAuthenticationFailure(const QString& reason) {
    return reason.contains(QLatin1String("password authentication failed")) ||
           reason.contains(QLatin1String("no password supplied")) ||
           reason.contains(QLatin1String("authentication failed"));
}

} // namespace meterdesk::ui

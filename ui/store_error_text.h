#pragma once

#include <store/errors.h>

#include <QString>

namespace meterdesk::ui {

// What the console tells an operator when the store refuses something. `subject`
// names what was being changed ("this tenant", "plan growth"), so the sentence can say
// what to do next; the database's own message follows where it helps.
QString describeStoreError(const store::StoreError& error, const QString& subject);

// A short title for a message box about the error ("Changed by someone else", ...).
QString storeErrorTitle(const store::StoreError& error);

// Whether the server refused the password (or wants one): then the console asks for it.
bool isAuthenticationFailure(const QString& reason);

} // namespace meterdesk::ui

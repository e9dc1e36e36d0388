#pragma once

#include <billing/validation.h>

#include <QString>

namespace meterdesk::models {

// A validation issue from the core in the operator's language. The core words its messages in
// English for logs and meterdeskctl, naming the offending value; the console translates them by
// their field and rule. In English, and for a rule without a translation, the core's own
// message is shown.
QString issueText(const billing::ValidationIssue& issue);

} // namespace meterdesk::models

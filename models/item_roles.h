#pragma once

#include <Qt>

namespace meterdesk::models {

// Roles shared by every model of the console, so a view or delegate needs to know only
// these names.
enum ItemRole {
    // The value behind the display text: µcr as qint64 for credits, a UTC QDateTime for
    // instants, the plain string or number otherwise. Views sort and delegates edit by it.
    RawValueRole = Qt::UserRole,
    // The database id of the row's entity (tenant, ledger entry, key, alert, audit entry).
    IdRole,
    // For an editable cell that breaks a validation rule: the message(s) saying why, joined
    // by newlines; an invalid QVariant when the cell is fine.
    ValidationMessageRole,
    // The first role a single model may define for itself.
    FirstModelSpecificRole = Qt::UserRole + 32,
};

} // namespace meterdesk::models

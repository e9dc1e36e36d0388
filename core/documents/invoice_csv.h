#pragma once

#include <store/invoices.h>

#include <QByteArray>

namespace meterdesk::documents {

// The invoice's lines as CSV (RFC 4180, UTF-8, CRLF) for spreadsheets and accounting imports:
// a header row, then one row per line with plain decimals ("1234.500000", '.' as the point) so
// that every locale reads them the same way. Columns: invoice, position, kind, description,
// service, endpoint, plan_version, from, until (ISO 8601 UTC), calls, units, credits, amount,
// currency, reference.
QByteArray invoiceLinesCsv(const store::Invoice& invoice);

} // namespace meterdesk::documents

#pragma once

#include <store/invoices.h>

#include <QJsonObject>

namespace meterdesk::documents {

// The invoice for machines. Amounts are exact integers named by their unit: *Ucr in
// micro-credits, *Minor in the currency's minor units (rate.currencyDecimals says how many);
// instants are ISO 8601 UTC; absent values are null. Stable keys: scripts rely on them.
QJsonObject invoiceToJson(const store::Invoice& invoice);

} // namespace meterdesk::documents

#pragma once

#include <billing/invoice.h>
#include <billing/money.h>

#include <QLocale>
#include <QString>

#include <cstdint>

// Exact amounts as text, for people (grouped, in the operator's locale) and for machines (plain
// decimals). Integers all the way: no amount passes through floating point.
namespace meterdesk::documents {

// `scaled` / 10^decimals in the locale: "1,234.50" in en_US, "1.234,50" in de_DE. Trailing zeros
// beyond minimumDecimals are dropped.
QString formatDecimal(std::int64_t scaled, int decimals, int minimumDecimals,
                      const QLocale& locale);

// "1,234.5" (two to six decimals).
QString formatCredits(billing::Credits amount, const QLocale& locale);

// "1,234.56 EUR", with the currency's own number of decimals.
QString formatMoney(std::int64_t minorUnits, const billing::CurrencyRate& rate,
                    const QLocale& locale);

// "2.5 %" for 250 basis points.
QString formatBasisPoints(std::int64_t basisPoints, const QLocale& locale);

// The price of one credit in the currency: "0.01 EUR".
QString formatCreditPrice(const billing::CurrencyRate& rate, const QLocale& locale);

// "-1234.500000": no grouping, '.' as the point, every decimal; for CSV.
QString plainDecimal(std::int64_t scaled, int decimals);

} // namespace meterdesk::documents

#pragma once

#include <billing/money.h>

#include <QDateTime>
#include <QLocale>
#include <QString>

#include <chrono>
#include <optional>

namespace meterdesk::models {

// How amounts and instants look on screen. Storage stays integer µcr and UTC; only these
// functions turn them into the operator's locale and time zone.

// "1,234.50" in en_US, "1.234,50" in de_DE: grouped, at least two and at most six decimals,
// exact (no floating point on the way).
QString formatCredits(billing::Credits amount, const QLocale& locale = QLocale());

// The text an editor starts from: no grouping, all significant decimals, the locale's decimal
// separator ("1234.5", "1234,5").
QString editableCredits(billing::Credits amount, const QLocale& locale = QLocale());

// Reads what an operator typed as credits: an optional '-', digits, and up to six decimals
// after the locale's decimal separator or '.'. Surrounding spaces are ignored. On failure
// returns nothing and, when `reason` is given, says why in a sentence for the operator.
std::optional<billing::Credits> parseCredits(const QString& text, QString* reason = nullptr,
                                             const QLocale& locale = QLocale());

// An instant in UTC as a QDateTime (Qt::UTC), for sorting and for the raw-value role.
QDateTime utcDateTime(std::chrono::sys_seconds instant);
QDateTime utcDateTime(std::chrono::sys_time<std::chrono::microseconds> instant);

// The instant in the operator's local time, short locale format.
QString formatLocalTime(std::chrono::sys_seconds instant, const QLocale& locale = QLocale());
QString formatLocalTime(std::chrono::sys_time<std::chrono::microseconds> instant,
                        const QLocale& locale = QLocale());

} // namespace meterdesk::models

#pragma once

#include <billing/money.h>
#include <billing/token_amount.h>
#include <billing/validation.h>

#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QTest>

#include <chrono>

// Readable QCOMPARE failures for billing values (QTest finds these by argument-dependent
// lookup) and a compact way to write UTC instants in test tables.
namespace meterdesk::billing {

inline char* toString(const Credits& amount) {
    return QTest::toString(QString::fromStdString(amount.toString() + " credits"));
}

inline char* toString(const TokenAmount& amount) {
    return QTest::toString(QString::fromStdString(amount.toDecimalString(0) + " base units"));
}

} // namespace meterdesk::billing

namespace billing_test {

// "2026-11-25T10:00:00Z" as a sys_seconds; an unreadable text is a bug in the test table.
inline std::chrono::sys_seconds utc(const QString& isoText) {
    const QDateTime parsed = QDateTime::fromString(isoText, Qt::ISODate);
    if (!parsed.isValid()) {
        qFatal("bad ISO time in test table: %s", qPrintable(isoText));
    }
    return std::chrono::sys_seconds{std::chrono::seconds{parsed.toSecsSinceEpoch()}};
}

inline meterdesk::billing::Credits credits(const char* text) {
    return meterdesk::billing::Credits::parse(text);
}

// The message of the Error that `action` throws, or a null QString when it returns normally.
// Any other exception escapes and fails the test.
template <typename Error, typename Action>
QString thrownMessage(Action&& action) {
    try {
        action();
    } catch (const Error& error) {
        return QString::fromUtf8(error.what());
    }
    return {};
}

// "field rule" per issue, in order: compact to compare against a test table.
inline QStringList fieldsOf(const meterdesk::billing::ValidationIssues& issues) {
    QStringList fields;
    for (const auto& issue : issues) {
        fields << QString::fromStdString(issue.field + " " + issue.rule);
    }
    return fields;
}

} // namespace billing_test

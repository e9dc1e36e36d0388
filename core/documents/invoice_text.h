#pragma once

#include <store/invoices.h>

#include <QCoreApplication>
#include <QLocale>
#include <QString>

#include <chrono>

namespace meterdesk::documents {

// The words and dates of an invoice in the operator's language (tr(); German and French come as
// .qm files). Dates are UTC calendar dates: an invoice states its period in UTC.
class InvoiceText {
    Q_DECLARE_TR_FUNCTIONS(meterdesk::documents::InvoiceText)

public:
    explicit InvoiceText(QLocale locale = QLocale());

    const QLocale& locale() const { return locale_; }

    // "Invoice", "Credit note"; "Draft invoice" until issued.
    QString title(const store::Invoice& invoice) const;
    // The number, or "not issued yet" for a draft.
    QString number(const store::Invoice& invoice) const;
    QString status(store::InvoiceStatus status) const;
    // "November 2026" for a calendar month, "3 Nov 2026 – 16 Nov 2026" otherwise (last day
    // inclusive).
    QString period(const store::InvoicePeriod& period) const;
    QString date(std::chrono::sys_seconds at) const;

    // A line's first row: "search /v1/query", "Monthly allowance", ...
    QString itemTitle(const store::InvoiceItem& item) const;
    // A line's second row: tariff version, dates covered and list prices, or an escrow
    // settlement's transaction.
    QString itemDetail(const store::InvoiceItem& item, const std::string& planCode) const;

private:
    QString lastDay(std::chrono::sys_seconds end) const;

    QLocale locale_;
};

} // namespace meterdesk::documents

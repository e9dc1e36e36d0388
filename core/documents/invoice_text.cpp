#include "invoice_text.h"

#include "amount_text.h"

#include <QDateTime>
#include <QStringList>

namespace meterdesk::documents {

namespace {

using store::InvoiceLineKind;

QDate utcDate(std::chrono::sys_seconds at) {
    return QDateTime::fromSecsSinceEpoch(at.time_since_epoch().count(), Qt::UTC).date();
}

} // namespace

InvoiceText::InvoiceText(QLocale locale)
    : locale_(std::move(locale)) {}

QString InvoiceText::title(const store::Invoice& invoice) const {
    if (invoice.status == store::InvoiceStatus::Draft)
        return invoice.isCreditNote() ? tr("Draft credit note") : tr("Draft invoice");
    return invoice.isCreditNote() ? tr("Credit note") : tr("Invoice");
}

QString InvoiceText::number(const store::Invoice& invoice) const {
    return invoice.number ? QString::fromStdString(*invoice.number) : tr("not issued yet");
}

QString InvoiceText::status(store::InvoiceStatus status) const {
    switch (status) {
    case store::InvoiceStatus::Draft:
        return tr("draft");
    case store::InvoiceStatus::Issued:
        return tr("issued");
    case store::InvoiceStatus::Void:
        return tr("void");
    }
    return {};
}

// The pattern is translated because the order and punctuation of a date are the language's
// ("3 Nov 2026", "3. Nov. 2026"); the month names come from the locale.
QString InvoiceText::date(std::chrono::sys_seconds at) const {
    //: QDate format pattern of dates on invoices: d day, MMM abbreviated month, yyyy year.
    return locale_.toString(utcDate(at), tr("d MMM yyyy"));
}

// The period's end is exclusive; people read the last day included.
QString InvoiceText::lastDay(std::chrono::sys_seconds end) const {
    return date(end - std::chrono::seconds{1});
}

QString InvoiceText::period(const store::InvoicePeriod& period) const {
    const QDate first = utcDate(period.start);
    const bool calendarMonth = first.day() == 1 && utcDate(period.end) == first.addMonths(1) &&
                               period.start.time_since_epoch().count() % 86400 == 0 &&
                               period.end.time_since_epoch().count() % 86400 == 0;
    if (calendarMonth)
        //: QDate format pattern of a calendar month on invoices: MMMM month name, yyyy year.
        return locale_.toString(first, tr("MMMM yyyy"));
    return tr("%1 – %2").arg(date(period.start), lastDay(period.end));
}

QString InvoiceText::itemTitle(const store::InvoiceItem& item) const {
    switch (item.kind) {
    case InvoiceLineKind::Usage:
        return QString::fromStdString(item.service + " " + item.endpoint);
    case InvoiceLineKind::Allowance:
        return tr("Monthly allowance");
    case InvoiceLineKind::Refund:
        return tr("Refunded credits");
    case InvoiceLineKind::Escrow:
        return tr("Escrow settlement");
    }
    return QString::fromStdString(item.description);
}

QString InvoiceText::itemDetail(const store::InvoiceItem& item, const std::string& planCode) const {
    QStringList parts;
    switch (item.kind) {
    case InvoiceLineKind::Usage:
        if (item.planVersion) {
            parts << tr("plan %1, version %2")
                         .arg(QString::fromStdString(planCode))
                         .arg(*item.planVersion);
        }
        if (item.coversFrom && item.coversUntil)
            parts << tr("%1 – %2").arg(date(*item.coversFrom), lastDay(*item.coversUntil));
        if (item.perCall && !item.perCall->isZero())
            parts << tr("%1 credits per call").arg(formatCredits(*item.perCall, locale_));
        if (item.perUnit && !item.perUnit->isZero())
            parts << tr("%1 credits per unit").arg(formatCredits(*item.perUnit, locale_));
        break;
    case InvoiceLineKind::Allowance:
        parts << tr("free credits of the period, applied to usage first");
        break;
    case InvoiceLineKind::Refund:
        parts << tr("credits returned to the account in the period");
        break;
    case InvoiceLineKind::Escrow:
        if (item.coversFrom)
            parts << date(*item.coversFrom);
        parts << tr("transaction %1").arg(QString::fromStdString(item.reference));
        break;
    }
    return parts.join(QStringLiteral(" · "));
}

} // namespace meterdesk::documents

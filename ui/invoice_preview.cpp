#include "invoice_preview.h"

#include <documents/amount_text.h>
#include <documents/invoice_text.h>
#include <models/display_format.h>

#include <utility>

namespace meterdesk::ui {

namespace {

QString escaped(const std::string& text) {
    return QString::fromStdString(text).toHtmlEscaped();
}

QString cell(const QString& text, bool right = false) {
    return (right ? QStringLiteral("<td align=\"right\">") : QStringLiteral("<td>")) + text +
           QStringLiteral("</td>");
}

QString headerCell(const QString& text, bool right = false) {
    return (right ? QStringLiteral("<th align=\"right\">")
                  : QStringLiteral("<th align=\"left\">")) +
           text.toHtmlEscaped() + QStringLiteral("</th>");
}

} // namespace

InvoicePreview::InvoicePreview(QLocale locale)
    : locale_(std::move(locale)) {}

QString InvoicePreview::statusLine(const store::Invoice& invoice, bool computed) const {
    const documents::InvoiceText text(locale_);
    if (computed)
        return tr("Computed now from the rollups; not saved. Issuing stores exactly this.");
    switch (invoice.status) {
    case store::InvoiceStatus::Draft:
        return tr("Saved draft: issuing computes it again from the rollups.");
    case store::InvoiceStatus::Issued:
        return tr("Issued %1 by %2; sealed, SHA-256 %3…")
            .arg(invoice.issuedAt ? models::formatLocalTime(*invoice.issuedAt, locale_) : QString(),
                 escaped(invoice.issuedBy),
                 QString::fromStdString(invoice.contentSha256.substr(0, 12)));
    case store::InvoiceStatus::Void:
        return tr("Void since %1: %2")
            .arg(invoice.voidedAt ? models::formatLocalTime(*invoice.voidedAt, locale_) : QString(),
                 escaped(invoice.voidReason));
    }
    return text.status(invoice.status);
}

QString InvoicePreview::linesTable(const store::Invoice& invoice) const {
    const documents::InvoiceText text(locale_);
    if (invoice.items.empty())
        return QStringLiteral("<p><i>%1</i></p>").arg(tr("No usage in this period."));
    QString html = QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"3\">"
                                  "<tr bgcolor=\"#eef2f7\">");
    html += headerCell(QStringLiteral("#"), true) + headerCell(tr("Description")) +
            headerCell(tr("Calls"), true) + headerCell(tr("Units"), true) +
            headerCell(tr("Credits"), true) +
            headerCell(tr("Amount (%1)").arg(QString::fromStdString(invoice.rate.currency)), true) +
            QStringLiteral("</tr>");
    for (const store::InvoiceItem& item : invoice.items) {
        const QString detail = text.itemDetail(item, invoice.customer.planCode);
        QString description = text.itemTitle(item).toHtmlEscaped();
        if (!detail.isEmpty())
            description += QStringLiteral("<br><small><font color=\"#6b7785\">%1</font></small>")
                               .arg(detail.toHtmlEscaped());
        const bool usage = item.kind == store::InvoiceLineKind::Usage;
        html += QStringLiteral("<tr>") + cell(QString::number(item.position), true) +
                cell(description) + cell(usage ? locale_.toString(item.calls) : QString(), true) +
                cell(usage ? locale_.toString(item.units) : QString(), true) +
                cell(documents::formatCredits(item.amount, locale_), true) +
                cell(documents::formatMoney(item.amountMinor, invoice.rate, locale_), true) +
                QStringLiteral("</tr>");
    }
    return html + QStringLiteral("</table>");
}

QString InvoicePreview::totalsTable(const store::Invoice& invoice) const {
    const auto row = [&](const QString& label, billing::Credits credits, std::int64_t minor,
                         bool strong) {
        const QString open = strong ? QStringLiteral("<b>") : QString();
        const QString close = strong ? QStringLiteral("</b>") : QString();
        return QStringLiteral("<tr>") + cell(open + label.toHtmlEscaped() + close) +
               cell(open + documents::formatCredits(credits, locale_) + close, true) +
               cell(open + documents::formatMoney(minor, invoice.rate, locale_) + close, true) +
               QStringLiteral("</tr>");
    };
    const auto& credits = invoice.totals;
    const auto& money = invoice.currencyTotals;
    QString html = QStringLiteral("<table align=\"right\" cellspacing=\"0\" cellpadding=\"3\">");
    html += row(tr("Subtotal"), credits.subtotal, money.subtotal, false);
    html +=
        row(tr("Platform fee (%1)")
                .arg(documents::formatBasisPoints(invoice.fees.platformFeeBasisPoints, locale_)),
            credits.platformFee, money.platformFee, false);
    html +=
        row(tr("Tax (%1)").arg(documents::formatBasisPoints(invoice.fees.taxBasisPoints, locale_)),
            credits.tax, money.tax, false);
    html += row(invoice.isCreditNote() ? tr("Total credited") : tr("Total due"), credits.total,
                money.total, true);
    return html + QStringLiteral("</table>");
}

QString InvoicePreview::html(const store::Invoice& invoice, bool computed) const {
    const documents::InvoiceText text(locale_);
    const auto& customer = invoice.customer;
    QString html =
        QStringLiteral("<h2>%1 %2</h2>")
            .arg(text.title(invoice).toHtmlEscaped(), text.number(invoice).toHtmlEscaped());
    html += QStringLiteral("<p><i>%1</i></p>").arg(statusLine(invoice, computed));
    if (invoice.creditNoteForNumber)
        html += QStringLiteral("<p>%1</p>")
                    .arg(tr("Corrects invoice %1").arg(escaped(*invoice.creditNoteForNumber)));
    html +=
        QStringLiteral("<p><b>%1</b> (%2)<br>%3<br>%4</p>")
            .arg(escaped(customer.name), escaped(customer.slug),
                 tr("Period %1 · plan %2 · region %3")
                     .arg(text.period(invoice.period).toHtmlEscaped(), escaped(customer.planCode),
                          customer.region.empty() ? tr("none") : escaped(customer.region)),
                 tr("Price of a credit: %1")
                     .arg(documents::formatCreditPrice(invoice.rate, locale_).toHtmlEscaped()));
    html += linesTable(invoice);
    html += QStringLiteral("<br>") + totalsTable(invoice);
    return html;
}

} // namespace meterdesk::ui

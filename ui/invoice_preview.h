#pragma once

#include <store/invoices.h>

#include <QCoreApplication>
#include <QLocale>
#include <QString>

namespace meterdesk::ui {

// An invoice as the Invoices page previews it, in rich text for a QTextBrowser: what it is
// (number and status), for whom and when, every line, the totals in credits and in the
// currency. The words are the PDF's own (documents::InvoiceText), so the preview and the
// exported document read alike.
class InvoicePreview {
    Q_DECLARE_TR_FUNCTIONS(meterdesk::ui::InvoicePreview)

public:
    explicit InvoicePreview(QLocale locale = QLocale());

    // `computed`: a draft built on demand, not stored anywhere (said in the heading).
    QString html(const store::Invoice& invoice, bool computed) const;

private:
    QString statusLine(const store::Invoice& invoice, bool computed) const;
    QString linesTable(const store::Invoice& invoice) const;
    QString totalsTable(const store::Invoice& invoice) const;

    QLocale locale_;
};

} // namespace meterdesk::ui

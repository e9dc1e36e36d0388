#pragma once

#include <store/invoices.h>

#include <QByteArray>
#include <QLocale>

class QIODevice;

namespace meterdesk::documents {

// An invoice as an A4 PDF in the operator's language: logo, issuer and customer, number, dates
// and period, the lines in a table that continues across pages under a repeated header, the
// totals, the period's credit account, and on every page a footer with "page x of y". Drafts
// and void invoices carry a watermark. Needs a QGuiApplication (for fonts); independent
// renderers may run on several threads at once.
class InvoicePdf {
public:
    explicit InvoicePdf(store::Invoice invoice, QLocale locale = QLocale());

    // Throws std::runtime_error when the device is not writable.
    void write(QIODevice& device) const;
    QByteArray toByteArray() const;

private:
    store::Invoice invoice_;
    QLocale locale_;
};

} // namespace meterdesk::documents

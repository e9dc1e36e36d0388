#include "invoice_csv.h"

#include "amount_text.h"

#include <QDateTime>
#include <QStringList>

namespace meterdesk::documents {

namespace {

QString quoted(const QString& field) {
    const bool needsQuotes = field.contains(u',') || field.contains(u'"') ||
                             field.contains(u'\n') || field.contains(u'\r');
    if (!needsQuotes)
        return field;
    QString escaped = field;
    escaped.replace(u'"', QStringLiteral("\"\""));
    return u'"' + escaped + u'"';
}

// Text from gateways (services, endpoints) must not become a spreadsheet formula when the file
// is opened: such a field gets a leading apostrophe, as OWASP advises. Numbers never get one.
QString text(const std::string& value) {
    QString field = QString::fromStdString(value);
    static const QString formulaStarts = QStringLiteral("=+-@\t\r");
    if (!field.isEmpty() && formulaStarts.contains(field.front()))
        field.prepend(u'\'');
    return field;
}

QString isoUtc(const std::optional<std::chrono::sys_seconds>& at) {
    if (!at)
        return {};
    return QDateTime::fromSecsSinceEpoch(at->time_since_epoch().count(), Qt::UTC)
        .toString(Qt::ISODate);
}

QByteArray record(const QStringList& fields) {
    QStringList escaped;
    for (const QString& field : fields)
        escaped << quoted(field);
    return escaped.join(u',').toUtf8() + "\r\n";
}

} // namespace

QByteArray invoiceLinesCsv(const store::Invoice& invoice) {
    const QString id = invoice.number ? QString::fromStdString(*invoice.number)
                                      : QStringLiteral("draft-%1").arg(invoice.id);
    const QString currency = QString::fromStdString(invoice.rate.currency);
    QByteArray csv =
        record({"invoice", "position", "kind", "description", "service", "endpoint", "plan_version",
                "from", "until", "calls", "units", "credits", "amount", "currency", "reference"});
    for (const auto& item : invoice.items) {
        csv += record({
            id,
            QString::number(item.position),
            QString::fromUtf8(store::toString(item.kind)),
            text(item.description),
            text(item.service),
            text(item.endpoint),
            item.planVersion ? QString::number(*item.planVersion) : QString(),
            isoUtc(item.coversFrom),
            isoUtc(item.coversUntil),
            QString::number(item.calls),
            QString::number(item.units),
            plainDecimal(item.amount.micros(), static_cast<int>(billing::Credits::kMaxDecimals)),
            plainDecimal(item.amountMinor, invoice.rate.currencyDecimals),
            currency,
            text(item.reference),
        });
    }
    return csv;
}

} // namespace meterdesk::documents

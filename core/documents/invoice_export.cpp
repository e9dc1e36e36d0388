#include "invoice_export.h"

#include "invoice_csv.h"
#include "invoice_json.h"
#include "invoice_pdf.h"

#include <QFile>
#include <QJsonDocument>

#include <filesystem>
#include <stdexcept>

namespace meterdesk::documents {

std::optional<ExportFormat> exportFormatFromName(const QString& name) {
    for (auto format : {ExportFormat::Pdf, ExportFormat::Csv, ExportFormat::Json}) {
        if (name.compare(suffix(format), Qt::CaseInsensitive) == 0)
            return format;
    }
    return std::nullopt;
}

QString suffix(ExportFormat format) {
    switch (format) {
    case ExportFormat::Pdf:
        return QStringLiteral("pdf");
    case ExportFormat::Csv:
        return QStringLiteral("csv");
    case ExportFormat::Json:
        return QStringLiteral("json");
    }
    return {};
}

QString exportFileName(const store::Invoice& invoice, ExportFormat format) {
    const QString stem =
        invoice.number ? QString::fromStdString(*invoice.number)
                       : QStringLiteral("DRAFT_") + QString::fromStdString(invoice.period.label());
    // Slugs are [a-z0-9-], safe in any file system.
    return stem + u'_' + QString::fromStdString(invoice.customer.slug) + u'.' + suffix(format);
}

namespace {

[[noreturn]] void cannotWrite(const QString& path, const QString& reason) {
    throw std::runtime_error("cannot write " + path.toStdString() + ": " + reason.toStdString());
}

QByteArray documentBytes(const store::Invoice& invoice, ExportFormat format,
                         const QLocale& locale) {
    switch (format) {
    case ExportFormat::Pdf:
        return InvoicePdf(invoice, locale).toByteArray();
    case ExportFormat::Csv:
        return invoiceLinesCsv(invoice);
    case ExportFormat::Json:
        return QJsonDocument(invoiceToJson(invoice)).toJson(QJsonDocument::Indented);
    }
    return {};
}

} // namespace

void exportInvoice(const store::Invoice& invoice, ExportFormat format, const QString& path,
                   const QLocale& locale) {
    // Written beside the target and renamed over it: a reader never sees half an invoice, and a
    // failure leaves nothing behind. Not synced to disk, unlike QSaveFile: an export can always
    // be made again from the database, and a run of a thousand would otherwise wait for a
    // thousand disk flushes.
    const QString partial = path + QStringLiteral(".part");
    QFile file(partial);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        cannotWrite(path, file.errorString());
    const QByteArray bytes = documentBytes(invoice, format, locale);
    const bool written = file.write(bytes) == bytes.size() && file.flush();
    const QString writeError = file.errorString();
    file.close();
    std::error_code renameError;
    if (written)
        std::filesystem::rename(partial.toStdString(), path.toStdString(), renameError);
    if (!written || renameError) {
        QFile::remove(partial);
        cannotWrite(path, written ? QString::fromStdString(renameError.message()) : writeError);
    }
}

} // namespace meterdesk::documents

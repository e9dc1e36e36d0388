#pragma once

#include <store/invoices.h>

#include <QLocale>
#include <QString>

#include <optional>

namespace meterdesk::documents {

enum class ExportFormat { Pdf, Csv, Json };

// "pdf", "csv", "json" (any case); nothing for anything else.
std::optional<ExportFormat> exportFormatFromName(const QString& name);
QString suffix(ExportFormat format);

// Predictable names, so that a folder of exports sorts by number and scripts can find a file:
// "MD-2026-000042_acme.pdf" for an issued invoice, "DRAFT_2026-11_acme.pdf" before issuing.
QString exportFileName(const store::Invoice& invoice, ExportFormat format);

// Writes the invoice to `path` in `format` (PDF in the locale's language), replacing the file
// at once when it exists. Throws std::runtime_error naming the file when it cannot be written;
// nothing is left behind then.
void exportInvoice(const store::Invoice& invoice, ExportFormat format, const QString& path,
                   const QLocale& locale = QLocale());

} // namespace meterdesk::documents

#pragma once

#include <documents/invoice_export.h>
#include <models/database_session.h>
#include <store/invoices.h>

#include <QDir>
#include <QLocale>
#include <QObject>
#include <QPointer>
#include <QStringList>

#include <cstdint>
#include <vector>

namespace meterdesk::ui {

// Exports invoices into a folder, one invoice at a time and never on the GUI thread: each
// invoice is read by a job on the database session, then its files are written on the global
// thread pool. Every file gets its predictable name (documents::exportFileName) and is written
// beside its target and renamed over it, so cancel() -- which takes effect between invoices --
// leaves only complete files, and every invoice exported has all its formats. One run per job.
class InvoiceExportJob : public QObject {
    Q_OBJECT

public:
    struct Target {
        std::int64_t tenantId = 0;
        std::int64_t invoiceId = 0;
    };

    struct Outcome {
        QStringList files;
        int exported = 0;
        int total = 0;
        bool cancelled = false;
        QString error; // what stopped the export; empty when it ran to its end or was cancelled
    };

    InvoiceExportJob(models::DatabaseSession& session, QDir folder,
                     std::vector<documents::ExportFormat> formats, QLocale locale = QLocale(),
                     QObject* parent = nullptr);

    // Exports these invoices.
    void start(std::vector<Target> targets);
    // Exports every issued invoice (credit notes included) of the period, for all tenants.
    void startPeriod(const store::InvoicePeriod& period);
    // Stops before the next invoice; the one being written is finished first.
    void cancel();

    bool isRunning() const { return running_; }

signals:
    // The invoices to export are known (total) or one more is done.
    void progressed(int exported, int total);
    void finished(const meterdesk::ui::InvoiceExportJob::Outcome& outcome);

private:
    void exportNext();
    void written(const QStringList& files, const QString& error);
    void finish(const QString& error = {});

    models::DatabaseSession& session_;
    QDir folder_;
    std::vector<documents::ExportFormat> formats_;
    QLocale locale_;
    std::vector<Target> targets_;
    std::size_t next_ = 0;
    Outcome outcome_;
    bool running_ = false;
    bool cancelRequested_ = false;
};

} // namespace meterdesk::ui

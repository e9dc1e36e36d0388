#include "invoice_export_job.h"

#include <QCoreApplication>
#include <QMetaObject>
#include <QThreadPool>

#include <exception>
#include <utility>

namespace meterdesk::ui {

InvoiceExportJob::InvoiceExportJob(models::DatabaseSession& session, QDir folder,
                                   std::vector<documents::ExportFormat> formats, QLocale locale,
                                   QObject* parent)
    : QObject(parent)
    , session_(session)
    , folder_(std::move(folder))
    , formats_(std::move(formats))
    , locale_(std::move(locale)) {}

void InvoiceExportJob::start(std::vector<Target> targets) {
    running_ = true;
    targets_ = std::move(targets);
    next_ = 0;
    outcome_ = {};
    outcome_.total = static_cast<int>(targets_.size());
    if (!folder_.mkpath(QStringLiteral("."))) {
        finish(tr("Cannot create the folder %1").arg(folder_.path()));
        return;
    }
    emit progressed(0, outcome_.total);
    exportNext();
}

void InvoiceExportJob::startPeriod(const store::InvoicePeriod& period) {
    running_ = true;
    session_.run(
        this,
        [period](pqxx::connection& connection) {
            std::vector<Target> targets;
            for (const auto& header :
                 store::InvoiceRepository(connection)
                     .list({period, std::nullopt, store::InvoiceStatus::Issued}))
                targets.push_back({header.customer.tenantId, header.id});
            return targets;
        },
        [this](std::vector<Target> targets) { start(std::move(targets)); },
        [this](const store::StoreError& error) { finish(QString::fromUtf8(error.what())); },
        models::Retry::OnReconnect);
}

void InvoiceExportJob::cancel() {
    cancelRequested_ = true;
}

void InvoiceExportJob::exportNext() {
    if (cancelRequested_) {
        outcome_.cancelled = true;
        finish();
        return;
    }
    if (next_ == targets_.size()) {
        finish();
        return;
    }
    const Target target = targets_[next_++];
    session_.run(
        this,
        [target](pqxx::connection& connection) {
            return store::InvoiceRepository(connection).find(target.tenantId, target.invoiceId);
        },
        [this, target](std::optional<store::Invoice> invoice) {
            if (!invoice) {
                finish(tr("Invoice %1 of tenant %2 no longer exists")
                           .arg(target.invoiceId)
                           .arg(target.tenantId));
                return;
            }
            // Rendering takes longer than reading: off the database's thread too, so other
            // pages' reads are not held up behind it.
            QPointer<InvoiceExportJob> self(this);
            QThreadPool::globalInstance()->start([self, invoice = std::move(*invoice),
                                                  folder = folder_, formats = formats_,
                                                  locale = locale_] {
                QStringList files;
                QString error;
                try {
                    for (const auto format : formats) {
                        const QString path =
                            folder.filePath(documents::exportFileName(invoice, format));
                        documents::exportInvoice(invoice, format, path, locale);
                        files << path;
                    }
                } catch (const std::exception& e) {
                    error = QString::fromUtf8(e.what());
                }
                // self is looked at on the GUI thread only, where it may be destroyed.
                QMetaObject::invokeMethod(
                    QCoreApplication::instance(),
                    [self, files, error] {
                        if (self)
                            self->written(files, error);
                    },
                    Qt::QueuedConnection);
            });
        },
        [this](const store::StoreError& error) { finish(QString::fromUtf8(error.what())); },
        models::Retry::OnReconnect);
}

void InvoiceExportJob::written(const QStringList& files, const QString& error) {
    outcome_.files << files;
    if (!error.isEmpty()) {
        finish(error);
        return;
    }
    ++outcome_.exported;
    emit progressed(outcome_.exported, outcome_.total);
    exportNext();
}

void InvoiceExportJob::finish(const QString& error) {
    running_ = false;
    outcome_.error = error;
    emit finished(outcome_);
}

} // namespace meterdesk::ui

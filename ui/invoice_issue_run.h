#pragma once

#include <models/database_session.h>
#include <store/invoices.h>

#include <QObject>
#include <QStringList>

#include <cstdint>
#include <memory>
#include <vector>

namespace meterdesk::store {
class InvoiceRun;
}

namespace meterdesk::ui {

// Issues the invoices of every tenant of a period that has usage and no issued invoice yet
// (a saved draft is replaced by the fresh one), one tenant per job on the database session so
// the console stays responsive and cancel() takes effect between tenants. Each invoice is
// issued in its own transaction: a cancelled or failed run leaves whole invoices only, and the
// numbers stay gapless. A tenant that fails is reported and skipped, as meterdeskctl's
// export-all --issue does. One run per object.
class InvoiceIssueRun : public QObject {
    Q_OBJECT

public:
    struct Outcome {
        QStringList numbers;  // issued, in order
        QStringList failures; // "tenant-slug: reason"
        int total = 0;        // tenants to issue
        bool cancelled = false;
        QString error; // what stopped the run before it started issuing
    };

    InvoiceIssueRun(models::DatabaseSession& session, store::InvoicePeriod period,
                    QObject* parent = nullptr);
    ~InvoiceIssueRun() override;

    void start();
    // Stops before the next tenant; the invoice being issued is finished first.
    void cancel();
    bool isRunning() const { return running_; }

signals:
    void progressed(int done, int total);
    void finished(const meterdesk::ui::InvoiceIssueRun::Outcome& outcome);

private:
    struct Loaded;
    void issueNext();
    void finish(const QString& error = {});

    models::DatabaseSession& session_;
    store::InvoicePeriod period_;
    std::shared_ptr<const Loaded> loaded_;
    std::size_t next_ = 0;
    Outcome outcome_;
    bool running_ = false;
    bool cancelRequested_ = false;
};

} // namespace meterdesk::ui

#include "invoice_issue_run.h"

#include <store/invoice_builder.h>

#include <optional>
#include <utility>

namespace meterdesk::ui {

// The period as read once at the start (InvoiceRun reads the whole period's rollups in one
// pass) and the tenants still to issue. Shared with the jobs, which run on the session's thread.
struct InvoiceIssueRun::Loaded {
    std::unique_ptr<store::InvoiceRun> run;
    std::vector<std::int64_t> tenants;
};

namespace {

bool hasIssuedInvoice(store::InvoiceRepository& invoices, std::int64_t tenant,
                      const store::InvoicePeriod& period) {
    for (const auto& header : invoices.list({period, tenant, store::InvoiceStatus::Issued})) {
        if (!header.isCreditNote())
            return true;
    }
    return false;
}

// What issuing one tenant came to: its number, or why not (nothing when another operator
// issued it meanwhile, which is not a failure).
struct TenantResult {
    std::optional<std::string> number;
    std::string failure;
};

} // namespace

InvoiceIssueRun::InvoiceIssueRun(models::DatabaseSession& session, store::InvoicePeriod period,
                                 QObject* parent)
    : QObject(parent)
    , session_(session)
    , period_(period) {}

InvoiceIssueRun::~InvoiceIssueRun() = default;

void InvoiceIssueRun::start() {
    running_ = true;
    session_.run(
        this,
        [period = period_](pqxx::connection& connection) {
            auto loaded = std::make_shared<Loaded>();
            loaded->run = std::make_unique<store::InvoiceRun>(connection, period);
            store::InvoiceRepository invoices(connection);
            for (const auto tenant : loaded->run->tenants()) {
                if (!hasIssuedInvoice(invoices, tenant, period))
                    loaded->tenants.push_back(tenant);
            }
            return std::shared_ptr<const Loaded>(std::move(loaded));
        },
        [this](std::shared_ptr<const Loaded> loaded) {
            loaded_ = std::move(loaded);
            outcome_.total = static_cast<int>(loaded_->tenants.size());
            emit progressed(0, outcome_.total);
            issueNext();
        },
        [this](const store::StoreError& error) { finish(QString::fromUtf8(error.what())); });
}

void InvoiceIssueRun::cancel() {
    cancelRequested_ = true;
}

void InvoiceIssueRun::issueNext() {
    if (cancelRequested_) {
        outcome_.cancelled = true;
        finish();
        return;
    }
    if (next_ == loaded_->tenants.size()) {
        finish();
        return;
    }
    const std::int64_t tenant = loaded_->tenants[next_++];
    session_.run(
        this,
        [loaded = loaded_, tenant, period = period_](pqxx::connection& connection) {
            store::InvoiceRepository invoices(connection);
            TenantResult result;
            try {
                result.number = invoices.issueNew(loaded->run->build(connection, tenant)).number;
            } catch (const std::exception& e) {
                if (!hasIssuedInvoice(invoices, tenant, period))
                    result.failure = "tenant " + std::to_string(tenant) + ": " + e.what();
            }
            return result;
        },
        [this](TenantResult result) {
            if (result.number)
                outcome_.numbers << QString::fromStdString(*result.number);
            if (!result.failure.empty())
                outcome_.failures << QString::fromStdString(result.failure);
            emit progressed(static_cast<int>(next_), outcome_.total);
            issueNext();
        },
        [this](const store::StoreError& error) { finish(QString::fromUtf8(error.what())); });
}

void InvoiceIssueRun::finish(const QString& error) {
    running_ = false;
    outcome_.error = error;
    emit finished(outcome_);
}

} // namespace meterdesk::ui

#pragma once

#include "console_page.h"
#include "invoice_export_job.h"
#include "invoice_issue_run.h"

#include <models/database_session.h>
#include <store/invoice_listing.h>
#include <store/invoices.h>

#include <QList>
#include <QPointer>

#include <cstdint>
#include <optional>

class QAction;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTableView;
class QTextBrowser;

namespace meterdesk::models {
class InvoiceListModel;
}

namespace meterdesk::ui {

class PermissionGuard;

// A period's invoices and the tenants still to invoice (period picker defaulting to last
// month, tenant search, status filter), a preview of the selected invoice -- or of the draft a
// tenant would get, computed on demand -- and the actions: issue, void with a reason, and
// correct an issued invoice with a credit note (billing and admin), export the selected invoices or
// the whole period as PDF and CSV into a folder, with a progress bar and Cancel. Database work runs
// on the session, rendering on the thread pool: the page never waits.
class InvoicesPage : public ConsolePage {
    Q_OBJECT

public:
    InvoicesPage(models::DatabaseSession& session, PermissionGuard& permissions,
                 QWidget* parent = nullptr);

    void refresh() override;
    QList<QAction*> invoiceActions() const;

    models::InvoiceListModel& model() const { return *model_; }
    QTableView* table() const { return table_; }
    QTextBrowser* preview() const { return preview_; }
    QDateEdit* periodPicker() const { return periodPicker_; }
    QProgressBar* exportProgress() const { return progress_; }

    store::InvoicePeriod period() const;
    void setPeriod(const store::InvoicePeriod& period);
    // Selects the row if it is loaded; returns whether it was.
    bool selectRow(std::int64_t tenantId, std::optional<std::int64_t> invoiceId);

    // What the export actions do once the operator chose the folder.
    void exportSelectedTo(const QString& folder);
    void exportPeriodTo(const QString& folder);
    void cancelExport();
    InvoiceExportJob* runningExport() const { return export_; }
    InvoiceIssueRun* runningIssueRun() const { return issueRun_; }

    QAction* issueAction() const { return issueAction_; }
    QAction* voidAction() const { return voidAction_; }
    QAction* creditNoteAction() const { return creditNoteAction_; }
    QAction* issuePeriodAction() const { return issuePeriodAction_; }
    QAction* exportSelectedAction() const { return exportSelectedAction_; }
    QAction* exportPeriodAction() const { return exportPeriodAction_; }

signals:
    void statusMessage(const QString& message);
    // The preview shows the selected row's invoice (or draft), or says why it cannot.
    void previewUpdated();
    void exportFinished(const meterdesk::ui::InvoiceExportJob::Outcome& outcome);
    void issueRunFinished(const meterdesk::ui::InvoiceIssueRun::Outcome& outcome);
    // An invoice was issued or voided (its new state is in the list once reloaded).
    void invoiceChanged(const meterdesk::store::Invoice& invoice);

private:
    void buildActions();
    QWidget* buildFilterBar();
    QWidget* buildExportBar();

    std::optional<store::InvoiceListRow> currentRow() const;
    void onSelectionChanged();
    void updateActions();
    void updateCountLabel();
    void loadPreview();

    void askIssue();
    void confirmIssue(const store::Invoice& built, const QString& nextNumber);
    void issue(const store::Invoice& built);
    void askVoid();
    void askCreditNote();
    void issueCreditNote(const store::InvoiceListRow& row);
    void voidInvoice(const store::InvoiceListRow& row, const QString& reason);
    void chooseFolder(bool wholePeriod);
    void startExport(InvoiceExportJob* job);
    void askIssuePeriod();
    void startIssueRun();
    void showIssueRunOutcome(const InvoiceIssueRun::Outcome& outcome);
    void showRunBar(const QString& text);
    bool isRunning() const;
    void showExportOutcome(const InvoiceExportJob::Outcome& outcome);
    void afterChange(const store::Invoice& invoice);
    void showError(const QString& title, const QString& message);

    models::DatabaseSession& session_;
    PermissionGuard& permissions_;
    models::InvoiceListModel* model_;

    QDateEdit* periodPicker_;
    QLineEdit* search_;
    QComboBox* statusFilter_;
    QLabel* count_;
    QTableView* table_;
    QTextBrowser* preview_;
    QWidget* exportBar_ = nullptr;
    QLabel* exportLabel_ = nullptr;
    QProgressBar* progress_ = nullptr;
    QPushButton* cancelButton_ = nullptr;

    QAction* issueAction_ = nullptr;
    QAction* voidAction_ = nullptr;
    QAction* creditNoteAction_ = nullptr;
    QAction* issuePeriodAction_ = nullptr;
    QAction* exportSelectedAction_ = nullptr;
    QAction* exportPeriodAction_ = nullptr;
    QAction* cancelExportAction_ = nullptr;
    QAction* previousMonthAction_ = nullptr;
    QAction* nextMonthAction_ = nullptr;

    quint64 previewGeneration_ = 0;
    bool busy_ = false; // an issue or void is in flight
    std::optional<std::pair<std::int64_t, std::optional<std::int64_t>>> pendingSelection_;
    QPointer<InvoiceExportJob> export_;
    QPointer<InvoiceIssueRun> issueRun_;
};

} // namespace meterdesk::ui

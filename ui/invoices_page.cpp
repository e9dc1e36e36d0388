#include "invoices_page.h"

#include "confirmation.h"
#include "icons.h"
#include "invoice_preview.h"
#include "permission_guard.h"
#include "store_error_text.h"
#include "table_views.h"

#include <models/display_format.h>
#include <models/invoice_list_model.h>
#include <store/invoice_builder.h>

#include <QAction>
#include <QComboBox>
#include <QDateEdit>
#include <QDateTime>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>
#include <QToolBar>
#include <QVBoxLayout>

#include <utility>

namespace meterdesk::ui {

namespace {

constexpr int kMaxVoidReason = 500; // meter.void_invoice's limit

QString fromStd(const std::string& text) {
    return QString::fromStdString(text);
}

// Billing and admin may issue and void: 0020_invoices grants invoices to exactly the roles
// that may credit tenants (0008), so that capability stands for both.
bool mayInvoice(const store::Capabilities& capabilities) {
    return capabilities.credit || capabilities.admin;
}

QDate lastMonth() {
    const QDate today = QDateTime::currentDateTimeUtc().date();
    return QDate(today.year(), today.month(), 1).addMonths(-1);
}

QString periodText(const store::InvoicePeriod& period) {
    const QDate first =
        QDateTime::fromSecsSinceEpoch(period.start.time_since_epoch().count(), Qt::UTC).date();
    return QLocale().toString(first, QStringLiteral("MMMM yyyy"));
}

struct IssuePreparation {
    store::Invoice built;
    std::string nextNumber;
};

struct PreviewResult {
    store::Invoice invoice;
    bool computed = false;
};

} // namespace

InvoicesPage::InvoicesPage(models::DatabaseSession& session, PermissionGuard& permissions,
                           QWidget* parent)
    : ConsolePage(parent)
    , session_(session)
    , permissions_(permissions)
    , model_(nullptr)
    , periodPicker_(new QDateEdit(lastMonth(), this))
    , search_(new QLineEdit(this))
    , statusFilter_(new QComboBox(this))
    , count_(new QLabel(this))
    , table_(makeTableView(this, QStringLiteral("invoiceTable")))
    , preview_(new QTextBrowser(this)) {
    model_ = new models::InvoiceListModel(session_, period(), this);
    buildActions();

    table_->setModel(model_);
    table_->setSelectionMode(QAbstractItemView::ExtendedSelection);
    table_->horizontalHeader()->setSectionResizeMode(models::InvoiceListModel::Name,
                                                     QHeaderView::Stretch);
    table_->horizontalHeader()->setStretchLastSection(false);
    preview_->setObjectName(QStringLiteral("invoicePreview"));
    preview_->setOpenLinks(false);
    preview_->setPlaceholderText(tr("Select an invoice or a tenant to preview it."));

    auto* toolbar = new QToolBar(this);
    toolbar->setObjectName(QStringLiteral("invoiceToolbar"));
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolbar->setIconSize(QSize(18, 18));
    toolbar->addActions({issueAction_, issuePeriodAction_, voidAction_, creditNoteAction_});
    toolbar->addSeparator();
    toolbar->addActions({exportSelectedAction_, exportPeriodAction_});

    auto* splitter = new QSplitter(this);
    splitter->setObjectName(QStringLiteral("invoiceSplitter"));
    auto* left = new QWidget(splitter);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(buildFilterBar());
    leftLayout->addWidget(table_, 1);
    leftLayout->addWidget(count_);
    splitter->addWidget(left);
    splitter->addWidget(preview_);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    // The preview's lines table needs room to read; the list's Name column gives way.
    splitter->setSizes({640, 560});
    splitter->setChildrenCollapsible(false);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(toolbar);
    layout->addWidget(splitter, 1);
    layout->addWidget(buildExportBar());

    connect(table_->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &InvoicesPage::onSelectionChanged);
    connect(table_->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &InvoicesPage::onSelectionChanged);
    connect(model_, &QAbstractItemModel::modelReset, this, [this] {
        updateCountLabel();
        onSelectionChanged();
    });
    connect(model_, &QAbstractItemModel::rowsInserted, this, &InvoicesPage::updateCountLabel);
    connect(model_, &models::InvoiceListModel::firstPageLoaded, this, [this] {
        if (pendingSelection_) {
            selectRow(pendingSelection_->first, pendingSelection_->second);
            pendingSelection_.reset();
        }
    });
    connect(model_, &models::InvoiceListModel::loadFailed, this, [this](const QString& reason) {
        count_->setText(tr("Could not load the invoices: %1").arg(reason));
    });
    connect(&permissions_, &PermissionGuard::sessionChanged, this, &InvoicesPage::updateActions);
    updateActions();
    updateCountLabel();
}

void InvoicesPage::buildActions() {
    const auto make = [this](const QString& objectName, const QString& icon, const QString& text,
                             const QString& tooltip, const QKeySequence& shortcut) {
        auto* action = new QAction(icons::icon(icon), text, this);
        action->setObjectName(objectName);
        action->setToolTip(
            tooltip + QStringLiteral(" (%1)").arg(shortcut.toString(QKeySequence::NativeText)));
        action->setShortcut(shortcut);
        // Only while the page is shown: other pages use the same keys.
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(action);
        return action;
    };
    issueAction_ =
        make(QStringLiteral("issueInvoiceAction"), QStringLiteral("issue"), tr("&Issue…"),
             tr("Issue the selected tenant's invoice for the period: it gets the next number "
                "of the year and can no longer change"),
             QKeySequence(tr("Ctrl+I")));
    voidAction_ = make(QStringLiteral("voidInvoiceAction"), QStringLiteral("void"), tr("&Void…"),
                       tr("Void the selected issued invoice, with a reason"),
                       QKeySequence(tr("Ctrl+Shift+D")));
    creditNoteAction_ =
        make(QStringLiteral("creditNoteAction"), QStringLiteral("adjust"), tr("&Credit note…"),
             tr("Correct the selected issued invoice: issue a credit note that negates it"),
             QKeySequence(tr("Ctrl+Shift+K")));
    issuePeriodAction_ =
        make(QStringLiteral("issuePeriodAction"), QStringLiteral("issue"), tr("Issue &all…"),
             tr("Issue the period's invoice of every tenant with usage that has none yet"),
             QKeySequence(tr("Ctrl+Shift+I")));
    exportSelectedAction_ = make(
        QStringLiteral("exportSelectedAction"), QStringLiteral("export"), tr("&Export selected…"),
        tr("Write the selected invoices as PDF and CSV into a folder"), QKeySequence(tr("Ctrl+S")));
    exportPeriodAction_ = make(
        QStringLiteral("exportPeriodAction"), QStringLiteral("invoices"), tr("Export &period…"),
        tr("Write every issued invoice of the period, for all tenants, as PDF and CSV into a "
           "folder"),
        QKeySequence(tr("Ctrl+Shift+S")));
    previousMonthAction_ =
        make(QStringLiteral("previousMonthAction"), QStringLiteral("refresh"), tr("Previous month"),
             tr("Show the month before"), QKeySequence(tr("Ctrl+PgUp")));
    nextMonthAction_ =
        make(QStringLiteral("nextMonthAction"), QStringLiteral("refresh"), tr("Next month"),
             tr("Show the month after"), QKeySequence(tr("Ctrl+PgDown")));
    cancelExportAction_ = new QAction(tr("Cancel export"), this);
    cancelExportAction_->setObjectName(QStringLiteral("cancelExportAction"));
    cancelExportAction_->setShortcut(QKeySequence(Qt::Key_Escape));
    cancelExportAction_->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(cancelExportAction_);

    permissions_.guard(issueAction_, mayInvoice, tr("issue invoices"));
    permissions_.guard(voidAction_, mayInvoice, tr("void invoices"));
    permissions_.guard(creditNoteAction_, mayInvoice, tr("issue credit notes"));
    permissions_.guard(issuePeriodAction_, mayInvoice, tr("issue invoices"));

    connect(issueAction_, &QAction::triggered, this, &InvoicesPage::askIssue);
    connect(voidAction_, &QAction::triggered, this, &InvoicesPage::askVoid);
    connect(creditNoteAction_, &QAction::triggered, this, &InvoicesPage::askCreditNote);
    connect(issuePeriodAction_, &QAction::triggered, this, &InvoicesPage::askIssuePeriod);
    connect(exportSelectedAction_, &QAction::triggered, this, [this] { chooseFolder(false); });
    connect(exportPeriodAction_, &QAction::triggered, this, [this] { chooseFolder(true); });
    connect(cancelExportAction_, &QAction::triggered, this, &InvoicesPage::cancelExport);
    connect(previousMonthAction_, &QAction::triggered, this,
            [this] { periodPicker_->setDate(periodPicker_->date().addMonths(-1)); });
    connect(nextMonthAction_, &QAction::triggered, this,
            [this] { periodPicker_->setDate(periodPicker_->date().addMonths(1)); });
}

QWidget* InvoicesPage::buildFilterBar() {
    auto* bar = new QWidget(this);
    auto* layout = new QHBoxLayout(bar);
    layout->setContentsMargins(0, 0, 0, 0);

    periodPicker_->setObjectName(QStringLiteral("periodPicker"));
    periodPicker_->setDisplayFormat(QStringLiteral("MMMM yyyy"));
    periodPicker_->setCalendarPopup(true);
    periodPicker_->setToolTip(
        tr("The invoiced month (UTC). Previous/next month: %1 / %2")
            .arg(previousMonthAction_->shortcut().toString(QKeySequence::NativeText),
                 nextMonthAction_->shortcut().toString(QKeySequence::NativeText)));
    connect(periodPicker_, &QDateEdit::dateChanged, this, [this] { model_->setPeriod(period()); });
    auto* periodLabel = new QLabel(tr("&Period:"), bar);
    periodLabel->setBuddy(periodPicker_);

    search_->setObjectName(QStringLiteral("tenantSearch"));
    search_->setPlaceholderText(tr("Search tenant slug or name (Ctrl+F)"));
    search_->setClearButtonEnabled(true);
    search_->addAction(icons::icon(QStringLiteral("search")), QLineEdit::LeadingPosition);
    search_->setToolTip(tr("Show only tenants whose slug or name contains this text"));
    connect(search_, &QLineEdit::textChanged, model_, &models::InvoiceListModel::setTenantSearch);
    auto* find = new QAction(this);
    find->setShortcut(QKeySequence::Find);
    find->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(find, &QAction::triggered, this, [this] {
        search_->setFocus(Qt::ShortcutFocusReason);
        search_->selectAll();
    });
    addAction(find);

    statusFilter_->setObjectName(QStringLiteral("statusFilter"));
    statusFilter_->setToolTip(tr("Show only rows in this state"));
    statusFilter_->addItem(tr("All"), int(store::InvoiceListFilter::All));
    statusFilter_->addItem(tr("Not invoiced"), int(store::InvoiceListFilter::NotInvoiced));
    statusFilter_->addItem(tr("Draft"), int(store::InvoiceListFilter::Draft));
    statusFilter_->addItem(tr("Issued"), int(store::InvoiceListFilter::Issued));
    statusFilter_->addItem(tr("Void"), int(store::InvoiceListFilter::Void));
    connect(statusFilter_, &QComboBox::currentIndexChanged, this, [this] {
        model_->setFilter(
            static_cast<store::InvoiceListFilter>(statusFilter_->currentData().toInt()));
    });
    auto* statusLabel = new QLabel(tr("&Status:"), bar);
    statusLabel->setBuddy(statusFilter_);

    layout->addWidget(periodLabel);
    layout->addWidget(periodPicker_);
    layout->addWidget(search_, 1);
    layout->addWidget(statusLabel);
    layout->addWidget(statusFilter_);
    return bar;
}

QWidget* InvoicesPage::buildExportBar() {
    exportBar_ = new QWidget(this);
    exportBar_->setObjectName(QStringLiteral("exportBar"));
    auto* layout = new QHBoxLayout(exportBar_);
    layout->setContentsMargins(0, 0, 0, 0);
    exportLabel_ = new QLabel(exportBar_);
    progress_ = new QProgressBar(exportBar_);
    progress_->setObjectName(QStringLiteral("exportProgress"));
    progress_->setFormat(tr("%v of %m invoices"));
    cancelButton_ = new QPushButton(tr("Cancel"), exportBar_);
    cancelButton_->setObjectName(QStringLiteral("cancelExportButton"));
    cancelButton_->setToolTip(
        tr("Stop after the invoice being written or issued (Esc): files stay complete, "
           "issued invoices stay issued"));
    connect(cancelButton_, &QPushButton::clicked, this, &InvoicesPage::cancelExport);
    layout->addWidget(exportLabel_);
    layout->addWidget(progress_, 1);
    layout->addWidget(cancelButton_);
    exportBar_->hide();
    return exportBar_;
}

QList<QAction*> InvoicesPage::invoiceActions() const {
    return {issueAction_,      issuePeriodAction_,    voidAction_,
            creditNoteAction_, exportSelectedAction_, exportPeriodAction_};
}

void InvoicesPage::refresh() {
    if (const auto row = currentRow())
        pendingSelection_ = std::pair{row->tenantId, row->invoiceId};
    model_->reload();
}

store::InvoicePeriod InvoicesPage::period() const {
    const QDate date = periodPicker_->date();
    return store::InvoicePeriod::month(date.year(), static_cast<unsigned>(date.month()));
}

void InvoicesPage::setPeriod(const store::InvoicePeriod& period) {
    periodPicker_->setDate(
        QDateTime::fromSecsSinceEpoch(period.start.time_since_epoch().count(), Qt::UTC).date());
}

bool InvoicesPage::selectRow(std::int64_t tenantId, std::optional<std::int64_t> invoiceId) {
    const int row = model_->rowOf(tenantId, invoiceId);
    if (row < 0)
        return false;
    table_->selectRow(row);
    table_->scrollTo(model_->index(row, 0));
    return true;
}

std::optional<store::InvoiceListRow> InvoicesPage::currentRow() const {
    const QModelIndexList rows = table_->selectionModel()->selectedRows();
    if (rows.size() != 1)
        return std::nullopt;
    return model_->rowAt(rows.front().row());
}

void InvoicesPage::onSelectionChanged() {
    updateActions();
    loadPreview();
}

void InvoicesPage::updateActions() {
    const auto row = currentRow();
    const bool running = isRunning();
    const bool issuable = row && (!row->isInvoiced() || row->status == store::InvoiceStatus::Draft);
    const bool voidable = row && row->status == store::InvoiceStatus::Issued;
    permissions_.setApplicable(issueAction_, issuable && !busy_ && !running);
    permissions_.setApplicable(issuePeriodAction_, !busy_ && !running);
    permissions_.setApplicable(voidAction_, voidable && !busy_);
    permissions_.setApplicable(creditNoteAction_, voidable && !row->creditNoteFor && !busy_);
    bool anyInvoice = false;
    for (const QModelIndex& index : table_->selectionModel()->selectedRows())
        anyInvoice = anyInvoice || model_->rowAt(index.row()).isInvoiced();
    exportSelectedAction_->setEnabled(anyInvoice && !running);
    exportPeriodAction_->setEnabled(!running);
    cancelExportAction_->setEnabled(running);
}

void InvoicesPage::updateCountLabel() {
    const int rows = model_->rowCount();
    QString text = tr("%n row(s) for %1", nullptr, rows).arg(periodText(period()));
    if (model_->canFetchMore({}))
        text += tr(" (more as you scroll)");
    count_->setText(text);
}

void InvoicesPage::loadPreview() {
    const quint64 generation = ++previewGeneration_;
    const auto row = currentRow();
    if (!row) {
        const auto selected = table_->selectionModel()->selectedRows().size();
        preview_->clear();
        if (selected > 1)
            preview_->setPlaceholderText(
                tr("%n invoices selected: Export selected writes them all.", nullptr,
                   static_cast<int>(selected)));
        else
            preview_->setPlaceholderText(tr("Select an invoice or a tenant to preview it."));
        emit previewUpdated();
        return;
    }
    preview_->setHtml(QStringLiteral("<p><i>%1</i></p>")
                          .arg(row->isInvoiced() ? tr("Loading the invoice…")
                                                 : tr("Computing the draft from the rollups…")));
    const store::InvoicePeriod listed = period();
    session_.run(
        this,
        [row = *row, listed](pqxx::connection& connection) {
            if (row.invoiceId) {
                auto invoice =
                    store::InvoiceRepository(connection).find(row.tenantId, *row.invoiceId);
                if (!invoice) {
                    throw store::StoreError(store::StoreError::Kind::NotFound,
                                            "the invoice no longer exists");
                }
                return PreviewResult{std::move(*invoice), false};
            }
            return PreviewResult{store::InvoiceBuilder(connection).build(row.tenantId, listed),
                                 true};
        },
        [this, generation](PreviewResult result) {
            if (generation != previewGeneration_)
                return;
            preview_->setHtml(InvoicePreview().html(result.invoice, result.computed));
            emit previewUpdated();
        },
        [this, generation](const store::StoreError& error) {
            if (generation != previewGeneration_)
                return;
            preview_->setHtml(
                QStringLiteral("<p><b>%1</b></p><p>%2</p>")
                    .arg(tr("No preview"),
                         describeStoreError(error, tr("this invoice")).toHtmlEscaped()));
            emit previewUpdated();
        },
        models::Retry::OnReconnect);
}

void InvoicesPage::askIssue() {
    const auto row = currentRow();
    if (!row || busy_)
        return;
    busy_ = true;
    updateActions();
    const store::InvoicePeriod listed = period();
    // The confirmation shows what will be issued: the draft as computed now, and the number it
    // would get.
    session_.run(
        this,
        [row = *row, listed](pqxx::connection& connection) {
            IssuePreparation preparation;
            const bool creditNote = row.status == store::InvoiceStatus::Draft && row.creditNoteFor;
            if (creditNote) {
                preparation.built =
                    store::InvoiceRepository(connection).find(row.tenantId, *row.invoiceId).value();
            } else {
                preparation.built = store::InvoiceBuilder(connection).build(row.tenantId, listed);
            }
            preparation.nextNumber = store::nextInvoiceNumber(connection);
            return preparation;
        },
        [this](IssuePreparation preparation) {
            confirmIssue(preparation.built, fromStd(preparation.nextNumber));
        },
        [this](const store::StoreError& error) {
            busy_ = false;
            updateActions();
            showError(storeErrorTitle(error), describeStoreError(error, tr("this invoice")));
        });
}

void InvoicesPage::confirmIssue(const store::Invoice& built, const QString& nextNumber) {
    const InvoicePreview preview;
    const QString year = nextNumber.section(u'-', 1, 1);
    auto* box = askConfirmation(
        this, tr("Issue invoice"),
        tr("Issue the %1 invoice of %2 (%3)?")
            .arg(periodText(built.period), fromStd(built.customer.name),
                 fromStd(built.customer.slug)),
        tr("It gets the next number of %1 — %2 unless another invoice is issued first — in the "
           "same transaction, and can no longer change afterwards: a correction takes a credit "
           "note.\n\nTotal due: %3 (%4 credits), %n line(s).",
           nullptr, static_cast<int>(built.items.size()))
            .arg(year, nextNumber,
                 models::formatMinorUnits(built.currencyTotals.total, built.rate.currencyDecimals,
                                          fromStd(built.rate.currency)),
                 models::formatCredits(built.totals.total)),
        tr("Issue"), [this, built] { issue(built); });
    // Issuing clears busy_ when it is done; anything but the Issue button ends here.
    connect(box, &QMessageBox::finished, this, [this, box] {
        const QAbstractButton* clicked = box->clickedButton();
        if (clicked == nullptr || clicked->objectName() != QStringLiteral("confirmButton")) {
            busy_ = false;
            updateActions();
        }
    });
}

void InvoicesPage::issue(const store::Invoice& built) {
    session_.run(
        this,
        [built](pqxx::connection& connection) {
            store::InvoiceRepository invoices(connection);
            if (built.id != 0)
                return invoices.issue(built.customer.tenantId, built.id);
            return invoices.issueNew(built);
        },
        [this](store::Invoice issued) {
            busy_ = false;
            const QString number = fromStd(issued.number.value_or(std::string()));
            emit statusMessage(
                tr("Issued invoice %1 for %2").arg(number, fromStd(issued.customer.slug)));
            auto* box = new QMessageBox(
                QMessageBox::Information, tr("Invoice issued"),
                tr("The invoice of %1 for %2 is issued as number %3.")
                    .arg(fromStd(issued.customer.slug), periodText(issued.period), number),
                QMessageBox::Ok, this);
            box->setObjectName(QStringLiteral("issuedMessage"));
            box->setAttribute(Qt::WA_DeleteOnClose);
            box->open();
            afterChange(issued);
        },
        [this](const store::StoreError& error) {
            busy_ = false;
            updateActions();
            showError(tr("Not issued"), describeStoreError(error, tr("this invoice")));
        });
}

void InvoicesPage::askVoid() {
    const auto row = currentRow();
    if (!row || !row->number || busy_)
        return;
    auto* dialog = new QInputDialog(this);
    dialog->setObjectName(QStringLiteral("voidReasonDialog"));
    dialog->setWindowTitle(tr("Void invoice %1").arg(fromStd(*row->number)));
    dialog->setLabelText(
        tr("Void invoice %1 of %2?\n\nIt keeps its number (numbers stay gapless) and stays on "
           "record, marked void with your reason; the tenant's period can then be invoiced "
           "again. Voiding makes no credit note: if the tenant already has the invoice, correct "
           "it with a credit note (Credit note…), a document of its own that references it."
           "\n\nReason (required, at most %3 characters):")
            .arg(fromStd(*row->number), fromStd(row->tenantSlug))
            .arg(kMaxVoidReason));
    dialog->setOption(QInputDialog::UsePlainTextEditForTextInput);
    // QInputDialog's label does not wrap by itself: the explanation would make it screen-wide.
    if (auto* label = dialog->findChild<QLabel*>())
        label->setWordWrap(true);
    dialog->resize(520, dialog->sizeHint().height());
    dialog->setOkButtonText(tr("Void"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(
        dialog, &QInputDialog::textValueSelected, this, [this, row = *row](const QString& text) {
            const QString reason = text.trimmed();
            if (reason.isEmpty()) {
                showError(tr("Not voided"),
                          tr("Reason must not be empty: voiding an invoice must say why."));
                return;
            }
            if (reason.size() > kMaxVoidReason) {
                showError(tr("Not voided"), tr("Reason must be at most %1 characters (it has %2).")
                                                .arg(kMaxVoidReason)
                                                .arg(reason.size()));
                return;
            }
            voidInvoice(row, reason);
        });
    dialog->open();
}

void InvoicesPage::askCreditNote() {
    const auto row = currentRow();
    if (!row || !row->number || busy_)
        return;
    askConfirmation(
        this, tr("Credit note"),
        tr("Issue a credit note for invoice %1 of %2?")
            .arg(fromStd(*row->number), fromStd(row->tenantSlug)),
        tr("The credit note negates every line and total of %1 (%2), references it, and gets "
           "the next number of the year; %1 itself stays issued.")
            .arg(fromStd(*row->number),
                 models::formatMinorUnits(row->totalMinor, row->currencyDecimals,
                                          fromStd(row->currency))),
        tr("Issue credit note"), [this, row = *row] { issueCreditNote(row); });
}

void InvoicesPage::issueCreditNote(const store::InvoiceListRow& row) {
    busy_ = true;
    updateActions();
    session_.run(
        this,
        [row](pqxx::connection& connection) {
            store::InvoiceRepository invoices(connection);
            // Two transactions: should issuing fail, the draft credit note stays in the list,
            // to be issued (or discarded) later.
            const auto draft = invoices.draftCreditNote(row.tenantId, *row.invoiceId);
            return invoices.issue(row.tenantId, draft.id);
        },
        [this](store::Invoice note) {
            busy_ = false;
            emit statusMessage(tr("Issued credit note %1 correcting %2")
                                   .arg(fromStd(note.number.value_or(std::string())),
                                        fromStd(note.creditNoteForNumber.value_or(std::string()))));
            afterChange(note);
        },
        [this](const store::StoreError& error) {
            busy_ = false;
            updateActions();
            showError(tr("No credit note issued"), describeStoreError(error, tr("this invoice")));
        });
}

void InvoicesPage::voidInvoice(const store::InvoiceListRow& row, const QString& reason) {
    busy_ = true;
    updateActions();
    session_.run(
        this,
        [row, reason = reason.toStdString()](pqxx::connection& connection) {
            return store::InvoiceRepository(connection)
                .voidInvoice(row.tenantId, *row.invoiceId, reason);
        },
        [this](store::Invoice voided) {
            busy_ = false;
            emit statusMessage(tr("Voided invoice %1 of %2")
                                   .arg(fromStd(voided.number.value_or(std::string())),
                                        fromStd(voided.customer.slug)));
            afterChange(voided);
        },
        [this](const store::StoreError& error) {
            busy_ = false;
            updateActions();
            showError(tr("Not voided"), describeStoreError(error, tr("this invoice")));
        });
}

void InvoicesPage::afterChange(const store::Invoice& invoice) {
    pendingSelection_ = std::pair{invoice.customer.tenantId, std::optional(invoice.id)};
    model_->reload();
    emit invoiceChanged(invoice);
}

void InvoicesPage::chooseFolder(bool wholePeriod) {
    auto* dialog = new QFileDialog(
        this, wholePeriod ? tr("Export the invoices of %1 into").arg(periodText(period()))
                          : tr("Export the selected invoices into"));
    dialog->setObjectName(QStringLiteral("exportFolderDialog"));
    dialog->setFileMode(QFileDialog::Directory);
    dialog->setOption(QFileDialog::ShowDirsOnly);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this, [this, wholePeriod](const QString& folder) {
        if (wholePeriod)
            exportPeriodTo(folder);
        else
            exportSelectedTo(folder);
    });
    dialog->open();
}

void InvoicesPage::exportSelectedTo(const QString& folder) {
    if (isRunning())
        return;
    std::vector<InvoiceExportJob::Target> targets;
    int notInvoiced = 0;
    for (const QModelIndex& index : table_->selectionModel()->selectedRows()) {
        const auto& row = model_->rowAt(index.row());
        if (row.invoiceId)
            targets.push_back({row.tenantId, *row.invoiceId});
        else
            ++notInvoiced;
    }
    if (notInvoiced > 0)
        emit statusMessage(
            tr("%n selected tenant(s) have no invoice yet and are left out", nullptr, notInvoiced));
    auto* job = new InvoiceExportJob(session_, QDir(folder),
                                     {documents::ExportFormat::Pdf, documents::ExportFormat::Csv},
                                     QLocale(), this);
    startExport(job);
    job->start(std::move(targets));
}

void InvoicesPage::exportPeriodTo(const QString& folder) {
    if (isRunning())
        return;
    auto* job = new InvoiceExportJob(session_, QDir(folder),
                                     {documents::ExportFormat::Pdf, documents::ExportFormat::Csv},
                                     QLocale(), this);
    startExport(job);
    job->startPeriod(period());
}

bool InvoicesPage::isRunning() const {
    return (export_ && export_->isRunning()) || (issueRun_ && issueRun_->isRunning());
}

void InvoicesPage::showRunBar(const QString& text) {
    exportLabel_->setText(text);
    progress_->setRange(0, 0); // busy until the number of invoices is known
    cancelButton_->setEnabled(true);
    exportBar_->show();
}

void InvoicesPage::startExport(InvoiceExportJob* job) {
    export_ = job;
    showRunBar(tr("Exporting…"));
    connect(job, &InvoiceExportJob::progressed, this, [this](int exported, int total) {
        progress_->setRange(0, total);
        progress_->setValue(exported);
        exportLabel_->setText(tr("Exporting invoices…"));
    });
    connect(job, &InvoiceExportJob::finished, this,
            [this, job](const InvoiceExportJob::Outcome& outcome) {
                showExportOutcome(outcome);
                job->deleteLater();
                updateActions();
                emit exportFinished(outcome);
            });
    updateActions();
}

void InvoicesPage::askIssuePeriod() {
    if (isRunning() || busy_)
        return;
    const QString month = periodText(period());
    askConfirmation(
        this, tr("Issue all invoices"),
        tr("Issue the %1 invoices of every tenant that has usage and no issued invoice yet?")
            .arg(month),
        tr("Each invoice is computed from the rollups, gets the next number of the year and is "
           "issued in its own transaction; saved drafts are replaced. Cancel stops between "
           "tenants: what was issued stays issued."),
        tr("Issue all"), [this] { startIssueRun(); });
}

void InvoicesPage::startIssueRun() {
    if (isRunning())
        return;
    auto* run = new InvoiceIssueRun(session_, period(), this);
    issueRun_ = run;
    showRunBar(tr("Reading the period's usage…"));
    connect(run, &InvoiceIssueRun::progressed, this, [this](int done, int total) {
        progress_->setRange(0, total);
        progress_->setValue(done);
        exportLabel_->setText(tr("Issuing invoices…"));
    });
    connect(run, &InvoiceIssueRun::finished, this,
            [this, run](const InvoiceIssueRun::Outcome& outcome) {
                showIssueRunOutcome(outcome);
                run->deleteLater();
                model_->reload();
                updateActions();
                emit issueRunFinished(outcome);
            });
    updateActions();
    run->start();
}

void InvoicesPage::showIssueRunOutcome(const InvoiceIssueRun::Outcome& outcome) {
    exportBar_->hide();
    const QString issued = outcome.numbers.isEmpty()
                               ? tr("No invoice issued")
                               : tr("Issued %n invoice(s), %1 to %2", nullptr,
                                    static_cast<int>(outcome.numbers.size()))
                                     .arg(outcome.numbers.front(), outcome.numbers.back());
    if (!outcome.error.isEmpty()) {
        showError(tr("Issuing stopped"), issued + u'\n' + outcome.error);
        return;
    }
    if (!outcome.failures.isEmpty()) {
        showError(tr("Some invoices were not issued"),
                  issued + u'\n' + outcome.failures.join(u'\n'));
        return;
    }
    emit statusMessage(outcome.cancelled ? tr("%1; cancelled before the other tenants").arg(issued)
                                         : issued);
}

void InvoicesPage::cancelExport() {
    if (export_ && export_->isRunning()) {
        export_->cancel();
        exportLabel_->setText(tr("Cancelling after the invoice being written…"));
    } else if (issueRun_ && issueRun_->isRunning()) {
        issueRun_->cancel();
        exportLabel_->setText(tr("Cancelling after the invoice being issued…"));
    } else {
        return;
    }
    cancelButton_->setEnabled(false);
}

void InvoicesPage::showExportOutcome(const InvoiceExportJob::Outcome& outcome) {
    exportBar_->hide();
    if (!outcome.error.isEmpty()) {
        showError(tr("Export stopped"), tr("%1 of %2 invoices were exported before this error:\n%3")
                                            .arg(outcome.exported)
                                            .arg(outcome.total)
                                            .arg(outcome.error));
        return;
    }
    if (outcome.cancelled) {
        emit statusMessage(tr("Export cancelled: %1 of %2 invoices written, each complete")
                               .arg(outcome.exported)
                               .arg(outcome.total));
        return;
    }
    emit statusMessage(tr("Exported %n invoice(s) (%1 files)", nullptr, outcome.exported)
                           .arg(outcome.files.size()));
}

void InvoicesPage::showError(const QString& title, const QString& message) {
    auto* box = new QMessageBox(QMessageBox::Warning, title, message, QMessageBox::Ok, this);
    box->setObjectName(QStringLiteral("invoiceError"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
    emit statusMessage(message);
}

} // namespace meterdesk::ui

#include "tenants_page.h"

#include "api_key_secret_dialog.h"
#include "confirmation.h"
#include "credit_dialog.h"
#include "icons.h"
#include "permission_guard.h"
#include "store_error_text.h"
#include "table_views.h"
#include "tenant_detail_panel.h"
#include "tenant_dialog.h"
#include "text_cell_delegate.h"

#include <models/api_key_model.h>
#include <models/display_format.h>
#include <models/plan_list_model.h>
#include <models/tenant_table_model.h>

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QSplitter>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

namespace meterdesk::ui {

namespace {

QString fromStd(const std::string& text) {
    return QString::fromStdString(text);
}

QString slugOf(const store::Tenant& tenant) {
    return fromStd(tenant.slug);
}

} // namespace

store::TenantDraft draftOf(const store::Tenant& tenant) {
    store::TenantDraft draft;
    draft.slug = tenant.slug;
    draft.name = tenant.name;
    draft.email = tenant.email;
    draft.planCode = tenant.planCode;
    draft.region = tenant.region;
    draft.premiumAccess = tenant.premiumAccess;
    draft.lowCreditThreshold = tenant.lowCreditThreshold;
    draft.walletAddress = tenant.walletAddress;
    return draft;
}

TenantsPage::TenantsPage(models::DatabaseSession& session, PermissionGuard& permissions,
                         QWidget* parent)
    : ConsolePage(parent)
    , permissions_(permissions)
    , commands_(session)
    , model_(new models::TenantTableModel(session, this))
    , plans_(new models::PlanListModel(session, store::TenantCounts::Skipped, this))
    , search_(new QLineEdit(this))
    , statusFilter_(new QComboBox(this))
    , planFilter_(new QComboBox(this))
    , lowBalance_(new QCheckBox(tr("Low balance only"), this))
    , count_(new QLabel(this))
    , table_(makeTableView(this, QStringLiteral("tenantTable")))
    , detail_(new TenantDetailPanel(session, commands_, this)) {
    buildActions();
    buildTable();

    auto* toolbar = new QToolBar(this);
    toolbar->setObjectName(QStringLiteral("tenantToolbar"));
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolbar->setIconSize(QSize(18, 18));
    toolbar->addActions(
        {newAction_, editAction_, topUpAction_, suspendAction_, unlockAction_, issueKeyAction_});

    auto* splitter = new QSplitter(this);
    splitter->setObjectName(QStringLiteral("tenantSplitter"));
    auto* left = new QWidget(splitter);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(buildFilterBar());
    leftLayout->addWidget(table_, 1);
    leftLayout->addWidget(count_);
    splitter->addWidget(left);
    splitter->addWidget(detail_);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(toolbar);
    layout->addWidget(splitter, 1);

    connect(plans_, &QAbstractItemModel::modelReset, this, &TenantsPage::fillPlanFilter);
    connect(plans_, &QAbstractItemModel::modelReset, this, [this] {
        if (tenantDialog_)
            tenantDialog_->setPlanCodes(planCodes());
    });
    connect(detail_, &TenantDetailPanel::apiKeySelectionChanged, this, &TenantsPage::updateActions);
    connect(&permissions_, &PermissionGuard::sessionChanged, this, &TenantsPage::updateActions);
    updateActions();
    updateCountLabel();
}

void TenantsPage::buildActions() {
    const auto make = [this](const QString& objectName, const QString& icon, const QString& text,
                             const QString& tooltip, const QKeySequence& shortcut) {
        auto* action = new QAction(icons::icon(icon), text, this);
        action->setObjectName(objectName);
        action->setToolTip(tooltip);
        action->setShortcut(shortcut);
        action->setShortcutContext(Qt::WindowShortcut);
        return action;
    };
    newAction_ = make(QStringLiteral("newTenantAction"), QStringLiteral("new"), tr("&New tenant…"),
                      tr("Create a tenant"), QKeySequence(tr("Ctrl+N")));
    editAction_ = make(QStringLiteral("editTenantAction"), QStringLiteral("edit"), tr("&Edit…"),
                       tr("Edit the selected tenant's profile"), QKeySequence(tr("Ctrl+E")));
    changePlanAction_ =
        make(QStringLiteral("changePlanAction"), QStringLiteral("plans"), tr("Change &plan…"),
             tr("Move the selected tenant to another plan"), QKeySequence(tr("Ctrl+Shift+P")));
    topUpAction_ =
        make(QStringLiteral("topUpAction"), QStringLiteral("top-up"), tr("&Top up…"),
             tr("Add purchased credits to the selected tenant"), QKeySequence(tr("Ctrl+T")));
    adjustAction_ =
        make(QStringLiteral("adjustAction"), QStringLiteral("adjust"), tr("&Adjust credits…"),
             tr("Correct the selected tenant's balance up or down, with a reason"),
             QKeySequence(tr("Ctrl+Shift+T")));
    suspendAction_ =
        make(QStringLiteral("suspendAction"), QStringLiteral("suspend"), tr("&Suspend…"),
             tr("Deny the selected tenant's calls until it is unlocked"), QKeySequence());
    unlockAction_ = make(QStringLiteral("unlockAction"), QStringLiteral("unlock"), tr("&Unlock…"),
                         tr("Let the selected suspended tenant call again"), QKeySequence());
    issueKeyAction_ =
        make(QStringLiteral("issueKeyAction"), QStringLiteral("key"), tr("&Issue API key…"),
             tr("Create an API key for the selected tenant"), QKeySequence(tr("Ctrl+K")));
    revokeKeyAction_ =
        make(QStringLiteral("revokeKeyAction"), QStringLiteral("revoke"), tr("&Revoke API key…"),
             tr("Revoke the API key selected in the detail panel"), QKeySequence());

    using Caps = store::Capabilities;
    permissions_.guard(
        newAction_, [](const Caps& c) { return c.editTenants; }, tr("create tenants"));
    permissions_.guard(
        editAction_, [](const Caps& c) { return c.editTenants; }, tr("edit tenants"));
    permissions_.guard(
        changePlanAction_, [](const Caps& c) { return c.editTenants; },
        tr("change a tenant's plan"));
    permissions_.guard(
        topUpAction_, [](const Caps& c) { return c.credit; }, tr("top up credits"));
    permissions_.guard(
        adjustAction_, [](const Caps& c) { return c.credit; }, tr("adjust credits"));
    permissions_.guard(
        suspendAction_, [](const Caps& c) { return c.suspend; }, tr("suspend tenants"));
    permissions_.guard(
        unlockAction_, [](const Caps& c) { return c.suspend; }, tr("unlock tenants"));
    permissions_.guard(
        issueKeyAction_, [](const Caps& c) { return c.manageKeys; }, tr("issue API keys"));
    permissions_.guard(
        revokeKeyAction_, [](const Caps& c) { return c.manageKeys; }, tr("revoke API keys"));

    connect(newAction_, &QAction::triggered, this, &TenantsPage::createTenant);
    connect(editAction_, &QAction::triggered, this, &TenantsPage::editTenant);
    connect(changePlanAction_, &QAction::triggered, this, &TenantsPage::changePlan);
    connect(topUpAction_, &QAction::triggered, this, [this] { creditTenant(true); });
    connect(adjustAction_, &QAction::triggered, this, [this] { creditTenant(false); });
    connect(suspendAction_, &QAction::triggered, this,
            [this] { setStatus(store::TenantStatus::Suspended); });
    connect(unlockAction_, &QAction::triggered, this,
            [this] { setStatus(store::TenantStatus::Active); });
    connect(issueKeyAction_, &QAction::triggered, this, &TenantsPage::issueApiKey);
    connect(revokeKeyAction_, &QAction::triggered, this, &TenantsPage::revokeApiKey);
}

QList<QAction*> TenantsPage::tenantActions() const {
    return {newAction_,     editAction_,   changePlanAction_, topUpAction_,    adjustAction_,
            suspendAction_, unlockAction_, issueKeyAction_,   revokeKeyAction_};
}

QWidget* TenantsPage::buildFilterBar() {
    auto* bar = new QWidget(this);
    search_->setObjectName(QStringLiteral("search"));
    search_->setPlaceholderText(tr("Search slug, name or email"));
    search_->setToolTip(tr("Searched in the database as you type"));
    search_->setClearButtonEnabled(true);
    search_->addAction(icons::icon(QStringLiteral("search")), QLineEdit::LeadingPosition);
    connect(search_, &QLineEdit::textChanged, model_, &models::TenantTableModel::setSearch);

    statusFilter_->setObjectName(QStringLiteral("statusFilter"));
    statusFilter_->setToolTip(tr("Show tenants of one status only"));
    statusFilter_->addItem(tr("Any status"));
    statusFilter_->addItem(tr("Active"),
                           QVariant::fromValue(static_cast<int>(store::TenantStatus::Active)));
    statusFilter_->addItem(tr("Suspended"),
                           QVariant::fromValue(static_cast<int>(store::TenantStatus::Suspended)));
    connect(statusFilter_, &QComboBox::currentIndexChanged, this, [this] {
        const QVariant status = statusFilter_->currentData();
        model_->setStatusFilter(
            status.isValid() ? std::optional(static_cast<store::TenantStatus>(status.toInt()))
                             : std::nullopt);
    });

    planFilter_->setObjectName(QStringLiteral("planFilter"));
    planFilter_->setToolTip(tr("Show tenants of one plan only"));
    planFilter_->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    planFilter_->addItem(tr("All plans"));
    connect(planFilter_, &QComboBox::currentIndexChanged, this,
            [this] { model_->setPlanFilter(planFilter_->currentData().toString()); });

    lowBalance_->setObjectName(QStringLiteral("lowBalance"));
    lowBalance_->setToolTip(tr("Only tenants whose balance is at or under their low-credit alert"));
    connect(lowBalance_, &QCheckBox::toggled, model_, &models::TenantTableModel::setLowBalanceOnly);

    auto* row = new QHBoxLayout(bar);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(search_, 1);
    row->addWidget(statusFilter_);
    row->addWidget(planFilter_);
    row->addWidget(lowBalance_);
    return bar;
}

void TenantsPage::buildTable() {
    table_->setModel(model_);
    table_->setItemDelegate(new TextCellDelegate(table_));
    table_->setSortingEnabled(true);
    table_->sortByColumn(models::TenantTableModel::Slug, Qt::AscendingOrder);
    // Sizing columns to their contents would measure every loaded row on each page that
    // arrives; fixed starting widths keep scrolling through many thousands smooth.
    QHeaderView* header = table_->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setStretchLastSection(true);
    const int unit = table_->fontMetrics().averageCharWidth();
    const std::pair<int, int> widths[] = {
        {models::TenantTableModel::Slug, 16},    {models::TenantTableModel::Name, 20},
        {models::TenantTableModel::Email, 24},   {models::TenantTableModel::Status, 10},
        {models::TenantTableModel::Plan, 11},    {models::TenantTableModel::Region, 8},
        {models::TenantTableModel::Balance, 15}, {models::TenantTableModel::Created, 22},
    };
    for (const auto& [column, chars] : widths)
        header->resizeSection(column, chars * unit);

    connect(table_->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &TenantsPage::onCurrentRowChanged);
    connect(table_, &QTableView::doubleClicked, this, [this] {
        if (editAction_->isEnabled())
            editTenant();
    });
    connect(model_, &QAbstractItemModel::modelReset, this, &TenantsPage::onRowsReset);
    connect(model_, &QAbstractItemModel::rowsInserted, this, &TenantsPage::updateCountLabel);
    connect(model_, &QAbstractItemModel::rowsRemoved, this, &TenantsPage::updateCountLabel);
    connect(model_, &QAbstractItemModel::dataChanged, this, &TenantsPage::onRowsChanged);
    connect(model_, &models::TenantTableModel::loadingChanged, this,
            &TenantsPage::updateCountLabel);
    connect(model_, &models::TenantTableModel::loadFailed, this, [this](const QString& reason) {
        count_->setText(tr("Could not load tenants: %1").arg(reason));
    });
}

void TenantsPage::fillPlanFilter() {
    const QString chosen = planFilter_->currentData().toString();
    QSignalBlocker blocker(planFilter_);
    planFilter_->clear();
    planFilter_->addItem(tr("All plans"));
    for (const QString& code : planCodes())
        planFilter_->addItem(code, code);
    const int index = planFilter_->findData(chosen);
    planFilter_->setCurrentIndex(index < 0 ? 0 : index);
}

QStringList TenantsPage::planCodes() const {
    QStringList codes;
    for (int row = 0; row < plans_->rowCount(); ++row)
        codes.append(fromStd(plans_->planAt(row).code));
    return codes;
}

std::optional<store::Tenant> TenantsPage::selectedTenant() const {
    if (!selectedId_)
        return std::nullopt;
    const int row = model_->rowOfTenant(*selectedId_, table_->currentIndex().row());
    if (row < 0)
        return std::nullopt;
    return model_->tenantAt(row);
}

bool TenantsPage::selectTenant(std::int64_t tenantId) {
    const int row = model_->rowOfTenant(tenantId);
    if (row < 0)
        return false;
    table_->selectRow(row);
    table_->scrollTo(model_->index(row, 0));
    return true;
}

void TenantsPage::onCurrentRowChanged() {
    const QModelIndex current = table_->currentIndex();
    if (!current.isValid()) {
        selectedId_.reset();
        detail_->clear();
    } else {
        const store::Tenant& tenant = model_->tenantAt(current.row());
        selectedId_ = tenant.id;
        detail_->showTenant(tenant);
    }
    updateActions();
}

void TenantsPage::onRowsReset() {
    // A new query result: keep the selected tenant if it is still among the rows.
    if (!selectedId_ || !selectTenant(*selectedId_)) {
        selectedId_.reset();
        detail_->clear();
    }
    updateActions();
    updateCountLabel();
}

void TenantsPage::onRowsChanged(const QModelIndex& topLeft, const QModelIndex& bottomRight) {
    if (!selectedId_)
        return;
    const int row = model_->rowOfTenant(*selectedId_, table_->currentIndex().row());
    if (row >= topLeft.row() && row <= bottomRight.row()) {
        detail_->showTenant(model_->tenantAt(row));
        updateActions();
    }
}

void TenantsPage::updateActions() {
    const auto tenant = selectedTenant();
    const bool selected = tenant.has_value();
    const bool suspended = selected && tenant->status == store::TenantStatus::Suspended;
    const auto key = detail_->selectedApiKey();
    permissions_.setApplicable(newAction_, true);
    permissions_.setApplicable(editAction_, selected);
    permissions_.setApplicable(changePlanAction_, selected);
    permissions_.setApplicable(topUpAction_, selected);
    permissions_.setApplicable(adjustAction_, selected);
    permissions_.setApplicable(suspendAction_, selected && !suspended);
    permissions_.setApplicable(unlockAction_, suspended);
    permissions_.setApplicable(issueKeyAction_, selected);
    permissions_.setApplicable(revokeKeyAction_, selected && key && !key->revokedAt);
}

void TenantsPage::updateCountLabel() {
    const QLocale locale;
    const int rows = model_->rowCount();
    if (model_->isLoading() && rows == 0) {
        count_->setText(tr("Loading tenants…"));
        return;
    }
    if (model_->canFetchMore({}))
        count_->setText(
            tr("%1 tenants loaded; more load as you scroll").arg(locale.toString(rows)));
    else
        count_->setText(rows == 1 ? tr("1 tenant") : tr("%1 tenants").arg(locale.toString(rows)));
}

void TenantsPage::refresh() {
    model_->reload();
    plans_->reload();
    detail_->reloadActivity();
}

void TenantsPage::createTenant() {
    auto* dialog = new TenantDialog(TenantDialog::Mode::Create, planCodes(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &TenantDialog::submitted, this,
            [this, dialog](const store::TenantDraft& draft) {
                saveDraft(dialog, std::nullopt, draft);
            });
    tenantDialog_ = dialog;
    dialog->open();
}

void TenantsPage::editTenant() {
    const auto tenant = selectedTenant();
    if (!tenant)
        return;
    auto* dialog = new TenantDialog(TenantDialog::Mode::Edit, planCodes(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setDraft(draftOf(*tenant));
    connect(dialog, &TenantDialog::submitted, this,
            [this, dialog, original = *tenant](const store::TenantDraft& draft) {
                saveDraft(dialog, original, draft);
            });
    tenantDialog_ = dialog;
    dialog->open();
}

void TenantsPage::saveDraft(TenantDialog* dialog, std::optional<store::Tenant> original,
                            const store::TenantDraft& draft) {
    const auto failed = [dialog](const store::StoreError& error) {
        dialog->saveFailed(describeStoreError(error, tr("this tenant")));
    };
    if (!original) {
        commands_.create(
            dialog, draft,
            [this, dialog](const store::Tenant& created) {
                dialog->saveSucceeded();
                selectedId_ = created.id;
                detail_->showTenant(created);
                model_->reload();
                emit statusMessage(tr("Created tenant %1 on plan %2.")
                                       .arg(slugOf(created), fromStd(created.planCode)));
            },
            failed);
        return;
    }
    commands_.update(
        dialog, original->id, original->rowVersion, draft,
        [this, dialog](const store::Tenant& saved) {
            dialog->saveSucceeded();
            applyChangedTenant(saved);
            emit statusMessage(tr("Saved tenant %1.").arg(slugOf(saved)));
        },
        failed);
}

void TenantsPage::changePlan() {
    const auto tenant = selectedTenant();
    if (!tenant)
        return;
    auto* dialog = new QInputDialog(this);
    dialog->setObjectName(QStringLiteral("changePlanDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Change plan of %1").arg(slugOf(*tenant)));
    dialog->setLabelText(tr("%1 is on plan %2. From now on, price its calls by plan:")
                             .arg(slugOf(*tenant), fromStd(tenant->planCode)));
    dialog->setComboBoxItems(planCodes());
    dialog->setTextValue(fromStd(tenant->planCode));
    dialog->setOkButtonText(tr("Change plan"));
    connect(dialog, &QInputDialog::textValueSelected, this,
            [this, original = *tenant](const QString& plan) {
                if (plan.toStdString() == original.planCode)
                    return;
                store::TenantDraft draft = draftOf(original);
                draft.planCode = plan.toStdString();
                commands_.update(
                    this, original.id, original.rowVersion, draft,
                    [this, from = fromStd(original.planCode)](const store::Tenant& saved) {
                        applyChangedTenant(saved);
                        emit statusMessage(tr("Moved %1 from plan %2 to plan %3.")
                                               .arg(slugOf(saved), from, fromStd(saved.planCode)));
                    },
                    [this](const store::StoreError& error) {
                        showError(storeErrorTitle(error),
                                  describeStoreError(error, tr("this tenant")));
                    });
            });
    dialog->open();
}

void TenantsPage::creditTenant(bool topUp) {
    const auto tenant = selectedTenant();
    if (!tenant)
        return;
    const auto kind = topUp ? CreditDialog::Kind::TopUp : CreditDialog::Kind::Adjustment;
    auto* dialog = new CreditDialog(kind, *tenant, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(
        dialog, &CreditDialog::confirmed, this,
        [this, dialog, topUp, original = *tenant](billing::Credits amount, const QString& reason) {
            const auto done = [this, dialog, amount, original](billing::Credits balance) {
                dialog->saveSucceeded();
                model_->refreshTenant(original.id);
                detail_->reloadActivity();
                const QString slug = slugOf(original);
                emit statusMessage(amount.isNegative()
                                       ? tr("Removed %1 credits from %2: balance now %3.")
                                             .arg(models::formatCredits(-amount), slug,
                                                  models::formatCredits(balance))
                                       : tr("Added %1 credits to %2: balance now %3.")
                                             .arg(models::formatCredits(amount), slug,
                                                  models::formatCredits(balance)));
            };
            const auto failed = [dialog](const store::StoreError& error) {
                dialog->saveFailed(describeStoreError(error, tr("the balance")));
            };
            if (topUp)
                commands_.topUp(dialog, original.id, amount, reason.toStdString(), done, failed);
            else
                commands_.adjust(dialog, original.id, amount, reason.toStdString(), done, failed);
        });
    creditDialog_ = dialog;
    dialog->open();
}

void TenantsPage::setStatus(store::TenantStatus status) {
    const auto tenant = selectedTenant();
    if (!tenant)
        return;
    const QString slug = slugOf(*tenant);
    const bool suspend = status == store::TenantStatus::Suspended;
    const QString question = suspend ? tr("Suspend %1?").arg(slug) : tr("Unlock %1?").arg(slug);
    const QString details =
        suspend ? tr("Every call of %1 will be denied as suspended until it is unlocked. Its "
                     "balance and keys stay as they are.")
                      .arg(slug)
                : tr("%1's calls will be metered and charged again.").arg(slug);
    askConfirmation(
        this, suspend ? tr("Suspend tenant") : tr("Unlock tenant"), question, details,
        suspend ? tr("Suspend") : tr("Unlock"), [this, status, original = *tenant] {
            commands_.setStatus(
                this, original.id, original.rowVersion, status,
                [this](const store::Tenant& saved) {
                    applyChangedTenant(saved);
                    emit statusMessage(
                        saved.status == store::TenantStatus::Suspended
                            ? tr("Suspended %1: its calls are denied until it is unlocked.")
                                  .arg(slugOf(saved))
                            : tr("Unlocked %1: its calls are metered again.").arg(slugOf(saved)));
                },
                [this](const store::StoreError& error) {
                    showError(storeErrorTitle(error), describeStoreError(error, tr("this tenant")));
                });
        });
}

void TenantsPage::issueApiKey() {
    const auto tenant = selectedTenant();
    if (!tenant)
        return;
    auto* dialog = new QInputDialog(this);
    dialog->setObjectName(QStringLiteral("issueKeyDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Issue an API key for %1").arg(slugOf(*tenant)));
    dialog->setLabelText(tr("A label to recognise the key by (e.g. \"production gateway\"). The "
                            "secret is shown once, next."));
    dialog->setOkButtonText(tr("Issue key"));
    connect(dialog, &QInputDialog::textValueSelected, this,
            [this, original = *tenant](const QString& label) {
                commands_.issueApiKey(
                    this, original.id, label.trimmed().toStdString(),
                    [this, original](const store::IssuedApiKey& issued) {
                        detail_->reloadActivity();
                        auto* secret = new ApiKeySecretDialog(slugOf(original), issued, this);
                        secret->setAttribute(Qt::WA_DeleteOnClose);
                        secret->open();
                        emit statusMessage(tr("Issued API key %1 for %2.")
                                               .arg(fromStd(issued.key.prefix), slugOf(original)));
                    },
                    [this](const store::StoreError& error) {
                        showError(storeErrorTitle(error),
                                  describeStoreError(error, tr("the API keys")));
                    });
            });
    dialog->open();
}

void TenantsPage::revokeApiKey() {
    const auto tenant = selectedTenant();
    const auto key = detail_->selectedApiKey();
    if (!tenant || !key)
        return;
    const QString prefix = fromStd(key->prefix);
    askConfirmation(
        this, tr("Revoke API key"), tr("Revoke API key %1 of %2?").arg(prefix, slugOf(*tenant)),
        tr("Requests that carry it will be refused from now on. This cannot be undone."),
        tr("Revoke"),
        [this, tenantId = tenant->id, keyId = key->id, prefix, slug = slugOf(*tenant)] {
            commands_.revokeApiKey(
                this, tenantId, keyId,
                [this, prefix, slug] {
                    detail_->reloadActivity();
                    emit statusMessage(tr("Revoked API key %1 of %2.").arg(prefix, slug));
                },
                [this](const store::StoreError& error) {
                    showError(storeErrorTitle(error),
                              describeStoreError(error, tr("the API keys")));
                });
        });
}

void TenantsPage::applyChangedTenant(const store::Tenant& tenant) {
    model_->replaceTenant(tenant);
    if (selectedId_ == tenant.id)
        detail_->showTenant(tenant);
    updateActions();
}

void TenantsPage::showError(const QString& title, const QString& message) {
    auto* box = new QMessageBox(QMessageBox::Warning, title, message, QMessageBox::Ok, this);
    box->setObjectName(QStringLiteral("errorMessage"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

} // namespace meterdesk::ui

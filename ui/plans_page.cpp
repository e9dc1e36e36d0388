#include "plans_page.h"

#include "icons.h"
#include "new_plan_dialog.h"
#include "permission_guard.h"
#include "read_only_proxy.h"
#include "store_error_text.h"
#include "table_views.h"
#include "tariff_editor_dialog.h"

#include <models/display_format.h>
#include <models/endpoint_rule_table_model.h>
#include <models/plan_list_model.h>
#include <models/plan_version_list_model.h>
#include <models/region_multiplier_table_model.h>
#include <store/plans.h>

#include <QAction>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

#include <chrono>

namespace meterdesk::ui {

namespace {

QString qs(const std::string& text) {
    return QString::fromStdString(text);
}

std::chrono::sys_seconds nowSeconds() {
    return std::chrono::floor<std::chrono::seconds>(std::chrono::system_clock::now());
}

} // namespace

PlansPage::PlansPage(models::DatabaseSession& session, PermissionGuard& permissions,
                     QWidget* parent)
    : ConsolePage(parent)
    , session_(session)
    , permissions_(permissions)
    , plans_(new models::PlanListModel(session, store::TenantCounts::Counted, this))
    , versions_(new models::PlanVersionListModel(session, this))
    , shownRules_(new models::EndpointRuleTableModel(this))
    , shownRegions_(new models::RegionMultiplierTableModel(this))
    , planTable_(makeTableView(this, QStringLiteral("planTable")))
    , versionTable_(makeTableView(this, QStringLiteral("versionTable")))
    , rulesTable_(makeTableView(this, QStringLiteral("versionRulesTable")))
    , regionsTable_(makeTableView(this, QStringLiteral("versionRegionsTable")))
    , versionHeading_(new QLabel(this))
    , versionSummary_(new QLabel(this))
    , newVersionAction_(
          new QAction(icons::icon(QStringLiteral("new-version")), tr("&New version…"), this))
    , newPlanAction_(new QAction(icons::icon(QStringLiteral("new")), tr("New &plan…"), this)) {
    newVersionAction_->setObjectName(QStringLiteral("newVersionAction"));
    newVersionAction_->setShortcut(QKeySequence(tr("Ctrl+Shift+N")));
    newVersionAction_->setToolTip(tr("Edit the next tariff version of the selected plan"));
    permissions_.guard(
        newVersionAction_, [](const store::Capabilities& c) { return c.editPlans; },
        tr("edit plans"));
    connect(newVersionAction_, &QAction::triggered, this, &PlansPage::openNewVersionEditor);
    newPlanAction_->setObjectName(QStringLiteral("newPlanAction"));
    newPlanAction_->setShortcut(QKeySequence(tr("Ctrl+Alt+N")));
    newPlanAction_->setToolTip(tr("Create a plan, then edit its first tariff version"));
    permissions_.guard(
        newPlanAction_, [](const store::Capabilities& c) { return c.editPlans; }, tr("edit plans"));
    connect(newPlanAction_, &QAction::triggered, this, &PlansPage::askNewPlan);

    planTable_->setModel(plans_);
    planTable_->horizontalHeader()->setSectionResizeMode(models::PlanListModel::Name,
                                                         QHeaderView::Stretch);
    versionTable_->setModel(versions_);

    auto* toolbar = new QToolBar(this);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolbar->setIconSize(QSize(18, 18));
    toolbar->addAction(newPlanAction_);
    toolbar->addAction(newVersionAction_);

    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("plansSplitter"));
    auto* top = new QSplitter(Qt::Horizontal, splitter);
    top->addWidget(planTable_);
    top->addWidget(versionTable_);
    top->setStretchFactor(0, 1);
    top->setStretchFactor(1, 1);
    splitter->addWidget(top);
    splitter->addWidget(buildVersionPanel());
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    splitter->setChildrenCollapsible(false);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(toolbar);
    layout->addWidget(splitter, 1);

    connect(planTable_->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &PlansPage::onPlanSelected);
    // A reload resets the list: select the same plan again, or the first one.
    connect(plans_, &QAbstractItemModel::modelAboutToBeReset, this,
            [this] { planBeforeReset_ = selectedPlanCode(); });
    connect(plans_, &QAbstractItemModel::modelReset, this, [this] {
        if (!createdPlan_.isEmpty() && selectPlan(createdPlan_))
            return;
        if (!selectPlan(planBeforeReset_) && plans_->rowCount() > 0)
            planTable_->selectRow(0);
    });
    connect(versionTable_->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &PlansPage::onVersionSelected);
    connect(versions_, &models::PlanVersionListModel::planLoaded, this, [this] {
        // Show the version in force unless the operator picked another one.
        const auto* inForce = versions_->versionInForce();
        const int row = inForce ? static_cast<int>(inForce - versions_->plan().versions.data())
                                : versions_->rowCount() - 1;
        if (row >= 0)
            versionTable_->selectRow(row);
        onVersionSelected();
        updateActions();
        if (!createdPlan_.isEmpty() && versions_->plan().code == createdPlan_.toStdString()) {
            createdPlan_.clear();
            openNewVersionEditor();
        }
    });
    connect(&permissions_, &PermissionGuard::sessionChanged, this, &PlansPage::updateActions);
    updateActions();
    onVersionSelected();
}

QWidget* PlansPage::buildVersionPanel() {
    auto* panel = new QWidget(this);
    versionHeading_->setObjectName(QStringLiteral("versionHeading"));
    versionHeading_->setTextFormat(Qt::RichText);
    versionSummary_->setObjectName(QStringLiteral("versionSummary"));
    versionSummary_->setWordWrap(true);

    auto* rulesProxy = new ReadOnlyProxyModel(this);
    rulesProxy->setSourceModel(shownRules_);
    rulesTable_->setModel(rulesProxy);
    rulesTable_->horizontalHeader()->setStretchLastSection(false);
    rulesTable_->horizontalHeader()->setSectionResizeMode(models::EndpointRuleTableModel::Endpoint,
                                                          QHeaderView::Stretch);
    auto* regionsProxy = new ReadOnlyProxyModel(this);
    regionsProxy->setSourceModel(shownRegions_);
    regionsTable_->setModel(regionsProxy);

    auto* tabs = new QTabWidget(panel);
    tabs->setObjectName(QStringLiteral("versionTabs"));
    tabs->addTab(rulesTable_, tr("Endpoint rules"));
    tabs->addTab(regionsTable_, tr("Region multipliers"));

    auto* layout = new QVBoxLayout(panel);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(versionHeading_);
    layout->addWidget(versionSummary_);
    layout->addWidget(tabs, 1);
    return panel;
}

QList<QAction*> PlansPage::planActions() const {
    return {newPlanAction_, newVersionAction_};
}

void PlansPage::refresh() {
    plans_->reload();
    versions_->reload();
}

bool PlansPage::selectPlan(const QString& code) {
    const int row = plans_->rowOfPlan(code.toStdString());
    if (row < 0)
        return false;
    planTable_->selectRow(row);
    return true;
}

QString PlansPage::selectedPlanCode() const {
    const QModelIndex current = planTable_->currentIndex();
    if (!current.isValid())
        return {};
    return qs(plans_->planAt(current.row()).code);
}

void PlansPage::onPlanSelected() {
    versions_->setPlan(selectedPlanCode());
    updateActions();
}

void PlansPage::onVersionSelected() {
    const QModelIndex current = versionTable_->currentIndex();
    if (!current.isValid() || current.row() >= versions_->rowCount()) {
        versionHeading_->setText(tr("<b>Select a plan and one of its versions</b>"));
        versionSummary_->clear();
        shownRules_->setRules({});
        shownRegions_->setRegions({});
        return;
    }
    const billing::TariffVersion& version = versions_->versionAt(current.row());
    const QString state =
        versions_->index(current.row(), models::PlanVersionListModel::State).data().toString();
    versionHeading_->setText(tr("<b>%1 — version %2</b> (%3)")
                                 .arg(qs(versions_->plan().name).toHtmlEscaped(),
                                      QString::number(version.version), state.toHtmlEscaped()));
    versionSummary_->setText(tr("Effective from %1 · monthly allowance %2 credits · default rate "
                                "limit %3 requests per %4 s")
                                 .arg(models::formatLocalTime(version.effectiveFrom),
                                      models::formatCredits(version.monthlyAllowance),
                                      QLocale().toString(version.defaultRateLimit.requests),
                                      QLocale().toString(version.defaultRateLimit.periodSeconds)));
    shownRules_->setRules(version.rules);
    shownRegions_->setRegions(version.regions);
}

void PlansPage::updateActions() {
    permissions_.setApplicable(newVersionAction_,
                               !selectedPlanCode().isEmpty() &&
                                   versions_->plan().code == selectedPlanCode().toStdString());
}

void PlansPage::openNewVersionEditor() {
    const QString code = selectedPlanCode();
    if (code.isEmpty() || versions_->plan().code != code.toStdString())
        return;
    const billing::Plan& plan = versions_->plan();
    const billing::TariffVersion* latest = plan.versions.empty() ? nullptr : &plan.versions.back();
    auto* editor = new TariffEditorDialog(plan, latest, versions_->versionInForce(),
                                          versions_->latestVersionNumber() + 1, nowSeconds(), this);
    editor->setAttribute(Qt::WA_DeleteOnClose);
    connect(
        editor, &TariffEditorDialog::submitted, this,
        [this, editor](const billing::TariffVersion& version) {
            session_.run(
                editor,
                [version](pqxx::connection& c) { store::PlanRepository(c).addVersion(version); },
                [this, editor, version] {
                    editor->saveSucceeded();
                    versions_->reload();
                    plans_->reload();
                    emit statusMessage(tr("Saved version %1 of plan %2, effective from %3.")
                                           .arg(QString::number(version.version),
                                                qs(version.planCode),
                                                models::formatLocalTime(version.effectiveFrom)));
                },
                [editor, code = qs(version.planCode)](const store::StoreError& error) {
                    if (error.kind() == store::StoreError::Kind::StaleRowVersion)
                        editor->saveFailed(
                            tr("Another operator saved a new version of plan %1 first, so "
                               "this one was not saved. Your edits are kept: close the "
                               "editor, review the new version, and start again from it.")
                                .arg(code));
                    else
                        editor->saveFailed(describeStoreError(error, tr("plan %1").arg(code)));
                },
                models::Retry::Never);
        });
    editor_ = editor;
    editor->open();
}

void PlansPage::askNewPlan() {
    auto* dialog = new NewPlanDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &NewPlanDialog::submitted, this, &PlansPage::createPlan);
    newPlanDialog_ = dialog;
    dialog->open();
}

void PlansPage::createPlan(const QString& code, const QString& name) {
    session_.run(
        newPlanDialog_.data(),
        [code = code.toStdString(), name = name.toStdString()](pqxx::connection& c) {
            store::PlanRepository(c).createPlan(code, name);
        },
        [this, code] {
            newPlanDialog_->saveSucceeded();
            createdPlan_ = code;
            plans_->reload();
            emit statusMessage(tr("Created plan %1; give it its first tariff version.").arg(code));
        },
        [this, code](const store::StoreError& error) {
            newPlanDialog_->saveFailed(describeStoreError(error, tr("plan %1").arg(code)));
        },
        models::Retry::Never);
}

} // namespace meterdesk::ui

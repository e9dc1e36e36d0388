#pragma once

#include "console_page.h"
#include "new_plan_dialog.h"
#include "tariff_editor_dialog.h"

#include <models/database_session.h>

#include <QList>
#include <QPointer>

class QAction;
class QLabel;
class QTableView;

namespace meterdesk::models {
class EndpointRuleTableModel;
class PlanListModel;
class PlanVersionListModel;
class RegionMultiplierTableModel;
} // namespace meterdesk::models

namespace meterdesk::ui {

class PermissionGuard;

// The plans, the tariff versions of the selected plan (in force, scheduled, superseded),
// and the rules and regions of the selected version, read-only. "New version…" opens the
// editor for the plan's next version; saving never touches a version already in force.
// "New plan…" names a plan, then opens the editor for its first version.
class PlansPage : public ConsolePage {
    Q_OBJECT

public:
    PlansPage(models::DatabaseSession& session, PermissionGuard& permissions,
              QWidget* parent = nullptr);

    QList<QAction*> planActions() const;
    void refresh() override;

    models::PlanListModel& plans() const { return *plans_; }
    models::PlanVersionListModel& versions() const { return *versions_; }
    QTableView* planTable() const { return planTable_; }
    QTableView* versionTable() const { return versionTable_; }
    // Selects the plan by code if it is loaded; returns whether it was.
    bool selectPlan(const QString& code);
    QString selectedPlanCode() const;
    TariffEditorDialog* openEditor() const { return editor_; }
    QAction* newVersionAction() const { return newVersionAction_; }
    QAction* newPlanAction() const { return newPlanAction_; }
    NewPlanDialog* openNewPlanDialog() const { return newPlanDialog_; }

signals:
    void statusMessage(const QString& message);

private:
    QWidget* buildVersionPanel();
    void onPlanSelected();
    void onVersionSelected();
    void updateActions();
    void openNewVersionEditor();
    void askNewPlan();
    void createPlan(const QString& code, const QString& name);

    models::DatabaseSession& session_;
    PermissionGuard& permissions_;
    models::PlanListModel* plans_;
    models::PlanVersionListModel* versions_;
    models::EndpointRuleTableModel* shownRules_;
    models::RegionMultiplierTableModel* shownRegions_;
    QTableView* planTable_;
    QTableView* versionTable_;
    QTableView* rulesTable_;
    QTableView* regionsTable_;
    QLabel* versionHeading_;
    QLabel* versionSummary_;
    QAction* newVersionAction_;
    QAction* newPlanAction_;
    QPointer<TariffEditorDialog> editor_;
    QPointer<NewPlanDialog> newPlanDialog_;
    QString planBeforeReset_;
    // A plan just created: selected when the list has it, then its first version is edited.
    QString createdPlan_;
};

} // namespace meterdesk::ui

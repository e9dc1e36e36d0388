#pragma once

#include "console_page.h"
#include "credit_dialog.h"
#include "tenant_commands.h"
#include "tenant_dialog.h"

#include <models/database_session.h>
#include <store/tenants.h>

#include <QList>
#include <QPointer>

#include <cstdint>
#include <optional>

class QAction;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;

namespace meterdesk::models {
class PlanListModel;
class TenantTableModel;
} // namespace meterdesk::models

namespace meterdesk::ui {

class PermissionGuard;
class TenantDetailPanel;

// Find tenants (search as you type, filters by status, plan and low balance, sortable
// columns, loaded page by page), see one in detail, and act on it: create, edit, change
// plan, top up or adjust credits, suspend or unlock, issue or revoke an API key. Each
// action says what it will do before and what it did after (in the status bar).
class TenantsPage : public ConsolePage {
    Q_OBJECT

public:
    TenantsPage(models::DatabaseSession& session, PermissionGuard& permissions,
                QWidget* parent = nullptr);

    // In menu order, for the main window's Tenant menu.
    QList<QAction*> tenantActions() const;
    void refresh() override;

    models::TenantTableModel& model() const { return *model_; }
    QTableView* table() const { return table_; }
    TenantDetailPanel* detail() const { return detail_; }
    std::optional<store::Tenant> selectedTenant() const;
    // Selects the tenant's row if it is loaded; returns whether it was.
    bool selectTenant(std::int64_t tenantId);

    // The dialog of the running action, while it is open (for tests).
    TenantDialog* openTenantDialog() const { return tenantDialog_; }
    CreditDialog* openCreditDialog() const { return creditDialog_; }

    QAction* newAction() const { return newAction_; }
    QAction* editAction() const { return editAction_; }
    QAction* changePlanAction() const { return changePlanAction_; }
    QAction* topUpAction() const { return topUpAction_; }
    QAction* adjustAction() const { return adjustAction_; }
    QAction* suspendAction() const { return suspendAction_; }
    QAction* unlockAction() const { return unlockAction_; }
    QAction* issueKeyAction() const { return issueKeyAction_; }
    QAction* revokeKeyAction() const { return revokeKeyAction_; }

signals:
    void statusMessage(const QString& message);

private:
    void buildActions();
    QWidget* buildFilterBar();
    void buildTable();
    void fillPlanFilter();
    QStringList planCodes() const;

    void onCurrentRowChanged();
    void onRowsReset();
    void onRowsChanged(const QModelIndex& topLeft, const QModelIndex& bottomRight);
    void updateActions();
    void updateCountLabel();

    void createTenant();
    void editTenant();
    void changePlan();
    void creditTenant(bool topUp);
    void setStatus(store::TenantStatus status);
    void issueApiKey();
    void revokeApiKey();

    void saveDraft(TenantDialog* dialog, std::optional<store::Tenant> original,
                   const store::TenantDraft& draft);
    void applyChangedTenant(const store::Tenant& tenant);
    void showError(const QString& title, const QString& message);

    PermissionGuard& permissions_;
    TenantCommands commands_;
    models::TenantTableModel* model_;
    models::PlanListModel* plans_;

    QLineEdit* search_;
    QComboBox* statusFilter_;
    QComboBox* planFilter_;
    QCheckBox* lowBalance_;
    QLabel* count_;
    QTableView* table_;
    TenantDetailPanel* detail_;
    std::optional<std::int64_t> selectedId_;

    QPointer<TenantDialog> tenantDialog_;
    QPointer<CreditDialog> creditDialog_;

    QAction* newAction_ = nullptr;
    QAction* editAction_ = nullptr;
    QAction* changePlanAction_ = nullptr;
    QAction* topUpAction_ = nullptr;
    QAction* adjustAction_ = nullptr;
    QAction* suspendAction_ = nullptr;
    QAction* unlockAction_ = nullptr;
    QAction* issueKeyAction_ = nullptr;
    QAction* revokeKeyAction_ = nullptr;
};

// The draft an edit starts from.
store::TenantDraft draftOf(const store::Tenant& tenant);

} // namespace meterdesk::ui

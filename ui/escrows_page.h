#pragma once

#include "console_page.h"

#include <models/escrow_desk.h>

#include <QList>
#include <QPointer>

#include <functional>
#include <optional>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QSortFilterProxyModel;
class QTableView;
class QTreeWidget;

namespace meterdesk::models {
class DatabaseSession;
class OperatorKeyring;
} // namespace meterdesk::models

namespace meterdesk::ui {

class EscrowFilterProxy;
class PermissionGuard;

// Every escrow the CreditEscrow contract holds, refund requests first: filter by state,
// search by job, payer, payee or tenant. The detail shows the on-chain history with
// transaction hashes, the job's metered usage in token units and the suggested settlement,
// and the operator's decisions. Approve refund, Release and Settle… plan the decision
// (simulated, fee estimated), ask for confirmation, then sign with the operator key from the
// keychain and follow the transaction: pending, then confirmed or failed with the reason.
// Only roles that may record escrow decisions get the actions.
class EscrowsPage : public ConsolePage {
    Q_OBJECT

public:
    // Shown a plan, calls proceed() to sign and send it, or nothing to cancel. The default
    // opens an EscrowDecisionDialog; tests inject their own answer.
    using Confirmer =
        std::function<void(const models::DecisionPlan& plan, std::function<void()> proceed)>;

    EscrowsPage(models::DatabaseSession& session, PermissionGuard& permissions,
                QWidget* parent = nullptr);

    void configureNode(const models::NodeSettings& settings);
    void refresh() override;
    void setConfirmer(Confirmer confirmer);

    // In menu order, for the main window's Escrows menu.
    QList<QAction*> escrowActions() const;
    QAction* refundAction() const { return refundAction_; }
    QAction* releaseAction() const { return releaseAction_; }
    QAction* settleAction() const { return settleAction_; }
    QAction* importKeyAction() const { return importKeyAction_; }

    models::EscrowDesk& desk() const { return *desk_; }
    models::OperatorKeyring& keyring() const { return *keyring_; }
    QTableView* table() const { return table_; }
    bool isLoading() const;
    // Selects the escrow's row if it is shown; returns whether it was.
    bool selectEscrow(const chain::EscrowId& id);
    std::optional<chain::OnChainEscrow> selectedEscrow() const;
    // The suggested settlement of the selected escrow, once its evidence has loaded.
    std::optional<billing::TokenAmount> suggestedSettlement() const;
    QString detailText() const;

signals:
    void statusMessage(const QString& message);

private:
    void buildActions();
    QWidget* buildFilterBar();
    QWidget* buildDetail();
    void onSelectionChanged();
    void updateActions();
    void updateCount();
    void showEvidence(const models::EscrowEvidence& evidence);
    void decide(store::EscrowDecisionAction action);
    void askSettlement();
    void confirm(const models::DecisionPlan& plan);
    void importKey();

    PermissionGuard& permissions_;
    models::OperatorKeyring* keyring_;
    models::EscrowDesk* desk_;
    EscrowFilterProxy* proxy_;
    Confirmer confirmer_;

    QComboBox* stateFilter_;
    QLineEdit* search_;
    QLabel* count_;
    QProgressBar* progress_;
    QLabel* notice_;
    QTableView* table_;
    QLabel* summary_;
    QLabel* usage_;
    QTreeWidget* history_;
    QTreeWidget* decisions_;
    std::optional<models::EscrowEvidence> evidence_;
    std::optional<chain::EscrowId> keptSelection_; // across a refresh
    bool planning_ = false;

    QAction* refundAction_ = nullptr;
    QAction* releaseAction_ = nullptr;
    QAction* settleAction_ = nullptr;
    QAction* importKeyAction_ = nullptr;
};

} // namespace meterdesk::ui

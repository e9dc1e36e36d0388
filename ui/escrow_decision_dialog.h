#pragma once

#include <models/escrow_desk.h>

#include <QDialog>

namespace meterdesk::ui {

// Asks the operator to confirm a planned escrow decision before it is signed: what moves
// where, the fee estimate, the node's simulation of it on the latest block, and the key that
// signs. Cancel is the default button, so Enter never signs by accident.
class EscrowDecisionDialog : public QDialog {
    Q_OBJECT

public:
    explicit EscrowDecisionDialog(const models::DecisionPlan& plan, QWidget* parent = nullptr);

    const models::DecisionPlan& plan() const { return plan_; }

private:
    models::DecisionPlan plan_;
};

} // namespace meterdesk::ui

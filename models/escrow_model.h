#pragma once

#include <chain/credit_escrow.h>

#include <QAbstractTableModel>
#include <QString>

#include <chrono>
#include <map>
#include <vector>

namespace meterdesk::models {

// The escrows the CreditEscrow contract holds, in the order an operator works through them:
// refund requests first, then open escrows, then decided ones; within each, the oldest first.
// Rows come from a refresh that read the contract (CreditEscrowContract::escrows).
class EscrowModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { Job, State, Payer, Payee, Amount, Deadline, Age, Tenant, Decision, ColumnCount };
    Q_ENUM(Column)

    // How the escrow's token writes amounts.
    struct TokenUnits {
        int decimals = 0;
        QString symbol;
    };

    explicit EscrowModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    // RawValueRole: base units as decimal text for amounts (they may exceed 64 bits), UTC
    // QDateTime for the deadline, age in seconds, the state as the billing core names it
    // ("refund_requested"); IdRole: the escrow id as 0x hex.
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // Replaces every row; `now` is the node's latest block time, which ages are counted to.
    void setEscrows(std::vector<chain::OnChainEscrow> escrows, TokenUnits units,
                    std::chrono::sys_seconds now);
    const chain::OnChainEscrow& escrowAt(int row) const {
        return rows_.at(static_cast<std::size_t>(row));
    }
    // The row of the escrow with that id, or -1.
    int rowOf(const chain::EscrowId& id) const;

    // What the metering database adds: the payer's tenant by wallet (lower-case 0x hex) and
    // the operator's latest decision by escrow id (0x hex), both as the operator reads them.
    void setAnnotations(std::map<QString, QString> tenantsByWallet,
                        std::map<QString, QString> decisionsByEscrow);

private:
    QVariant display(const chain::OnChainEscrow& escrow, int column) const;
    QVariant raw(const chain::OnChainEscrow& escrow, int column) const;

    std::vector<chain::OnChainEscrow> rows_;
    std::map<QString, QString> tenantsByWallet_;
    std::map<QString, QString> decisionsByEscrow_;
    TokenUnits units_;
    std::chrono::sys_seconds now_{};
};

// "refund requested": a state as the operator reads it.
QString escrowStateText(billing::EscrowState state);

} // namespace meterdesk::models

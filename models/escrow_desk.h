#pragma once

#include "chain_failure_text.h"
#include "escrow_model.h"
#include "node_settings.h"

#include <billing/escrow_settlement.h>
#include <chain/credit_escrow.h>
#include <chain/transaction_sender.h>
#include <store/escrow_decisions.h>
#include <store/escrow_evidence.h>

#include <QObject>
#include <QString>

#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <vector>

namespace meterdesk::chain {
class JsonRpcClient;
class ReceiptTracker;
class Signer;
struct TxOutcome;
} // namespace meterdesk::chain

namespace meterdesk::models {

class DatabaseSession;
class OperatorKeyring;

// A decision ready to sign, for the operator to confirm: what moves where, what it costs and
// what the node's simulation of it on the latest block said. Made only when the simulation
// passed, so a refusal never reaches a confirmation.
struct DecisionPlan {
    chain::OnChainEscrow escrow;
    store::EscrowDecisionAction action = store::EscrowDecisionAction::Release;
    std::optional<billing::TokenAmount> toPayee; // settle only
    chain::TxRequest request;
    chain::FeeQuote quote;
    chain::Address signer;
    std::uint64_t chainId = 0;
    EscrowModel::TokenUnits units;

    billing::TokenAmount payeeReceives() const;
    billing::TokenAmount payerReceives() const;
    QString title() const;    // "Approve refund of job-pine-mill-2"
    QString movement() const; // "250 MDT go back to the payer 0x7099…79C8."
    QString fee() const;      // "at most 0.000123 ETH (61,234 gas at up to 2.01 gwei)"
};

// Everything the detail pane shows about one escrow.
struct EscrowEvidence {
    chain::EscrowId id;
    std::vector<chain::EscrowEvent> history;
    std::optional<store::WalletTenant> tenant;
    std::optional<store::JobUsage> usage; // none when the payer is no known tenant
    std::optional<billing::TokenAmount> usageInTokens;
    std::optional<billing::TokenAmount> suggestedToPayee; // min(amount, usage in tokens)
    std::vector<store::EscrowDecision> decisions;         // oldest first
};

// The Escrows page's work, without widgets: reads the escrows from the node and the tenants
// and decisions from the metering database, gathers an escrow's evidence, plans a decision
// (pre-flight, fee estimate), and carries it out: sign with the operator key from the
// keychain, record it as pending in meter.escrow_decisions before sending, follow it to the
// configured confirmations, then record confirmed or failed. Decisions still pending when the
// console starts (or the node is configured) are followed again. Node calls are asynchronous
// on this thread's event loop; database work runs through the DatabaseSession.
class EscrowDesk : public QObject {
    Q_OBJECT

public:
    EscrowDesk(DatabaseSession& session, OperatorKeyring& keyring, QObject* parent = nullptr);
    ~EscrowDesk() override;

    // Connects to the node (chain id, block number, token), then refreshes and resumes the
    // pending decisions. An unusable setting fails at once with nodeFailed naming the field.
    void configure(const NodeSettings& settings);
    bool isConfigured() const { return contract_ != nullptr; }
    const NodeSettings& settings() const { return settings_; }
    std::optional<std::uint64_t> chainId() const { return chainId_; }
    const EscrowModel::TokenUnits& tokenUnits() const { return units_; }
    bool isLoading() const { return loading_ > 0; }
    // The contract refuses every decision while paused (as of the last refresh).
    bool isPaused() const { return paused_; }
    EscrowModel& escrows() { return model_; }

    void refresh();
    void loadEvidence(const chain::EscrowId& id);
    // Needs the operator key of this chain (loaded from the keychain if not yet in memory).
    void plan(const chain::EscrowId& id, store::EscrowDecisionAction action,
              std::optional<billing::TokenAmount> toPayee = std::nullopt);
    void execute(const DecisionPlan& plan);
    void resumePending();

signals:
    // Usable settings were given: the node is being asked (nodeConnected or nodeFailed next).
    void nodeConnecting(const QString& endpoint);
    void nodeConnected(quint64 chainId, quint64 blockNumber, const QString& endpoint);
    void nodeFailed(const QString& reason);
    void loadingChanged(bool loading);
    void refreshed();
    void refreshFailed(const QString& reason);
    void evidenceLoaded(const meterdesk::models::EscrowEvidence& evidence);
    void evidenceFailed(const QString& reason);
    void planned(const meterdesk::models::DecisionPlan& plan);
    // Refused before anything was signed: the contract's named error, or no operator key.
    void planRefused(const QString& reason);
    void decisionRecorded(const meterdesk::store::EscrowDecision& decision); // pending
    void decisionResolved(const meterdesk::store::EscrowDecision& decision); // final
    // The decision could not be sent or recorded; the reason says which.
    void decisionFailed(const QString& reason);

private:
    struct Node;

    void setLoading(bool loading);
    void readPaused();
    void readEscrows();
    void annotate(const std::vector<chain::OnChainEscrow>& escrows);
    void withSigner(std::function<void(std::shared_ptr<const chain::Signer>)> then,
                    std::function<void(const QString&)> otherwise);
    chain::TransactionSender& senderFor(const std::shared_ptr<const chain::Signer>& signer);
    void send(const DecisionPlan& plan, const chain::PreparedTransaction& prepared);
    void follow(const store::EscrowDecision& decision);
    // Records the outcome; `failure` is the operator's sentence when it is not confirmed.
    void resolve(const store::EscrowDecision& decision, const chain::TxOutcome& outcome,
                 const QString& failure);
    std::optional<billing::CreditTokenRate> creditRate() const;

    DatabaseSession& session_;
    OperatorKeyring& keyring_;
    NodeSettings settings_;
    EscrowModel model_;
    std::unique_ptr<Node> node_;
    chain::CreditEscrowContract* contract_ = nullptr; // inside node_
    std::optional<std::uint64_t> chainId_;
    EscrowModel::TokenUnits units_;
    int loading_ = 0;
    bool paused_ = false;
    int generation_ = 0; // bumped by configure(): answers for an older node are dropped
};

} // namespace meterdesk::models

Q_DECLARE_METATYPE(meterdesk::models::DecisionPlan)
Q_DECLARE_METATYPE(meterdesk::models::EscrowEvidence)

#include "escrow_desk.h"

#include "chain_failure_text.h"
#include "chain_watch.h"
#include "database_session.h"
#include "operator_keyring.h"

#include <billing/escrow_settlement.h>
#include <chain/contracts.h>
#include <chain/receipt_tracker.h>
#include <chain/rpc_client.h>
#include <chain/signer.h>
#include <chain/token.h>
#include <store/errors.h>

#include <QFutureWatcher>
#include <QLocale>

#include <set>

namespace meterdesk::models {

namespace {

using store::EscrowDecision;
using store::EscrowDecisionAction;
using store::EscrowDecisionStatus;

constexpr std::uint64_t kEscrowPage = 200;

QString amountText(const billing::TokenAmount& amount, const EscrowModel::TokenUnits& units) {
    return QStringLiteral("%1 %2").arg(
        QString::fromStdString(amount.toDecimalString(units.decimals)), units.symbol);
}

QString shortAddress(const chain::Address& address) {
    const QString hex = address.toChecksumHex();
    return hex.left(6) + QChar(0x2026) + hex.right(4);
}

QString actionText(EscrowDecisionAction action) {
    switch (action) {
    case EscrowDecisionAction::Release:
        return EscrowDesk::tr("release");
    case EscrowDecisionAction::Refund:
        return EscrowDesk::tr("refund");
    case EscrowDecisionAction::Settle:
        return EscrowDesk::tr("settle");
    }
    return {};
}

// "refund pending", "release confirmed in block 42", "settle failed: reverted (WrongState)".
QString decisionText(const EscrowDecision& decision) {
    const QString action = actionText(decision.draft.action);
    switch (decision.status) {
    case EscrowDecisionStatus::Pending:
        return EscrowDesk::tr("%1 pending").arg(action);
    case EscrowDecisionStatus::Confirmed:
        return EscrowDesk::tr("%1 confirmed in block %2")
            .arg(action)
            .arg(decision.blockNumber.value_or(0));
    case EscrowDecisionStatus::Failed:
        return EscrowDesk::tr("%1 failed: %2")
            .arg(action, QString::fromStdString(decision.failureReason.value_or(std::string())));
    }
    return {};
}

std::string lowerHex(const chain::Address& address) {
    return address.toHex().toStdString();
}

} // namespace

// The node's objects, replaced as a whole when the settings change.
struct EscrowDesk::Node {
    explicit Node(const NodeSettings& settings)
        : rpc(std::make_unique<chain::JsonRpcClient>(settings.rpcUrl))
        , eth(*rpc, chain::creditEscrowAbi())
        , contract(eth, chain::Address::fromHex(settings.escrowAddress))
        , tracker(eth, trackOptions(settings)) {}

    // The client goes first: the calls it still has in flight then fail while the tracker and
    // the senders that wait for them still exist (their continuations need them alive).
    ~Node() { rpc.reset(); }

    Node(const Node&) = delete;
    Node& operator=(const Node&) = delete;

    static chain::TrackOptions trackOptions(const NodeSettings& settings) {
        chain::TrackOptions options;
        options.confirmations = settings.confirmations;
        options.pollInterval = std::chrono::milliseconds(500);
        return options;
    }

    std::unique_ptr<chain::JsonRpcClient> rpc;
    chain::EthClient eth;
    chain::CreditEscrowContract contract;
    chain::ReceiptTracker tracker;
    // One sender per operator address, so its nonces count every transaction in flight.
    std::map<QString, std::pair<std::shared_ptr<const chain::Signer>,
                                std::unique_ptr<chain::TransactionSender>>>
        senders;
    std::set<QByteArray> followed; // transaction hashes being tracked
};

billing::TokenAmount DecisionPlan::payeeReceives() const {
    switch (action) {
    case EscrowDecisionAction::Release:
        return escrow.amount;
    case EscrowDecisionAction::Refund:
        return {};
    case EscrowDecisionAction::Settle:
        return toPayee.value_or(billing::TokenAmount{});
    }
    return {};
}

billing::TokenAmount DecisionPlan::payerReceives() const {
    return escrow.amount - payeeReceives();
}

QString DecisionPlan::title() const {
    const QString job = escrow.id.toDisplayString();
    switch (action) {
    case EscrowDecisionAction::Release:
        return EscrowDesk::tr("Release %1 to the payee").arg(job);
    case EscrowDecisionAction::Refund:
        return EscrowDesk::tr("Approve the refund of %1").arg(job);
    case EscrowDecisionAction::Settle:
        return EscrowDesk::tr("Settle %1 by usage").arg(job);
    }
    return {};
}

QString DecisionPlan::movement() const {
    QStringList parts;
    if (!payeeReceives().isZero())
        parts << EscrowDesk::tr("%1 go to the payee %2")
                     .arg(amountText(payeeReceives(), units), escrow.payee.toChecksumHex());
    if (!payerReceives().isZero())
        parts << EscrowDesk::tr("%1 go back to the payer %2")
                     .arg(amountText(payerReceives(), units), escrow.payer.toChecksumHex());
    if (parts.isEmpty())
        return EscrowDesk::tr("Nothing moves: the escrow holds no tokens.");
    return EscrowDesk::tr("From the escrow of %1, %2.")
        .arg(amountText(escrow.amount, units), parts.join(EscrowDesk::tr(", and ")));
}

QString DecisionPlan::fee() const {
    const auto ether = [](const chain::Uint256& wei) {
        return QString::fromStdString(billing::TokenAmount(wei).toDecimalString(18));
    };
    const auto gwei = [](const chain::Uint256& wei) {
        return QString::fromStdString(billing::TokenAmount(wei).toDecimalString(9));
    };
    return EscrowDesk::tr("at most %1 ETH (%2 gas at up to %3 gwei), paid by %4")
        .arg(ether(quote.maxCost()), QLocale().toString(static_cast<qulonglong>(quote.gasLimit)),
             gwei(quote.fees.maxFeePerGas), shortAddress(signer));
}

EscrowDesk::EscrowDesk(DatabaseSession& session, OperatorKeyring& keyring, QObject* parent)
    : QObject(parent)
    , session_(session)
    , keyring_(keyring)
    , model_(this) {}

EscrowDesk::~EscrowDesk() = default;

void EscrowDesk::setLoading(bool loading) {
    const bool was = isLoading();
    loading_ += loading ? 1 : -1;
    if (was != isLoading())
        emit loadingChanged(isLoading());
}

void EscrowDesk::configure(const NodeSettings& settings) {
    ++generation_;
    if (loading_ > 0) {
        loading_ = 0; // answers for the old node are dropped, so they never end their loads
        emit loadingChanged(false);
    }
    settings_ = settings;
    paused_ = false;
    contract_ = nullptr;
    node_.reset();
    chainId_.reset();
    model_.setEscrows({}, {}, {});
    if (const QString problem = settings.problem(); !problem.isEmpty()) {
        emit nodeFailed(problem);
        return;
    }
    node_ = std::make_unique<Node>(settings);
    contract_ = &node_->contract;
    emit nodeConnecting(settings.rpcUrl.toString());
    const int generation = generation_;
    setLoading(true); // until the node has answered
    const auto failed = [this, generation](const QString& reason) {
        if (generation != generation_)
            return;
        setLoading(false);
        emit nodeFailed(reason);
    };
    whenDone(
        this, node_->eth.chainId(),
        [this, generation, failed](std::uint64_t chainId) {
            if (generation != generation_)
                return;
            chainId_ = chainId;
            whenDone(
                this, node_->eth.blockNumber(),
                [this, generation](std::uint64_t block) {
                    if (generation != generation_)
                        return;
                    emit nodeConnected(chainId_.value_or(0), block, settings_.rpcUrl.toString());
                    refresh();
                    setLoading(false);
                    resumePending();
                },
                failed);
        },
        failed);
}

void EscrowDesk::refresh() {
    if (!contract_)
        return;
    setLoading(true);
    const int generation = generation_;
    const auto failed = [this, generation](const QString& reason) {
        if (generation != generation_)
            return;
        setLoading(false);
        emit refreshFailed(reason);
    };
    whenDone(
        this, contract_->token(),
        [this, generation, failed](const chain::Address& token) {
            if (generation != generation_)
                return;
            auto erc20 = std::make_shared<chain::Erc20Token>(node_->eth, token);
            whenDone(
                this, erc20->decimals(),
                [this, generation, failed, erc20](int decimals) {
                    whenDone(
                        this, erc20->symbol(),
                        [this, generation, decimals](const QString& symbol) {
                            if (generation != generation_)
                                return;
                            units_ = {decimals, symbol};
                            readPaused();
                        },
                        failed);
                },
                failed);
        },
        failed);
}

void EscrowDesk::readPaused() {
    const int generation = generation_;
    whenDone(
        this, contract_->paused(),
        [this, generation](bool paused) {
            if (generation != generation_)
                return;
            paused_ = paused;
            readEscrows();
        },
        [this, generation](const QString& reason) {
            if (generation != generation_)
                return;
            setLoading(false);
            emit refreshFailed(reason);
        });
}

void EscrowDesk::readEscrows() {
    const int generation = generation_;
    auto collected = std::make_shared<std::vector<chain::OnChainEscrow>>();
    const auto failed = [this, generation](const QString& reason) {
        if (generation != generation_)
            return;
        setLoading(false);
        emit refreshFailed(reason);
    };
    // Reads page after page, then the node's time that ages are counted to.
    auto readPage = std::make_shared<std::function<void(std::uint64_t, std::uint64_t)>>();
    *readPage = [this, generation, collected, failed, readPage](std::uint64_t offset,
                                                                std::uint64_t count) {
        if (generation != generation_)
            return;
        if (offset >= count) {
            whenDone(
                this, node_->eth.latestBlockTimestamp(),
                [this, generation, collected, readPage](std::uint64_t now) {
                    *readPage = nullptr; // breaks the cycle
                    if (generation != generation_)
                        return;
                    // Ages count to the node's time, or the clock when the node has mined
                    // nothing for a while (a dev node mines only on transactions).
                    const std::chrono::sys_seconds nodeTime{
                        std::chrono::seconds{static_cast<std::int64_t>(now)}};
                    const auto clock =
                        std::chrono::floor<std::chrono::seconds>(std::chrono::system_clock::now());
                    model_.setEscrows(*collected, units_, std::max(nodeTime, clock));
                    annotate(*collected);
                },
                failed);
            return;
        }
        whenDone(
            this, contract_->escrows(offset, kEscrowPage),
            [collected, readPage, offset, count](std::vector<chain::OnChainEscrow> page) {
                collected->insert(collected->end(), page.begin(), page.end());
                (*readPage)(offset + kEscrowPage, count);
            },
            failed);
    };
    whenDone(
        this, contract_->escrowCount(), [readPage](std::uint64_t count) { (*readPage)(0, count); },
        failed);
}

void EscrowDesk::annotate(const std::vector<chain::OnChainEscrow>& escrows) {
    const int generation = generation_;
    std::vector<std::string> wallets;
    std::vector<std::string> ids;
    for (const auto& escrow : escrows) {
        wallets.push_back(lowerHex(escrow.payer));
        ids.push_back(escrow.id.toHex().toStdString());
    }
    const std::string contract = lowerHex(contract_->address());
    using Annotations = std::pair<std::map<QString, QString>, std::map<QString, QString>>;
    session_.run(
        this,
        [wallets, ids, contract](pqxx::connection& connection) {
            Annotations annotations;
            store::EscrowEvidenceRepository evidence(connection);
            for (const auto& [wallet, tenant] : evidence.tenantsForWallets(wallets))
                annotations.first[QString::fromStdString(wallet)] =
                    QString::fromStdString(tenant.slug);
            store::EscrowDecisionRepository decisions(connection);
            for (const auto& id : ids) {
                const auto all = decisions.forEscrow(contract, id);
                if (!all.empty())
                    annotations.second[QString::fromStdString(id)] = decisionText(all.back());
            }
            return annotations;
        },
        [this, generation](Annotations annotations) {
            if (generation != generation_)
                return;
            model_.setAnnotations(std::move(annotations.first), std::move(annotations.second));
            setLoading(false);
            emit refreshed();
        },
        [this, generation](const store::StoreError& error) {
            if (generation != generation_)
                return;
            // The escrows are shown anyway; only the tenants and decisions are missing.
            setLoading(false);
            emit refreshFailed(tr("Tenants and decisions could not be read: %1").arg(error.what()));
        },
        Retry::OnReconnect);
}

std::optional<billing::CreditTokenRate> EscrowDesk::creditRate() const {
    try {
        return billing::CreditTokenRate(billing::TokenAmount::fromDecimalString(
            settings_.tokenUnitsPerCredit.toStdString(), units_.decimals));
    } catch (const std::exception&) {
        return std::nullopt;
    }
}

void EscrowDesk::loadEvidence(const chain::EscrowId& id) {
    const int row = model_.rowOf(id);
    if (!contract_ || row < 0)
        return;
    const chain::OnChainEscrow escrow = model_.escrowAt(row);
    const int generation = generation_;
    setLoading(true);
    const auto failed = [this, generation](const QString& reason) {
        if (generation != generation_)
            return;
        setLoading(false);
        emit evidenceFailed(reason);
    };
    whenDone(
        this, contract_->history(id),
        [this, generation, escrow, failed](std::vector<chain::EscrowEvent> history) {
            if (generation != generation_)
                return;
            const std::string wallet = lowerHex(escrow.payer);
            const std::string job = escrow.id.jobReference().toStdString();
            const std::string contract = lowerHex(contract_->address());
            const std::string escrowId = escrow.id.toHex().toStdString();
            session_.run(
                this,
                [wallet, job, contract, escrowId, id = escrow.id,
                 history = std::move(history)](pqxx::connection& connection) {
                    EscrowEvidence evidence;
                    evidence.id = id;
                    evidence.history = history;
                    store::EscrowEvidenceRepository repository(connection);
                    const auto tenants = repository.tenantsForWallets({wallet});
                    if (const auto found = tenants.find(wallet); found != tenants.end()) {
                        evidence.tenant = found->second;
                        if (!job.empty())
                            evidence.usage = repository.usageOfJob(found->second.tenantId, job);
                    }
                    evidence.decisions =
                        store::EscrowDecisionRepository(connection).forEscrow(contract, escrowId);
                    return evidence;
                },
                [this, generation, escrow](EscrowEvidence evidence) {
                    if (generation != generation_)
                        return;
                    setLoading(false);
                    if (const auto rate = creditRate(); rate && evidence.usage) {
                        evidence.usageInTokens = rate->convert(evidence.usage->credits);
                        evidence.suggestedToPayee = billing::suggestedSettlement(
                            escrow.amount, evidence.usage->credits, *rate);
                    }
                    emit evidenceLoaded(evidence);
                },
                [failed](const store::StoreError& error) {
                    failed(QString::fromUtf8(error.what()));
                },
                Retry::OnReconnect);
        },
        failed);
}

void EscrowDesk::withSigner(std::function<void(std::shared_ptr<const chain::Signer>)> then,
                            std::function<void(const QString&)> otherwise) {
    if (!chainId_) {
        otherwise(tr("The node is not connected yet."));
        return;
    }
    const std::uint64_t chainId = *chainId_;
    if (auto signer = keyring_.signer(chainId)) {
        then(std::move(signer));
        return;
    }
    // One answer from the keyring, then the connections go with this context object.
    auto* waiting = new QObject(this);
    const auto done = [waiting] {
        waiting->deleteLater();
    };
    connect(&keyring_, &OperatorKeyring::loaded, waiting,
            [this, chainId, then, done](quint64 loadedChain) {
                if (loadedChain != chainId)
                    return;
                done();
                then(keyring_.signer(chainId));
            });
    connect(&keyring_, &OperatorKeyring::notFound, waiting,
            [chainId, otherwise, done](quint64 missingChain) {
                if (missingChain != chainId)
                    return;
                done();
                otherwise(tr("No operator key for chain %1: import it first (Escrows › Import "
                             "operator key…).")
                              .arg(chainId));
            });
    connect(&keyring_, &OperatorKeyring::failed, waiting,
            [chainId, otherwise, done](quint64 failedChain, const QString& message) {
                if (failedChain != chainId)
                    return;
                done();
                otherwise(message);
            });
    keyring_.load(chainId);
}

chain::TransactionSender&
EscrowDesk::senderFor(const std::shared_ptr<const chain::Signer>& signer) {
    auto& slot = node_->senders[signer->address().toHex()];
    if (!slot.second) {
        slot.first = signer;
        slot.second = std::make_unique<chain::TransactionSender>(node_->eth, *signer);
    }
    return *slot.second;
}

void EscrowDesk::plan(const chain::EscrowId& id, EscrowDecisionAction action,
                      std::optional<billing::TokenAmount> toPayee) {
    const int row = model_.rowOf(id);
    if (!contract_ || row < 0) {
        emit planRefused(
            tr("The escrow %1 is not on the list; refresh first.").arg(id.toDisplayString()));
        return;
    }
    DecisionPlan plan;
    plan.escrow = model_.escrowAt(row);
    plan.action = action;
    plan.units = units_;
    plan.chainId = chainId_.value_or(0);
    switch (action) {
    case EscrowDecisionAction::Release:
        plan.request = contract_->release(id);
        break;
    case EscrowDecisionAction::Refund:
        plan.request = contract_->refund(id);
        break;
    case EscrowDecisionAction::Settle:
        if (!toPayee) {
            emit planRefused(tr("Amount to the payee: a settlement needs one."));
            return;
        }
        if (*toPayee > plan.escrow.amount) {
            emit planRefused(tr("Amount to the payee: at most the escrowed %1.")
                                 .arg(amountText(plan.escrow.amount, units_)));
            return;
        }
        plan.toPayee = toPayee;
        plan.request = contract_->settle(id, *toPayee);
        break;
    }
    const int generation = generation_;
    const auto refused = [this, generation](const QString& reason) {
        if (generation == generation_)
            emit planRefused(reason);
    };
    withSigner(
        [this, generation, plan, refused](std::shared_ptr<const chain::Signer> signer) mutable {
            if (generation != generation_)
                return;
            plan.signer = signer->address();
            whenDone(
                this, senderFor(signer).quote(plan.request),
                [this, generation, plan](const chain::FeeQuote& quote) {
                    if (generation != generation_)
                        return;
                    DecisionPlan quoted = plan;
                    quoted.quote = quote;
                    emit planned(quoted);
                },
                refused);
        },
        refused);
}

void EscrowDesk::execute(const DecisionPlan& plan) {
    const int generation = generation_;
    const auto failed = [this, generation](const QString& reason) {
        if (generation == generation_)
            emit decisionFailed(reason);
    };
    withSigner(
        [this, generation, plan, failed](std::shared_ptr<const chain::Signer> signer) {
            if (generation != generation_)
                return;
            // prepare() simulates once more on the latest block before signing.
            whenDone(
                this, senderFor(signer).prepare(plan.request),
                [this, plan](const chain::PreparedTransaction& prepared) { send(plan, prepared); },
                failed);
        },
        failed);
}

void EscrowDesk::send(const DecisionPlan& plan, const chain::PreparedTransaction& prepared) {
    const int generation = generation_;
    store::EscrowDecisionDraft draft;
    draft.chainId = plan.chainId;
    draft.contractAddress = lowerHex(contract_->address());
    draft.escrowId = plan.escrow.id.toHex().toStdString();
    draft.action = plan.action;
    draft.toPayee = plan.toPayee;
    draft.signerAddress = lowerHex(plan.signer);
    draft.txHash = chain::hexFromBytes(prepared.hash).toStdString();
    draft.nonce = prepared.nonce;
    const std::string payer = lowerHex(plan.escrow.payer);
    // Recorded before it is sent: a crash between the two leaves a pending decision whose
    // transaction is never seen, rather than a transaction nobody recorded.
    session_.run(
        this,
        [draft, payer](pqxx::connection& connection) mutable {
            store::EscrowDecisionRepository decisions(connection);
            draft.tenantId = decisions.tenantIdForWallet(payer);
            return decisions.record(draft);
        },
        [this, generation, prepared, plan](const EscrowDecision& decision) {
            if (generation != generation_)
                return;
            emit decisionRecorded(decision);
            refresh();
            auto& sender = node_->senders.at(plan.signer.toHex()).second;
            whenDone(
                this, sender->submit(prepared),
                [this, decision](const chain::SentTransaction&) { follow(decision); },
                [this, decision](const QString& reason) {
                    resolve(decision, chain::TxOutcome{},
                            tr("Not sent, so nothing moved: %1").arg(reason));
                });
        },
        [this, generation, prepared, plan](const store::StoreError& error) {
            if (generation != generation_)
                return; // the node's objects were replaced: the new sender asks the node
            // Nothing was sent, so its nonce is free again: kept, it would leave a gap and
            // the next decision would wait behind it forever.
            node_->senders.at(plan.signer.toHex()).second->abandon(prepared);
            emit decisionFailed(tr("Nothing was sent: the decision could not be recorded in "
                                   "the metering database (%1). Check the connection and try "
                                   "again.")
                                    .arg(QString::fromUtf8(error.what())));
        });
}

void EscrowDesk::follow(const EscrowDecision& decision) {
    const QByteArray hash =
        chain::bytesFromHex(QString::fromStdString(decision.draft.txHash), u"tx hash");
    if (!node_ || !node_->followed.insert(hash).second)
        return;
    const int generation = generation_;
    auto future = node_->tracker.track(hash);
    auto* watcher = new QFutureWatcher<chain::TxOutcome>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, decision, generation] {
        watcher->deleteLater();
        if (generation != generation_)
            return;
        const chain::TxOutcome outcome = watcher->future().result();
        resolve(decision, outcome, ChainFailureText::ofOutcome(outcome));
    });
    watcher->setFuture(future);
}

void EscrowDesk::resolve(const EscrowDecision& decision, const chain::TxOutcome& outcome,
                         const QString& failure) {
    const std::int64_t id = decision.id;
    const bool confirmed = outcome.status == chain::TxStatus::Confirmed;
    std::optional<std::uint64_t> block;
    if (outcome.receipt)
        block = outcome.receipt->blockNumber;
    const std::string reason = failure.toStdString();
    session_.run(
        this,
        [id, confirmed, block, reason](pqxx::connection& connection) {
            store::EscrowDecisionRepository decisions(connection);
            return confirmed ? decisions.markConfirmed(id, block.value_or(0))
                             : decisions.markFailed(id, reason, block);
        },
        [this](const EscrowDecision& resolved) {
            emit decisionResolved(resolved);
            refresh();
        },
        [this](const store::StoreError& error) {
            emit decisionFailed(
                tr("The outcome could not be recorded (%1); it stays pending and is followed "
                   "again on the next start.")
                    .arg(error.what()));
        },
        Retry::OnReconnect);
}

void EscrowDesk::resumePending() {
    if (!contract_ || !chainId_)
        return;
    const int generation = generation_;
    const std::uint64_t chainId = *chainId_;
    const std::string contract = lowerHex(contract_->address());
    session_.run(
        this,
        [](pqxx::connection& connection) {
            return store::EscrowDecisionRepository(connection).pending();
        },
        [this, generation, chainId, contract](const std::vector<EscrowDecision>& pending) {
            if (generation != generation_)
                return;
            for (const auto& decision : pending) {
                if (decision.draft.chainId == chainId && decision.draft.contractAddress == contract)
                    follow(decision);
            }
        },
        [this](const store::StoreError& error) {
            emit decisionFailed(tr("Pending decisions could not be read: %1").arg(error.what()));
        },
        Retry::OnReconnect);
}

} // namespace meterdesk::models

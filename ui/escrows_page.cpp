#include "escrows_page.h"

#include "escrow_decision_dialog.h"
#include "icons.h"
#include "operator_key_dialog.h"
#include "permission_guard.h"
#include "table_views.h"

#include <chain/hex.h>
#include <models/database_session.h>
#include <models/item_roles.h>
#include <models/operator_keyring.h>

#include <QAction>
#include <QComboBox>
#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QProgressBar>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace meterdesk::ui {

using models::EscrowModel;
using store::EscrowDecisionAction;

// Which escrows the table shows: one state, the undecided ones, or all; and a search over
// the job, the payer, the payee and the payer's tenant.
class EscrowFilterProxy : public QSortFilterProxyModel {
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    void setStates(QStringList states) {
        states_ = std::move(states);
        invalidateFilter();
    }
    void setSearch(const QString& text) {
        search_ = text.trimmed();
        invalidateFilter();
    }

protected:
    bool filterAcceptsRow(int row, const QModelIndex& parent) const override {
        const QAbstractItemModel* model = sourceModel();
        const QString state =
            model->index(row, EscrowModel::State, parent).data(models::RawValueRole).toString();
        if (!states_.isEmpty() && !states_.contains(state))
            return false;
        if (search_.isEmpty())
            return true;
        for (const int column :
             {EscrowModel::Job, EscrowModel::Payer, EscrowModel::Payee, EscrowModel::Tenant}) {
            if (model->index(row, column, parent)
                    .data()
                    .toString()
                    .contains(search_, Qt::CaseInsensitive))
                return true;
        }
        return false;
    }

private:
    QStringList states_;
    QString search_;
};

namespace {

QString tokens(const billing::TokenAmount& amount, const EscrowModel::TokenUnits& units) {
    return QStringLiteral("%1 %2").arg(
        QString::fromStdString(amount.toDecimalString(units.decimals)), units.symbol);
}

QString localTime(std::chrono::sys_seconds at) {
    return QLocale().toString(
        QDateTime::fromSecsSinceEpoch(at.time_since_epoch().count(), Qt::UTC).toLocalTime(),
        QLocale::ShortFormat);
}

bool undecided(billing::EscrowState state) {
    return state == billing::EscrowState::Open || state == billing::EscrowState::RefundRequested;
}

QString statusText(store::EscrowDecisionStatus status) {
    switch (status) {
    case store::EscrowDecisionStatus::Pending:
        return EscrowsPage::tr("pending");
    case store::EscrowDecisionStatus::Confirmed:
        return EscrowsPage::tr("confirmed");
    case store::EscrowDecisionStatus::Failed:
        return EscrowsPage::tr("failed");
    }
    return {};
}

QTreeWidget* makeList(QWidget* parent, const QString& objectName, const QStringList& headers) {
    auto* list = new QTreeWidget(parent);
    list->setObjectName(objectName);
    list->setRootIsDecorated(false);
    list->setAlternatingRowColors(true);
    list->setHeaderLabels(headers);
    list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    list->header()->setStretchLastSection(true);
    return list;
}

} // namespace

EscrowsPage::EscrowsPage(models::DatabaseSession& session, PermissionGuard& permissions,
                         QWidget* parent)
    : ConsolePage(parent)
    , permissions_(permissions)
    , keyring_(new models::OperatorKeyring(QStringLiteral("meterdesk"), this))
    , desk_(new models::EscrowDesk(session, *keyring_, this))
    , proxy_(new EscrowFilterProxy(this))
    , stateFilter_(new QComboBox(this))
    , search_(new QLineEdit(this))
    , count_(new QLabel(this))
    , progress_(new QProgressBar(this))
    , notice_(new QLabel(this))
    , table_(makeTableView(this, QStringLiteral("escrowTable"))) {
    confirmer_ = [this](const models::DecisionPlan& plan, std::function<void()> proceed) {
        auto* dialog = new EscrowDecisionDialog(plan, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &QDialog::accepted, this, std::move(proceed));
        dialog->open();
    };
    proxy_->setSourceModel(&desk_->escrows());
    table_->setModel(proxy_);
    table_->setSortingEnabled(true);
    table_->sortByColumn(-1, Qt::AscendingOrder); // the model's order: refund requests first
    table_->setToolTip(tr("Escrows on the node; refund requests first, then open ones"));
    // Wallet addresses are long: shortened in the middle, where they differ least; the detail
    // shows them whole.
    table_->setTextElideMode(Qt::ElideMiddle);
    for (const int column : {EscrowModel::Payer, EscrowModel::Payee}) {
        table_->horizontalHeader()->setSectionResizeMode(column, QHeaderView::Interactive);
        table_->horizontalHeader()->resizeSection(column, 170);
    }

    buildActions();
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("escrowSplitter"));
    splitter->addWidget(table_);
    splitter->addWidget(buildDetail());
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);

    notice_->setObjectName(QStringLiteral("escrowNotice"));
    notice_->setWordWrap(true);
    notice_->setText(tr("No EVM node is configured: choose File › Node settings… "
                        "(Ctrl+Shift+E), start Meterdesk with --node URL, or set MD_NODE_URL "
                        "and MD_ESCROW_ADDRESS."));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(buildFilterBar());
    layout->addWidget(notice_);
    layout->addWidget(splitter, 1);

    connect(table_->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &EscrowsPage::onSelectionChanged);
    // A refresh replaces every row: the operator stays on the escrow they were looking at.
    connect(proxy_, &QAbstractItemModel::modelAboutToBeReset, this, [this] {
        if (const auto escrow = selectedEscrow())
            keptSelection_ = escrow->id;
    });
    connect(proxy_, &QAbstractItemModel::modelReset, this, [this] {
        if (keptSelection_)
            selectEscrow(*keptSelection_);
        keptSelection_.reset();
        updateCount();
    });
    connect(proxy_, &QAbstractItemModel::rowsInserted, this, &EscrowsPage::updateCount);
    connect(proxy_, &QAbstractItemModel::rowsRemoved, this, &EscrowsPage::updateCount);
    connect(desk_, &models::EscrowDesk::loadingChanged, progress_, &QWidget::setVisible);
    connect(desk_, &models::EscrowDesk::nodeConnected, this, [this] {
        notice_->hide();
        updateActions();
    });
    connect(desk_, &models::EscrowDesk::nodeFailed, this, [this](const QString& reason) {
        notice_->setText(tr("The EVM node cannot be used: %1").arg(reason));
        notice_->show();
        updateActions();
    });
    connect(desk_, &models::EscrowDesk::refreshed, this, [this] {
        notice_->setText(tr("The escrow contract is paused: it refuses every decision until its "
                            "owner unpauses it. Payers may still reclaim after the deadline."));
        notice_->setVisible(desk_->isPaused());
        updateCount();
        onSelectionChanged();
    });
    connect(desk_, &models::EscrowDesk::refreshFailed, this, [this](const QString& reason) {
        emit statusMessage(tr("Escrows could not be read: %1").arg(reason));
    });
    connect(desk_, &models::EscrowDesk::evidenceLoaded, this, &EscrowsPage::showEvidence);
    connect(desk_, &models::EscrowDesk::evidenceFailed, this, [this](const QString& reason) {
        usage_->setText(tr("The evidence could not be read: %1").arg(reason));
    });
    connect(desk_, &models::EscrowDesk::planned, this, &EscrowsPage::confirm);
    connect(desk_, &models::EscrowDesk::planRefused, this, [this](const QString& reason) {
        planning_ = false;
        updateActions();
        emit statusMessage(reason);
        auto* box = new QMessageBox(QMessageBox::Warning, tr("Refused before signing"), reason,
                                    QMessageBox::Ok, this);
        box->setObjectName(QStringLiteral("refusal"));
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    });
    connect(desk_, &models::EscrowDesk::decisionRecorded, this,
            [this](const store::EscrowDecision& decision) {
                planning_ = false;
                updateActions();
                emit statusMessage(tr("Decision %1 sent, pending: transaction %2")
                                       .arg(decision.id)
                                       .arg(QString::fromStdString(decision.draft.txHash)));
            });
    connect(desk_, &models::EscrowDesk::decisionResolved, this,
            [this](const store::EscrowDecision& decision) {
                emit statusMessage(decision.status == store::EscrowDecisionStatus::Confirmed
                                       ? tr("Decision %1 confirmed in block %2")
                                             .arg(decision.id)
                                             .arg(decision.blockNumber.value_or(0))
                                       : tr("Decision %1 failed: %2")
                                             .arg(decision.id)
                                             .arg(QString::fromStdString(
                                                 decision.failureReason.value_or(std::string()))));
            });
    connect(desk_, &models::EscrowDesk::decisionFailed, this, [this](const QString& reason) {
        planning_ = false;
        updateActions();
        emit statusMessage(reason);
    });
    connect(&permissions_, &PermissionGuard::sessionChanged, this, &EscrowsPage::updateActions);
    updateCount();
    updateActions();
}

void EscrowsPage::buildActions() {
    refundAction_ =
        new QAction(icons::icon(QStringLiteral("revoke")), tr("Approve &refund…"), this);
    refundAction_->setObjectName(QStringLiteral("approveRefundAction"));
    refundAction_->setShortcut(QKeySequence(tr("Ctrl+Alt+R")));
    refundAction_->setToolTip(tr("Return the whole escrow to the payer (Ctrl+Alt+R)"));
    releaseAction_ = new QAction(icons::icon(QStringLiteral("issue")), tr("Re&lease…"), this);
    releaseAction_->setObjectName(QStringLiteral("releaseAction"));
    releaseAction_->setShortcut(QKeySequence(tr("Ctrl+Alt+L")));
    releaseAction_->setToolTip(tr("Pay the whole escrow to the payee (Ctrl+Alt+L)"));
    settleAction_ = new QAction(icons::icon(QStringLiteral("adjust")), tr("&Settle…"), this);
    settleAction_->setObjectName(QStringLiteral("settleAction"));
    settleAction_->setShortcut(QKeySequence(tr("Ctrl+Alt+S")));
    settleAction_->setToolTip(
        tr("Pay the payee by the job's metered usage and return the rest (Ctrl+Alt+S)"));
    importKeyAction_ =
        new QAction(icons::icon(QStringLiteral("key")), tr("&Import operator key…"), this);
    importKeyAction_->setObjectName(QStringLiteral("importKeyAction"));
    importKeyAction_->setShortcut(QKeySequence(tr("Ctrl+Alt+K")));
    importKeyAction_->setToolTip(
        tr("Store the escrow owner's signing key in the system keychain (Ctrl+Alt+K)"));

    const auto mayDecide = [](const store::Capabilities& can) {
        return can.decideEscrows;
    };
    permissions_.guard(refundAction_, mayDecide, tr("decide escrows"));
    permissions_.guard(releaseAction_, mayDecide, tr("decide escrows"));
    permissions_.guard(settleAction_, mayDecide, tr("decide escrows"));

    connect(refundAction_, &QAction::triggered, this,
            [this] { decide(EscrowDecisionAction::Refund); });
    connect(releaseAction_, &QAction::triggered, this,
            [this] { decide(EscrowDecisionAction::Release); });
    connect(settleAction_, &QAction::triggered, this, &EscrowsPage::askSettlement);
    connect(importKeyAction_, &QAction::triggered, this, &EscrowsPage::importKey);
    addActions(escrowActions());
}

QList<QAction*> EscrowsPage::escrowActions() const {
    return {refundAction_, releaseAction_, settleAction_, importKeyAction_};
}

QWidget* EscrowsPage::buildFilterBar() {
    auto* bar = new QWidget(this);
    stateFilter_->setObjectName(QStringLiteral("stateFilter"));
    stateFilter_->setToolTip(tr("Show escrows in this state"));
    stateFilter_->addItem(tr("All states"), QStringList());
    stateFilter_->addItem(tr("Undecided"),
                          QStringList{QStringLiteral("refund_requested"), QStringLiteral("open")});
    stateFilter_->addItem(tr("Refund requested"), QStringList{QStringLiteral("refund_requested")});
    stateFilter_->addItem(tr("Open"), QStringList{QStringLiteral("open")});
    stateFilter_->addItem(tr("Released"), QStringList{QStringLiteral("released")});
    stateFilter_->addItem(tr("Refunded"), QStringList{QStringLiteral("refunded")});
    stateFilter_->addItem(tr("Settled"), QStringList{QStringLiteral("settled")});
    stateFilter_->addItem(tr("Reclaimed"), QStringList{QStringLiteral("reclaimed")});
    connect(stateFilter_, &QComboBox::currentIndexChanged, this, [this] {
        proxy_->setStates(stateFilter_->currentData().toStringList());
        updateCount();
    });

    search_->setObjectName(QStringLiteral("escrowSearch"));
    search_->setPlaceholderText(tr("Search job, payer, payee or tenant"));
    search_->setClearButtonEnabled(true);
    search_->addAction(icons::icon(QStringLiteral("search")), QLineEdit::LeadingPosition);
    search_->setToolTip(tr("Part of a job reference, a wallet address or a tenant's slug"));
    connect(search_, &QLineEdit::textChanged, this, [this](const QString& text) {
        proxy_->setSearch(text);
        updateCount();
    });

    progress_->setObjectName(QStringLiteral("escrowProgress"));
    progress_->setRange(0, 0); // busy: the node answers page by page
    progress_->setMaximumWidth(120);
    progress_->setToolTip(tr("Reading escrows from the node"));
    progress_->hide();
    count_->setObjectName(QStringLiteral("escrowCount"));

    auto* row = new QHBoxLayout(bar);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(new QLabel(tr("State:"), bar));
    row->addWidget(stateFilter_);
    row->addWidget(search_, 1);
    row->addWidget(progress_);
    row->addWidget(count_);
    for (QAction* action : escrowActions()) {
        auto* button = new QToolButton(bar);
        button->setDefaultAction(action);
        button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        row->addWidget(button);
    }
    return bar;
}

QWidget* EscrowsPage::buildDetail() {
    auto* detail = new QWidget(this);
    summary_ = new QLabel(tr("Select an escrow to see its history and the job's usage."), detail);
    summary_->setObjectName(QStringLiteral("escrowSummary"));
    summary_->setWordWrap(true);
    summary_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    usage_ = new QLabel(detail);
    usage_->setObjectName(QStringLiteral("escrowUsage"));
    usage_->setWordWrap(true);
    usage_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    history_ = makeList(detail, QStringLiteral("escrowHistory"),
                        {tr("Block"), tr("Event"), tr("Transaction"), tr("Details")});
    history_->setToolTip(tr("The escrow's events on chain, oldest first"));
    decisions_ = makeList(detail, QStringLiteral("escrowDecisions"),
                          {tr("Decided"), tr("Action"), tr("Status"), tr("Operator"),
                           tr("Transaction"), tr("Outcome")});
    decisions_->setToolTip(tr("The operators' decisions on this escrow, as recorded in the "
                              "metering database"));
    auto* lists = new QSplitter(Qt::Horizontal, detail);
    lists->addWidget(history_);
    lists->addWidget(decisions_);
    auto* layout = new QVBoxLayout(detail);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(summary_);
    layout->addWidget(usage_);
    layout->addWidget(lists, 1);
    return detail;
}

void EscrowsPage::configureNode(const models::NodeSettings& settings) {
    desk_->configure(settings);
    updateActions();
}

void EscrowsPage::refresh() {
    desk_->refresh();
}

void EscrowsPage::setConfirmer(Confirmer confirmer) {
    confirmer_ = std::move(confirmer);
}

bool EscrowsPage::isLoading() const {
    return desk_->isLoading();
}

std::optional<chain::OnChainEscrow> EscrowsPage::selectedEscrow() const {
    const QModelIndex current = table_->selectionModel()->currentIndex();
    if (!current.isValid())
        return std::nullopt;
    return desk_->escrows().escrowAt(proxy_->mapToSource(current).row());
}

bool EscrowsPage::selectEscrow(const chain::EscrowId& id) {
    const int row = desk_->escrows().rowOf(id);
    if (row < 0)
        return false;
    const QModelIndex index = proxy_->mapFromSource(desk_->escrows().index(row, 0));
    if (!index.isValid())
        return false;
    table_->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                         QItemSelectionModel::Rows);
    return true;
}

std::optional<billing::TokenAmount> EscrowsPage::suggestedSettlement() const {
    if (!evidence_)
        return std::nullopt;
    return evidence_->suggestedToPayee;
}

QString EscrowsPage::detailText() const {
    return summary_->text() + QLatin1Char('\n') + usage_->text();
}

void EscrowsPage::onSelectionChanged() {
    const auto escrow = selectedEscrow();
    updateActions();
    if (!escrow) {
        evidence_.reset();
        summary_->setText(tr("Select an escrow to see its history and the job's usage."));
        usage_->clear();
        history_->clear();
        decisions_->clear();
        return;
    }
    const auto& units = desk_->tokenUnits();
    const int row = desk_->escrows().rowOf(escrow->id);
    const QString tenant = desk_->escrows().index(row, EscrowModel::Tenant).data().toString();
    summary_->setText(tr("<b>%1</b> · %2 · %3<br>Payer %4%5 · payee %6<br>Opened %7 · deadline %8")
                          .arg(escrow->id.toDisplayString().toHtmlEscaped(),
                               desk_->escrows().index(row, EscrowModel::State).data().toString(),
                               tokens(escrow->amount, units), escrow->payer.toChecksumHex(),
                               tenant.isEmpty() ? tr(" (no tenant has this wallet)")
                                                : tr(" (tenant %1)").arg(tenant.toHtmlEscaped()),
                               escrow->payee.toChecksumHex(), localTime(escrow->openedAt),
                               localTime(escrow->deadline)));
    if (!evidence_ || !(evidence_->id == escrow->id)) {
        evidence_.reset();
        usage_->setText(tr("Reading the history and the job's usage…"));
        history_->clear();
        decisions_->clear();
    }
    desk_->loadEvidence(escrow->id);
}

void EscrowsPage::showEvidence(const models::EscrowEvidence& evidence) {
    const auto escrow = selectedEscrow();
    if (!escrow || !(escrow->id == evidence.id))
        return;
    evidence_ = evidence;
    const auto& units = desk_->tokenUnits();
    if (!evidence.tenant) {
        usage_->setText(tr("No tenant has the payer's wallet, so no metered usage can be "
                           "matched to this job."));
    } else if (!evidence.usage || evidence.usage->allowedCalls + evidence.usage->deniedCalls == 0) {
        usage_->setText(
            tr("Tenant %1 has no metered calls for job %2.")
                .arg(QString::fromStdString(evidence.tenant->slug), escrow->id.toDisplayString()));
    } else {
        const auto& usage = *evidence.usage;
        QString text =
            tr("Metered usage of job %1 by %2: %3 calls allowed, %4 denied, %5 units, "
               "%6 credits")
                .arg(escrow->id.toDisplayString(), QString::fromStdString(evidence.tenant->slug),
                     QLocale().toString(static_cast<qlonglong>(usage.allowedCalls)),
                     QLocale().toString(static_cast<qlonglong>(usage.deniedCalls)),
                     QLocale().toString(static_cast<qlonglong>(usage.units)),
                     QString::fromStdString(usage.credits.toString()));
        if (evidence.usageInTokens && evidence.suggestedToPayee) {
            text += tr(" = %1 at %2 %3 per credit.<br><b>Suggested settlement:</b> %4 to the "
                       "payee, %5 back to the payer.")
                        .arg(tokens(*evidence.usageInTokens, units),
                             desk_->settings().tokenUnitsPerCredit, units.symbol,
                             tokens(*evidence.suggestedToPayee, units),
                             tokens(escrow->amount - *evidence.suggestedToPayee, units));
        }
        usage_->setText(text);
    }
    history_->clear();
    for (const auto& event : evidence.history) {
        QStringList fields;
        for (const auto& [name, value] : event.fields)
            fields << name + QLatin1Char('=') + value.toDisplayString();
        auto* item = new QTreeWidgetItem(history_, {QString::number(event.blockNumber), event.name,
                                                    chain::hexFromBytes(event.transactionHash),
                                                    fields.join(QStringLiteral(", "))});
        item->setToolTip(2, tr("Transaction hash"));
        item->setToolTip(3, item->text(3));
    }
    decisions_->clear();
    for (const auto& decision : evidence.decisions) {
        QString outcome;
        if (decision.blockNumber)
            outcome = tr("block %1").arg(*decision.blockNumber);
        if (decision.failureReason)
            outcome += (outcome.isEmpty() ? QString() : QStringLiteral(": ")) +
                       QString::fromStdString(*decision.failureReason);
        new QTreeWidgetItem(
            decisions_, {localTime(decision.decidedAt),
                         QString::fromLatin1(store::toString(decision.draft.action).data()),
                         statusText(decision.status), QString::fromStdString(decision.operatorName),
                         QString::fromStdString(decision.draft.txHash), outcome});
    }
}

void EscrowsPage::updateActions() {
    const auto escrow = selectedEscrow();
    const bool applicable = escrow && undecided(escrow->state) && desk_->chainId().has_value() &&
                            !planning_ && !desk_->isPaused();
    for (QAction* action : {refundAction_, releaseAction_, settleAction_})
        permissions_.setApplicable(action, applicable);
    importKeyAction_->setEnabled(desk_->chainId().has_value());
}

void EscrowsPage::updateCount() {
    const int shown = proxy_->rowCount();
    const int all = desk_->escrows().rowCount();
    count_->setText(shown == all ? tr("%n escrow(s)", nullptr, all)
                                 : tr("%1 of %n escrow(s)", nullptr, all).arg(shown));
}

void EscrowsPage::decide(EscrowDecisionAction action) {
    const auto escrow = selectedEscrow();
    if (!escrow)
        return;
    planning_ = true;
    updateActions();
    emit statusMessage(tr("Simulating on the latest block…"));
    desk_->plan(escrow->id, action);
}

void EscrowsPage::askSettlement() {
    const auto escrow = selectedEscrow();
    if (!escrow)
        return;
    const auto& units = desk_->tokenUnits();
    auto* dialog = new QInputDialog(this);
    dialog->setObjectName(QStringLiteral("settleAmountDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Settle %1").arg(escrow->id.toDisplayString()));
    dialog->setLabelText(tr("Amount to the payee in %1 (at most %2); the rest goes back to the "
                            "payer. Suggested by the job's usage:")
                             .arg(units.symbol, tokens(escrow->amount, units)));
    dialog->setOkButtonText(tr("&Review…"));
    dialog->setTextValue(QString::fromStdString(
        suggestedSettlement().value_or(billing::TokenAmount{}).toDecimalString(units.decimals)));
    const chain::EscrowId id = escrow->id;
    connect(dialog, &QInputDialog::textValueSelected, this, [this, id](const QString& text) {
        const auto& decimals = desk_->tokenUnits().decimals;
        try {
            const auto amount =
                billing::TokenAmount::fromDecimalString(text.trimmed().toStdString(), decimals);
            planning_ = true;
            updateActions();
            emit statusMessage(tr("Simulating on the latest block…"));
            desk_->plan(id, EscrowDecisionAction::Settle, amount);
        } catch (const std::exception& error) {
            emit statusMessage(tr("Amount to the payee: %1").arg(error.what()));
            auto* box = new QMessageBox(QMessageBox::Warning, tr("Settle"),
                                        tr("Amount to the payee: a number of %1 with at most %2 "
                                           "decimals (%3)")
                                            .arg(desk_->tokenUnits().symbol)
                                            .arg(decimals)
                                            .arg(error.what()),
                                        QMessageBox::Ok, this);
            box->setAttribute(Qt::WA_DeleteOnClose);
            box->open();
        }
    });
    dialog->open();
}

void EscrowsPage::confirm(const models::DecisionPlan& plan) {
    planning_ = false;
    updateActions();
    emit statusMessage(tr("Awaiting your confirmation: %1").arg(plan.title()));
    confirmer_(plan, [this, plan] {
        emit statusMessage(tr("Signing and sending: %1").arg(plan.title()));
        desk_->execute(plan);
    });
}

void EscrowsPage::importKey() {
    if (!desk_->chainId()) {
        emit statusMessage(tr("Connect to an EVM node first: the key is kept per chain."));
        return;
    }
    auto* dialog = new OperatorKeyDialog(*keyring_, *desk_->chainId(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

} // namespace meterdesk::ui

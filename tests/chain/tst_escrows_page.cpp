// The Escrows page end to end against a real anvil and the real metering database: the page
// lists the escrows with their tenants, shows a job's metered usage and the suggested
// settlement, approves a refund through its own action (the confirmation answered by the
// test instead of a dialog), and follows the decision from pending to confirmed. A refusal
// is named before anything is signed. The page and the confirmation are rendered to PNG.
#include "chain_test_support.h"

#include <chain/keccak.h>
#include <models/database_session.h>
#include <models/item_roles.h>
#include <models/operator_keyring.h>
#include <store/connection.h>
#include <store/escrow_decisions.h>
#include <ui/escrow_decision_dialog.h>
#include <ui/escrows_page.h>
#include <ui/operator_key_dialog.h>
#include <ui/permission_guard.h>

#include <QAction>
#include <QComboBox>
#include <QDateTime>
#include <QDir>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTest>

#include <pqxx/pqxx>

using namespace chaintest;
using meterdesk::billing::EscrowState;
namespace models = meterdesk::models;
namespace store = meterdesk::store;
namespace ui = meterdesk::ui;

namespace {

constexpr int kPatienceMs = 60'000;

} // namespace

class TestEscrowsPage : public QObject {
    Q_OBJECT

    std::unique_ptr<Node> node_;
    Deployment deployment_;
    std::unique_ptr<CreditEscrowContract> escrow_;
    std::unique_ptr<pqxx::connection> db_;
    const QString run_ = QString::number(QDateTime::currentMSecsSinceEpoch(), 36);
    EscrowId disputed_; // refund requested
    EscrowId metered_;  // open, with metered usage
    std::unique_ptr<models::DatabaseSession> session_;
    std::unique_ptr<ui::PermissionGuard> guard_;
    std::unique_ptr<ui::EscrowsPage> page_;
    std::optional<models::DecisionPlan> confirmed_;

    EscrowId openEscrow(const QString& job, const char* amount) {
        const EscrowId id = EscrowId::fromJobReference(job);
        const std::chrono::sys_seconds deadline{
            std::chrono::seconds{static_cast<qint64>(node_->now()) + 86400}};
        node_->confirm(Payer, escrow_->open(id, node_->address(Payee), tokens(amount), deadline));
        return id;
    }

    // The payer's tenant as the evidence query names it (the oldest with that wallet), made
    // first when no tenant has the wallet yet; 12.5 credits of the job are metered for it.
    std::string meterJob(const EscrowId& escrow) {
        const std::string wallet = node_->address(Payer).toHex().toStdString();
        pqxx::work work(*db_);
        work.exec_params("INSERT INTO meter.plans (code, name) VALUES ($1, 'escrow page test') "
                         "ON CONFLICT DO NOTHING",
                         "escrow-page");
        work.exec_params("INSERT INTO meter.tenants (slug, name, email, plan_code, wallet_address) "
                         "SELECT $1, 'Escrow page payer', 'payer@example.com', 'escrow-page', $2 "
                         "WHERE NOT EXISTS (SELECT 1 FROM meter.tenants WHERE wallet_address = $2)",
                         "escrow-payer-" + run_.toStdString(), wallet);
        const auto tenant = work.exec_params1("SELECT tenant_id, slug FROM meter.tenants WHERE "
                                              "wallet_address = $1 ORDER BY tenant_id LIMIT 1",
                                              wallet);
        const std::string job = escrow.jobReference().toStdString();
        for (const auto& [credits, decision] : std::vector<std::pair<long, const char*>>{
                 {5'000'000, "allowed"}, {7'500'000, "allowed"}, {0, "rate_limited"}}) {
            work.exec_params("INSERT INTO meter.usage_events (tenant_id, occurred_at, service, "
                             "endpoint, method, units, credits_ucr, decision, job) "
                             "VALUES ($1, now(), 'ai', '/v1/complete', 'POST', 1, $2, $3, $4)",
                             tenant[0].as<std::int64_t>(), credits, decision, job);
        }
        work.commit();
        return tenant[1].as<std::string>();
    }

    models::NodeSettings nodeSettings() const {
        models::NodeSettings settings;
        settings.rpcUrl = anvilUrl();
        settings.escrowAddress = deployment_.escrow.toChecksumHex();
        settings.confirmations = 2;
        return settings;
    }

    // A console's Escrows page, connected to the node, its list read, the operator key
    // imported (kept in memory where no keychain is available) and confirmations answered yes.
    std::unique_ptr<ui::EscrowsPage> makePage() {
        auto page = std::make_unique<ui::EscrowsPage>(*session_, *guard_);
        page->resize(1400, 820);
        page->show();
        page->setConfirmer([this](const models::DecisionPlan& plan, std::function<void()> go) {
            confirmed_ = plan;
            go();
        });
        QSignalSpy connected(&page->desk(), &models::EscrowDesk::nodeConnected);
        QSignalSpy done(&page->desk(), &models::EscrowDesk::refreshed);
        page->configureNode(nodeSettings());
        if (!connected.wait(kPatienceMs))
            throw std::runtime_error("the page did not connect to the node");
        if (done.isEmpty() && !done.wait(kPatienceMs))
            throw std::runtime_error("the page did not read the escrows");
        QSignalSpy imported(&page->keyring(), &models::OperatorKeyring::imported);
        page->keyring().importHex(31337, QString::fromLatin1(kKeys[Operator]));
        if (!imported.wait(kPatienceMs) ||
            imported.first().at(1).value<Address>() != node_->address(Operator))
            throw std::runtime_error("the operator key was not imported");
        return page;
    }

    std::vector<store::EscrowDecision> latestDecisions(const EscrowId& id) {
        return store::EscrowDecisionRepository(*db_).forEscrow(
            deployment_.escrow.toHex().toStdString(), id.toHex().toStdString());
    }

    store::EscrowDecision latestDecision(const EscrowId& id) {
        const auto all = store::EscrowDecisionRepository(*db_).forEscrow(
            deployment_.escrow.toHex().toStdString(), id.toHex().toStdString());
        if (all.empty())
            throw std::runtime_error("no decision recorded");
        return all.back();
    }

    QString stateShown(const EscrowId& id) {
        auto& model = page_->desk().escrows();
        return model.index(model.rowOf(id), models::EscrowModel::State)
            .data(models::RawValueRole)
            .toString();
    }

    // Refreshes until the list holds `id`: an earlier refresh still on its way may answer
    // first with an older list.
    bool refreshedWith(const EscrowId& id) {
        const auto listed = [this, &id] {
            return page_->desk().escrows().rowOf(id) >= 0 && !page_->isLoading();
        };
        for (int attempt = 0; attempt < 3 && !listed(); ++attempt) {
            page_->refresh();
            if (QTest::qWaitFor(listed, kPatienceMs / 3))
                break;
        }
        return listed();
    }

    bool refreshed() {
        QSignalSpy done(&page_->desk(), &models::EscrowDesk::refreshed);
        return done.wait(kPatienceMs);
    }

private slots:
    void initTestCase() {
        node_ = std::make_unique<Node>();
        deployment_ = deploy(*node_);
        escrow_ = std::make_unique<CreditEscrowContract>(node_->eth, deployment_.escrow);
        db_ = store::connect({});
        disputed_ = openEscrow(QStringLiteral("job-page-%1-a").arg(run_), "125");
        node_->confirm(Payer, escrow_->requestRefund(disputed_, keccak256("not delivered")));
        metered_ = openEscrow(QStringLiteral("job-page-%1-b").arg(run_), "40");

        session_ = std::make_unique<models::DatabaseSession>();
        guard_ = std::make_unique<ui::PermissionGuard>();
        connect(session_.get(), &models::DatabaseSession::sessionDescribed, guard_.get(),
                &ui::PermissionGuard::setSession);
        QSignalSpy described(session_.get(), &models::DatabaseSession::sessionDescribed);
        session_->open({{}, {}, "tst_escrows_page"});
        QVERIFY(described.wait(kPatienceMs));

        page_ = makePage();
        QCOMPARE(page_->desk().chainId().value_or(0), std::uint64_t{31337});
    }

    void keyDialogShowsTheStoredAddress() {
        ui::OperatorKeyDialog dialog(page_->keyring(), 31337, page_.get());
        dialog.show();
        QTRY_VERIFY_WITH_TIMEOUT(
            dialog.statusText().contains(node_->address(Operator).toChecksumHex()), kPatienceMs);
        QVERIFY(dialog.grab().save(screenshotPath(QStringLiteral("operator-key-dialog.png"))));
    }

    void listsEveryEscrowRefundRequestsFirst() {
        auto& model = page_->desk().escrows();
        QCOMPARE(model.rowCount(), static_cast<int>(waitFor(escrow_->escrowCount())));
        QCOMPARE(model.index(0, models::EscrowModel::State).data(models::RawValueRole).toString(),
                 QStringLiteral("refund_requested"));
        QCOMPARE(stateShown(disputed_), QStringLiteral("refund_requested"));
        QCOMPARE(stateShown(metered_), QStringLiteral("open"));
        QCOMPARE(page_->desk().tokenUnits().decimals, 6);
    }

    void searchesAndFiltersByState() {
        auto* search = page_->findChild<QLineEdit*>(QStringLiteral("escrowSearch"));
        auto* states = page_->findChild<QComboBox*>(QStringLiteral("stateFilter"));
        QVERIFY(search && states);
        search->setText(metered_.jobReference());
        QCOMPARE(page_->table()->model()->rowCount(), 1);
        states->setCurrentIndex(states->findText(QStringLiteral("Refund requested")));
        QCOMPARE(page_->table()->model()->rowCount(), 0);
        search->clear();
        QVERIFY(page_->table()->model()->rowCount() >= 1);
        for (int row = 0; row < page_->table()->model()->rowCount(); ++row)
            QCOMPARE(page_->table()
                         ->model()
                         ->index(row, models::EscrowModel::State)
                         .data(models::RawValueRole)
                         .toString(),
                     QStringLiteral("refund_requested"));
        states->setCurrentIndex(0);
    }

    void detailShowsUsageAndSuggestedSettlement() {
        const std::string tenant = meterJob(metered_);
        page_->refresh();
        QVERIFY(refreshed());
        auto& model = page_->desk().escrows();
        QCOMPARE(model.index(model.rowOf(metered_), models::EscrowModel::Tenant).data().toString(),
                 QString::fromStdString(tenant));

        QSignalSpy evidence(&page_->desk(), &models::EscrowDesk::evidenceLoaded);
        QVERIFY(page_->selectEscrow(metered_));
        QTRY_VERIFY_WITH_TIMEOUT(page_->suggestedSettlement().has_value(), kPatienceMs);
        // 12.5 credits at one token per credit, below the 40 escrowed.
        QCOMPARE(*page_->suggestedSettlement(), tokens("12.5"));
        QVERIFY2(page_->detailText().contains(QStringLiteral("12.5 MDT")),
                 qPrintable(page_->detailText()));
        const auto loaded = evidence.last().at(0).value<models::EscrowEvidence>();
        QCOMPARE(loaded.usage->allowedCalls, std::int64_t{2});
        QCOMPARE(loaded.usage->deniedCalls, std::int64_t{1});
        QCOMPARE(loaded.history.size(), std::size_t{1});
        QCOMPARE(loaded.history.front().name, QStringLiteral("EscrowOpened"));
        QVERIFY(page_->grab().save(screenshotPath(QStringLiteral("escrows-page.png"))));
    }

    void approvedRefundGoesPendingThenConfirmed() {
        Erc20Token token(node_->eth, deployment_.token);
        const TokenAmount payerBefore = waitFor(token.balanceOf(node_->address(Payer)));
        QVERIFY(page_->selectEscrow(disputed_));
        QVERIFY(page_->refundAction()->isEnabled());
        QVERIFY(!page_->releaseAction()->toolTip().isEmpty());

        QSignalSpy recorded(&page_->desk(), &models::EscrowDesk::decisionRecorded);
        QSignalSpy resolved(&page_->desk(), &models::EscrowDesk::decisionResolved);
        page_->refundAction()->trigger();
        QVERIFY(recorded.wait(kPatienceMs));
        QVERIFY(confirmed_.has_value());
        QCOMPARE(confirmed_->payerReceives(), tokens("125"));
        QVERIFY(confirmed_->quote.gasLimit > 0);
        QVERIFY2(confirmed_->movement().contains(QStringLiteral("125 MDT go back to the payer")),
                 qPrintable(confirmed_->movement()));

        // Two confirmations: the block holding it, then one more.
        const auto pending = latestDecision(disputed_);
        QVERIFY(pending.status == store::EscrowDecisionStatus::Pending ||
                pending.status == store::EscrowDecisionStatus::Confirmed);
        QCOMPARE(QString::fromStdString(pending.draft.signerAddress),
                 node_->address(Operator).toHex());
        QTRY_VERIFY_WITH_TIMEOUT(waitFor(node_->eth.receipt(chain_hash(pending))).has_value(),
                                 kPatienceMs);
        QVERIFY(latestDecision(disputed_).status == store::EscrowDecisionStatus::Pending);
        node_->call(QStringLiteral("anvil_mine"), {1});

        QVERIFY(resolved.wait(kPatienceMs));
        const auto done = latestDecision(disputed_);
        QVERIFY(done.status == store::EscrowDecisionStatus::Confirmed);
        QVERIFY(done.blockNumber.has_value());
        QVERIFY(waitFor(escrow_->escrow(disputed_)).state == EscrowState::Refunded);
        QCOMPARE(waitFor(token.balanceOf(node_->address(Payer))), payerBefore + tokens("125"));
        QTRY_COMPARE_WITH_TIMEOUT(stateShown(disputed_), QStringLiteral("refunded"), kPatienceMs);
        QVERIFY(!page_->refundAction()->isEnabled());

        auto& model = page_->desk().escrows();
        QTRY_VERIFY_WITH_TIMEOUT(model.index(model.rowOf(disputed_), models::EscrowModel::Decision)
                                         .data()
                                         .toString()
                                         .startsWith(QStringLiteral("refund confirmed in block")) &&
                                     !page_->isLoading(),
                                 kPatienceMs);
        QVERIFY(page_->detailText().contains(QStringLiteral("refunded")));
        QVERIFY(page_->grab().save(screenshotPath(QStringLiteral("escrows-page-decided.png"))));

        ui::EscrowDecisionDialog dialog(*confirmed_);
        dialog.show();
        QVERIFY(dialog.grab().save(screenshotPath(QStringLiteral("escrow-confirmation.png"))));
    }

    // Settle… offers the usage-based amount; accepted as offered, the payee gets the job's
    // 12.5 tokens and the payer the rest of the 40.
    void settlesByUsage() {
        Erc20Token token(node_->eth, deployment_.token);
        const TokenAmount payeeBefore = waitFor(token.balanceOf(node_->address(Payee)));
        const TokenAmount payerBefore = waitFor(token.balanceOf(node_->address(Payer)));
        QVERIFY(page_->selectEscrow(metered_));
        QTRY_VERIFY_WITH_TIMEOUT(page_->suggestedSettlement().has_value(), kPatienceMs);
        QVERIFY(page_->settleAction()->isEnabled());

        QSignalSpy resolved(&page_->desk(), &models::EscrowDesk::decisionResolved);
        page_->settleAction()->trigger();
        auto* amount = page_->findChild<QInputDialog*>(QStringLiteral("settleAmountDialog"));
        QVERIFY(amount);
        QCOMPARE(amount->textValue(), QStringLiteral("12.5"));
        QVERIFY(amount->grab().save(screenshotPath(QStringLiteral("settle-amount.png"))));
        amount->accept();
        QTRY_VERIFY_WITH_TIMEOUT(!latestDecisions(metered_).empty(), kPatienceMs);
        QCOMPARE(confirmed_->payeeReceives(), tokens("12.5"));
        QCOMPARE(confirmed_->payerReceives(), tokens("27.5"));
        // Mined with the one block automine makes; the second confirmation is mined here.
        const QByteArray hash = chain_hash(latestDecision(metered_));
        QTRY_VERIFY_WITH_TIMEOUT(waitFor(node_->eth.receipt(hash)).has_value(), kPatienceMs);
        node_->call(QStringLiteral("anvil_mine"), {1});
        QVERIFY(resolved.wait(kPatienceMs));
        QVERIFY(latestDecision(metered_).status == store::EscrowDecisionStatus::Confirmed);
        QCOMPARE(latestDecision(metered_).draft.toPayee, std::optional(tokens("12.5")));
        QVERIFY(waitFor(escrow_->escrow(metered_)).state == EscrowState::Settled);
        QCOMPARE(waitFor(token.balanceOf(node_->address(Payee))), payeeBefore + tokens("12.5"));
        QCOMPARE(waitFor(token.balanceOf(node_->address(Payer))), payerBefore + tokens("27.5"));
    }

    // The database refuses to record a signed decision: nothing is sent, and its nonce goes
    // back, so the next decision is mined instead of waiting forever behind the gap.
    void aDecisionAfterAFailedRecordingIsMined() {
        const EscrowId refused = openEscrow(QStringLiteral("job-page-%1-n1").arg(run_), "3");
        const EscrowId next = openEscrow(QStringLiteral("job-page-%1-n2").arg(run_), "4");
        QVERIFY(refreshedWith(next));
        const auto pendingCount = [this] {
            return waitFor(
                node_->eth.transactionCount(node_->address(Operator), QStringLiteral("pending")));
        };
        const std::uint64_t nonce = pendingCount();
        const auto exec = [this](const std::string& sql) {
            pqxx::nontransaction(*db_).exec(sql);
        };
        // A check no new row passes (NOT VALID: the rows already there are not checked).
        exec("ALTER TABLE meter.escrow_decisions ADD CONSTRAINT tst_refuse_decisions "
             "CHECK (false) NOT VALID");
        const auto acceptDecisions = [&] {
            exec("ALTER TABLE meter.escrow_decisions DROP CONSTRAINT IF EXISTS "
                 "tst_refuse_decisions");
        };
        auto acceptOnFailure = qScopeGuard(acceptDecisions);

        QSignalSpy failed(&page_->desk(), &models::EscrowDesk::decisionFailed);
        QVERIFY(page_->selectEscrow(refused));
        page_->releaseAction()->trigger();
        QVERIFY(failed.wait(kPatienceMs));
        const QString reason = failed.first().at(0).toString();
        QVERIFY2(reason.startsWith(QStringLiteral("Nothing was sent")), qPrintable(reason));
        QVERIFY(latestDecisions(refused).empty());
        QCOMPARE(pendingCount(), nonce);
        acceptOnFailure.dismiss();
        acceptDecisions();

        QSignalSpy resolved(&page_->desk(), &models::EscrowDesk::decisionResolved);
        QVERIFY(page_->selectEscrow(next));
        page_->releaseAction()->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(!latestDecisions(next).empty(), kPatienceMs);
        const store::EscrowDecision pending = latestDecision(next);
        QCOMPARE(pending.draft.nonce, nonce); // the nonce given back, not the one after it
        QTRY_VERIFY_WITH_TIMEOUT(waitFor(node_->eth.receipt(chain_hash(pending))).has_value(),
                                 kPatienceMs);
        node_->call(QStringLiteral("anvil_mine"), {1}); // the second confirmation
        QVERIFY(resolved.wait(kPatienceMs));
        QVERIFY(latestDecision(next).status == store::EscrowDecisionStatus::Confirmed);
        QVERIFY(waitFor(escrow_->escrow(next)).state == EscrowState::Released);
        QVERIFY(waitFor(escrow_->escrow(refused)).state == EscrowState::Open);
    }

    void refusalIsNamedBeforeSigning() {
        const auto decisionsBefore = store::EscrowDecisionRepository(*db_)
                                         .forEscrow(deployment_.escrow.toHex().toStdString(),
                                                    disputed_.toHex().toStdString())
                                         .size();
        QSignalSpy refused(&page_->desk(), &models::EscrowDesk::planRefused);
        page_->desk().plan(disputed_, store::EscrowDecisionAction::Settle, tokens("1"));
        QVERIFY(refused.wait(kPatienceMs));
        const QString reason = refused.first().at(0).toString();
        QVERIFY2(reason.contains(QStringLiteral("WrongState")) &&
                     reason.contains(QStringLiteral("refunded")) &&
                     !reason.contains(QStringLiteral("state=3")),
                 qPrintable(reason));
        QCOMPARE(store::EscrowDecisionRepository(*db_)
                     .forEscrow(deployment_.escrow.toHex().toStdString(),
                                disputed_.toHex().toStdString())
                     .size(),
                 decisionsBefore);
    }

    // The console closes while a release is still unmined; the next console finds the pending
    // decision in the database and follows it to the end.
    void pendingDecisionIsFollowedAfterARestart() {
        const EscrowId id = openEscrow(QStringLiteral("job-page-%1-c").arg(run_), "30");
        QVERIFY(refreshedWith(id));
        node_->call(QStringLiteral("evm_setAutomine"), {false});
        const auto automineBack =
            qScopeGuard([this] { node_->call(QStringLiteral("evm_setAutomine"), {true}); });
        QVERIFY(page_->selectEscrow(id));
        QSignalSpy recorded(&page_->desk(), &models::EscrowDesk::decisionRecorded);
        page_->releaseAction()->trigger();
        QVERIFY(recorded.wait(kPatienceMs));
        const store::EscrowDecision pending = latestDecision(id);
        QVERIFY(pending.status == store::EscrowDecisionStatus::Pending);
        // Sent, in the node's pool, not mined: then the console closes.
        QTRY_VERIFY_WITH_TIMEOUT(waitFor(node_->eth.transaction(chain_hash(pending))).has_value(),
                                 kPatienceMs);

        page_.reset(); // the console closes: nothing of the old page survives
        page_ = makePage();
        QSignalSpy resolved(&page_->desk(), &models::EscrowDesk::decisionResolved);
        QTRY_VERIFY_WITH_TIMEOUT(page_->desk().chainId().has_value(), kPatienceMs);
        QVERIFY(latestDecision(id).status == store::EscrowDecisionStatus::Pending);
        node_->call(QStringLiteral("anvil_mine"), {2});
        QVERIFY(resolved.wait(kPatienceMs));
        QVERIFY(latestDecision(id).status == store::EscrowDecisionStatus::Confirmed);
        QVERIFY(waitFor(escrow_->escrow(id)).state == EscrowState::Released);
    }

    void aPausedContractDisablesDecisions() {
        const EscrowId undecided = openEscrow(QStringLiteral("job-page-%1-p").arg(run_), "2");
        node_->confirm(Operator, escrow_->pause());
        const auto unpause = qScopeGuard([this] { node_->confirm(Operator, escrow_->unpause()); });
        QVERIFY(refreshedWith(undecided));
        page_->refresh(); // read after the pause
        QTRY_VERIFY_WITH_TIMEOUT(page_->desk().isPaused() && !page_->isLoading(), kPatienceMs);
        QVERIFY(page_->selectEscrow(undecided));
        QVERIFY(!page_->refundAction()->isEnabled());
        auto* notice = page_->findChild<QLabel*>(QStringLiteral("escrowNotice"));
        QVERIFY(notice && notice->isVisible());
        QVERIFY2(notice->text().contains(QStringLiteral("paused")), qPrintable(notice->text()));
    }

    void aViewerSeesDecisionsDisabledWithTheReason() {
        const EscrowId undecided = openEscrow(QStringLiteral("job-page-%1-d").arg(run_), "7");
        QVERIFY(refreshedWith(undecided));
        const std::string role = "escrow_viewer_" + run_.toStdString();
        pqxx::nontransaction(*db_).exec("CREATE ROLE " + role + " LOGIN IN ROLE meterdesk_viewer");
        const auto dropRole =
            qScopeGuard([&] { pqxx::nontransaction(*db_).exec("DROP ROLE IF EXISTS " + role); });
        const std::string uri =
            "postgresql:///" + qEnvironmentVariable("PGDATABASE").toStdString() +
            "?host=" + qEnvironmentVariable("PGHOST").toStdString() +
            "&port=" + qEnvironmentVariable("PGPORT").toStdString() + "&user=" + role;
        {
            models::DatabaseSession session;
            ui::PermissionGuard guard;
            connect(&session, &models::DatabaseSession::sessionDescribed, &guard,
                    &ui::PermissionGuard::setSession);
            QSignalSpy described(&session, &models::DatabaseSession::sessionDescribed);
            session.open({uri, {}, "tst_escrows_page_viewer"});
            QVERIFY(described.wait(kPatienceMs));
            QVERIFY(!session.sessionInfo()->capabilities.decideEscrows);
            ui::EscrowsPage page(session, guard);
            QSignalSpy done(&page.desk(), &models::EscrowDesk::refreshed);
            page.configureNode(nodeSettings());
            QVERIFY(done.wait(kPatienceMs));
            QVERIFY(page.selectEscrow(undecided));
            for (QAction* action :
                 {page.refundAction(), page.releaseAction(), page.settleAction()}) {
                QVERIFY2(!action->isEnabled(), qPrintable(action->objectName()));
                QCOMPARE(action->toolTip(),
                         QStringLiteral("Your role meterdesk_viewer may not decide escrows"));
            }
            session.close();
        }
        QVERIFY(session_->sessionInfo()->capabilities.decideEscrows);
        QVERIFY(page_->selectEscrow(undecided));
        QVERIFY(page_->refundAction()->isEnabled());
    }

    void cleanupTestCase() {
        page_.reset();
        guard_.reset();
        session_.reset();
    }

private:
    static QByteArray chain_hash(const store::EscrowDecision& decision) {
        return bytesFromHex(QString::fromStdString(decision.draft.txHash), u"tx hash");
    }
};

QTEST_MAIN(TestEscrowsPage)
#include "tst_escrows_page.moc"

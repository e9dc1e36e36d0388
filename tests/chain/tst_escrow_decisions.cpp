#include "chain_test_support.h"

#include <chain/keccak.h>
#include <store/connection.h>
#include <store/errors.h>
#include <store/escrow_decisions.h>

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

#include <pqxx/pqxx>

using namespace chaintest;
using meterdesk::billing::EscrowState;
namespace store = meterdesk::store;

// The operator's decisions end to end: the real node, the metering database, meterdeskctl.
class TestEscrowDecisions : public QObject {
    Q_OBJECT

    std::unique_ptr<Node> node_;
    Deployment deployment_;
    std::unique_ptr<CreditEscrowContract> escrow_;
    std::unique_ptr<pqxx::connection> db_;
    const QString run_ = QString::number(QDateTime::currentMSecsSinceEpoch());
    int jobs_ = 0;

    EscrowId openEscrow(const char* amount) {
        const EscrowId id =
            EscrowId::fromJobReference(QStringLiteral("job-dec-%1-%2").arg(run_).arg(++jobs_));
        const std::chrono::sys_seconds deadline{
            std::chrono::seconds{static_cast<qint64>(node_->now()) + 86400}};
        node_->confirm(Payer, escrow_->open(id, node_->address(Payee), tokens(amount), deadline));
        return id;
    }

    struct CtlResult {
        int exitCode;
        QJsonObject answer;
    };

    CtlResult meterdeskctl(const QStringList& arguments, Account key) {
        QProcess process;
        process.start(
            qEnvironmentVariable("MD_CTL"),
            QStringList{QStringLiteral("--json"), QStringLiteral("escrow")} + arguments +
                QStringList{QStringLiteral("--rpc"), anvilUrl().toString(),
                            QStringLiteral("--escrow"), deployment_.escrow.toHex(),
                            QStringLiteral("--key-file"),
                            anvilDirectory() + QStringLiteral("/account%1.key").arg(int(key))});
        if (!process.waitForFinished(60'000))
            throw std::runtime_error("meterdeskctl did not finish");
        return {process.exitCode(),
                QJsonDocument::fromJson(process.readAllStandardOutput()).object()};
    }

    std::int64_t countRows(const std::string& sql) {
        pqxx::read_transaction read(*db_);
        return read.exec1(sql)[0].as<std::int64_t>();
    }

    store::EscrowDecisionDraft draftFor(const EscrowId& id, const QByteArray& txHash) {
        store::EscrowDecisionDraft draft;
        draft.chainId = 31337;
        draft.contractAddress = deployment_.escrow.toHex().toStdString();
        draft.escrowId = id.toHex().toStdString();
        draft.action = store::EscrowDecisionAction::Refund;
        draft.signerAddress = node_->address(Operator).toHex().toStdString();
        draft.txHash = hexFromBytes(txHash).toStdString();
        return draft;
    }

private slots:
    void initTestCase() {
        node_ = std::make_unique<Node>();
        deployment_ = deploy(*node_);
        escrow_ = std::make_unique<CreditEscrowContract>(node_->eth, deployment_.escrow);
        db_ = store::connect({});
    }

    void approvedRefundIsRecordedConfirmedAndAudited() {
        const EscrowId id = openEscrow("60");
        node_->confirm(Payer, escrow_->requestRefund(id, keccak256("not delivered")));
        Erc20Token token(node_->eth, deployment_.token);
        const TokenAmount payerBefore = waitFor(token.balanceOf(node_->address(Payer)));

        const CtlResult result =
            meterdeskctl({QStringLiteral("refund"), id.jobReference()}, Operator);

        QCOMPARE(result.exitCode, 0);
        QCOMPARE(result.answer.value(QLatin1String("status")).toString(),
                 QStringLiteral("confirmed"));
        QCOMPARE(waitFor(token.balanceOf(node_->address(Payer))), payerBefore + tokens("60"));
        QVERIFY(waitFor(escrow_->escrow(id)).state == EscrowState::Refunded);

        const auto decisionId =
            static_cast<std::int64_t>(result.answer.value(QLatin1String("decision")).toInteger());
        const auto decision = store::EscrowDecisionRepository(*db_).find(decisionId);
        QVERIFY(decision.has_value());
        QVERIFY(decision->status == store::EscrowDecisionStatus::Confirmed);
        QCOMPARE(decision->draft.escrowId, id.toHex().toStdString());
        QCOMPARE(QString::fromStdString(decision->draft.txHash),
                 result.answer.value(QLatin1String("txHash")).toString());
        QVERIFY(decision->blockNumber.has_value());
        QCOMPARE(countRows("SELECT count(*) FROM meter.audit_log WHERE table_name = "
                           "'escrow_decisions' AND row_key = "
                           "'decision_id=" +
                           std::to_string(decisionId) + "'"),
                 std::int64_t(2)); // recorded pending, then confirmed
    }

    void refusedDecisionRecordsNothing() {
        const EscrowId id = openEscrow("3");
        const std::int64_t before = countRows("SELECT count(*) FROM meter.escrow_decisions");
        const CtlResult result =
            meterdeskctl({QStringLiteral("settle"), id.jobReference(), QStringLiteral("1")}, Payer);
        QCOMPARE(result.exitCode, 1);
        QCOMPARE(result.answer.value(QLatin1String("refused")).toString(),
                 QStringLiteral("NotOwner"));
        QCOMPARE(countRows("SELECT count(*) FROM meter.escrow_decisions"), before);
    }

    // A decision sent just before the console closed is still pending in the database; after
    // the "restart" new objects find it there and follow its transaction to the end.
    void pendingDecisionIsPickedUpAfterARestart() {
        const EscrowId id = openEscrow("8");
        std::int64_t decisionId = 0;
        node_->call(QStringLiteral("evm_setAutomine"), {false});
        {
            TransactionSender sender(node_->eth, node_->signer(Operator));
            const PreparedTransaction prepared = waitFor(sender.prepare(escrow_->release(id)));
            store::EscrowDecisionDraft draft = draftFor(id, prepared.hash);
            draft.action = store::EscrowDecisionAction::Release;
            draft.nonce = prepared.nonce;
            decisionId = store::EscrowDecisionRepository(*db_).record(draft).id;
            waitFor(sender.submit(prepared));
        }
        node_->call(QStringLiteral("anvil_mine"), {1});
        node_->call(QStringLiteral("evm_setAutomine"), {true});

        auto connection = store::connect({});
        store::EscrowDecisionRepository decisions(*connection);
        JsonRpcClient rpc(anvilUrl());
        EthClient eth(rpc, creditEscrowAbi());
        ReceiptTracker tracker(eth, Node::fastTracking());
        bool found = false;
        for (const auto& pending : decisions.pending()) {
            if (pending.id != decisionId)
                continue;
            found = true;
            const TxOutcome outcome = waitFor(
                tracker.track(bytesFromHex(QString::fromStdString(pending.draft.txHash), u"hash")));
            QCOMPARE(outcome.status, TxStatus::Confirmed);
            decisions.markConfirmed(pending.id, outcome.receipt->blockNumber);
        }
        QVERIFY(found);
        QVERIFY(decisions.find(decisionId)->status == store::EscrowDecisionStatus::Confirmed);
        QVERIFY(waitFor(escrow_->escrow(id)).state == EscrowState::Released);
    }

    void rolesDecideAsGranted_data() {
        QTest::addColumn<QString>("role");
        QTest::addColumn<bool>("allowed");
        QTest::newRow("admin") << "meterdesk_admin" << true;
        QTest::newRow("billing") << "meterdesk_billing" << true;
        QTest::newRow("support") << "meterdesk_support" << false;
        QTest::newRow("viewer") << "meterdesk_viewer" << false;
    }

    void rolesDecideAsGranted() {
        QFETCH(QString, role);
        QFETCH(bool, allowed);
        const EscrowId id = EscrowId::fromJobReference(QStringLiteral("job-role-%1").arg(role));
        const QByteArray hash = keccak256((run_ + role).toUtf8());
        pqxx::nontransaction(*db_).exec("SET ROLE " + role.toStdString());
        store::EscrowDecisionRepository decisions(*db_);
        const bool mayDecide = decisions.mayDecide();
        bool recorded = false;
        store::StoreError::Kind refusal = store::StoreError::Kind::Other;
        try {
            decisions.record(draftFor(id, hash));
            recorded = true;
        } catch (const store::StoreError& error) {
            refusal = error.kind();
        }
        pqxx::nontransaction(*db_).exec("RESET ROLE");
        QCOMPARE(mayDecide, allowed);
        QCOMPARE(recorded, allowed);
        if (!allowed)
            QCOMPARE(refusal, store::StoreError::Kind::PermissionDenied);
    }

    void resolvedDecisionNeverChangesAgain() {
        store::EscrowDecisionRepository decisions(*db_);
        const auto decision = decisions.record(draftFor(EscrowId::fromJobReference(u"job-resolved"),
                                                        keccak256(run_.toUtf8() + "resolved")));
        decisions.markFailed(decision.id, "reverted: NotOwner", 7);
        QVERIFY_THROWS_EXCEPTION(store::StoreError, decisions.markConfirmed(decision.id, 8));
        const auto stored = decisions.find(decision.id);
        QVERIFY(stored->status == store::EscrowDecisionStatus::Failed);
        QCOMPARE(stored->failureReason.value_or(""), std::string("reverted: NotOwner"));
    }

    void invalidDraftNamesEveryField() {
        store::EscrowDecisionDraft draft;
        draft.action = store::EscrowDecisionAction::Settle;
        draft.contractAddress = "0xABC";
        QStringList fields;
        for (const auto& issue : store::validate(draft))
            fields << QString::fromStdString(issue.field);
        QCOMPARE(fields, (QStringList{"chainId", "contractAddress", "escrowId", "toPayee",
                                      "signerAddress", "txHash"}));
    }
};

QTEST_GUILESS_MAIN(TestEscrowDecisions)
#include "tst_escrow_decisions.moc"

#include "chain_test_support.h"

#include <chain/keccak.h>

#include <QTest>

using namespace chaintest;
using meterdesk::billing::EscrowState;

// The situations a refusal is checked in; each test row sets one up on a fresh escrow.
enum class Refusal {
    RefundByStranger,
    SettleByPayer,
    ReleaseByStranger,
    RefundOfSettled,
    RequestRefundByOperator,
    RequestRefundTwice,
    SettleAboveAmount,
    UnknownEscrow,
    OpenWithPastDeadline,
    RequestRefundAfterDeadline,
    ReclaimBeforeDeadline,
    RefundWhilePaused,
    PauseByStranger,
};
Q_DECLARE_METATYPE(Refusal)

class TestCreditEscrow : public QObject {
    Q_OBJECT

    std::unique_ptr<Node> node_;
    Deployment deployment_;
    std::unique_ptr<CreditEscrowContract> escrow_;
    std::unique_ptr<Erc20Token> token_;
    int jobs_ = 0;

    EscrowId openEscrow(const char* amount, qint64 secondsToDeadline = 7 * 24 * 3600) {
        const EscrowId id =
            EscrowId::fromJobReference(QStringLiteral("job-escrow-test-%1").arg(++jobs_));
        const std::chrono::sys_seconds deadline{
            std::chrono::seconds{static_cast<qint64>(node_->now()) + secondsToDeadline}};
        node_->confirm(Payer, escrow_->open(id, node_->address(Payee), tokens(amount), deadline));
        return id;
    }

    TokenAmount balance(Account account) {
        return waitFor(token_->balanceOf(node_->address(account)));
    }
    TokenAmount escrowBalance() { return waitFor(token_->balanceOf(deployment_.escrow)); }
    OnChainEscrow read(const EscrowId& id) { return waitFor(escrow_->escrow(id)); }
    // Compared as text: QCOMPARE then prints the states it found.
    QString stateOf(const EscrowId& id) {
        return QString::fromLatin1(meterdesk::billing::toString(read(id).state).data());
    }

    std::vector<QString> historyOf(const EscrowId& id) {
        std::vector<QString> names;
        for (const auto& event : waitFor(escrow_->history(id)))
            names.push_back(event.name);
        return names;
    }

    // Sets up the situation and returns who then tries what.
    std::pair<Account, TxRequest> arrange(Refusal refusal) {
        switch (refusal) {
        case Refusal::RefundByStranger:
            return {Stranger, escrow_->refund(openEscrow("1"))};
        case Refusal::SettleByPayer:
            return {Payer, escrow_->settle(openEscrow("1"), tokens("0.5"))};
        case Refusal::ReleaseByStranger:
            return {Stranger, escrow_->release(openEscrow("1"))};
        case Refusal::RefundOfSettled: {
            const EscrowId id = openEscrow("1");
            node_->confirm(Operator, escrow_->settle(id, tokens("1")));
            return {Operator, escrow_->refund(id)};
        }
        case Refusal::RequestRefundByOperator:
            return {Operator, escrow_->requestRefund(openEscrow("1"), keccak256("why"))};
        case Refusal::RequestRefundTwice: {
            const EscrowId id = openEscrow("1");
            node_->confirm(Payer, escrow_->requestRefund(id, keccak256("why")));
            return {Payer, escrow_->requestRefund(id, keccak256("why again"))};
        }
        case Refusal::SettleAboveAmount:
            return {Operator, escrow_->settle(openEscrow("1"), tokens("1.000001"))};
        case Refusal::UnknownEscrow:
            return {Operator, escrow_->refund(EscrowId::fromJobReference(u"job-nobody-opened"))};
        case Refusal::OpenWithPastDeadline:
            return {Payer, escrow_->open(EscrowId::fromJobReference(u"job-too-late"),
                                         node_->address(Payee), tokens("1"),
                                         std::chrono::sys_seconds{std::chrono::seconds{1}})};
        case Refusal::RequestRefundAfterDeadline: {
            const EscrowId id = openEscrow("1", 60);
            node_->advanceTime(61);
            return {Payer, escrow_->requestRefund(id, keccak256("late"))};
        }
        case Refusal::ReclaimBeforeDeadline:
            return {Payer, escrow_->reclaim(openEscrow("1"))};
        case Refusal::RefundWhilePaused: {
            const EscrowId id = openEscrow("1");
            node_->confirm(Operator, escrow_->pause());
            return {Operator, escrow_->refund(id)};
        }
        case Refusal::PauseByStranger:
            return {Stranger, escrow_->pause()};
        }
        throw std::logic_error("unknown refusal");
    }

private slots:
    void initTestCase() {
        node_ = std::make_unique<Node>();
        deployment_ = deploy(*node_);
        escrow_ = std::make_unique<CreditEscrowContract>(node_->eth, deployment_.escrow);
        token_ = std::make_unique<Erc20Token>(node_->eth, deployment_.token);
    }

    void cleanup() {
        if (waitFor(escrow_->paused()))
            node_->confirm(Operator, escrow_->unpause());
    }

    void theContractKnowsItsOwnerAndToken() {
        QCOMPARE(waitFor(escrow_->owner()), node_->address(Operator));
        QCOMPARE(waitFor(escrow_->token()), deployment_.token);
        QCOMPARE(waitFor(token_->decimals()), 6);
    }

    void openedEscrowHoldsThePayersTokens() {
        const TokenAmount payerBefore = balance(Payer);
        const TokenAmount heldBefore = escrowBalance();
        const EscrowId id = openEscrow("100");
        QCOMPARE(balance(Payer), payerBefore - tokens("100"));
        QCOMPARE(escrowBalance(), heldBefore + tokens("100"));
        const OnChainEscrow escrow = read(id);
        QCOMPARE(stateOf(id), QStringLiteral("open"));
        QCOMPARE(escrow.payer, node_->address(Payer));
        QCOMPARE(escrow.payee, node_->address(Payee));
        QCOMPARE(escrow.amount, tokens("100"));
        QCOMPARE(escrow.id.jobReference(), QStringLiteral("job-escrow-test-%1").arg(jobs_));
    }

    void approvedRefundReturnsTheTokensToThePayer() {
        const EscrowId id = openEscrow("40");
        node_->confirm(Payer, escrow_->requestRefund(id, keccak256("the job never ran")));
        QCOMPARE(stateOf(id), QStringLiteral("refund_requested"));
        QCOMPARE(read(id).reasonHash, keccak256("the job never ran"));
        const TokenAmount payerBefore = balance(Payer);
        const TokenAmount heldBefore = escrowBalance();

        node_->confirm(Operator, escrow_->refund(id));

        QCOMPARE(balance(Payer), payerBefore + tokens("40"));
        QCOMPARE(escrowBalance(), heldBefore - tokens("40"));
        QCOMPARE(stateOf(id), QStringLiteral("refunded"));
        QCOMPARE(read(id).returnedToPayer, tokens("40"));
        QCOMPARE(historyOf(id),
                 (std::vector<QString>{"EscrowOpened", "RefundRequested", "EscrowRefunded"}));
    }

    void releasePaysThePayee_data() {
        QTest::addColumn<int>("releasedBy");
        QTest::newRow("by the operator") << int(Operator);
        QTest::newRow("by the payer") << int(Payer);
    }

    void releasePaysThePayee() {
        QFETCH(int, releasedBy);
        const EscrowId id = openEscrow("25");
        const TokenAmount payeeBefore = balance(Payee);
        node_->confirm(static_cast<Account>(releasedBy), escrow_->release(id));
        QCOMPARE(balance(Payee), payeeBefore + tokens("25"));
        QCOMPARE(stateOf(id), QStringLiteral("released"));
        QCOMPARE(read(id).paidToPayee, tokens("25"));
    }

    void settlementSplitsByUsage_data() {
        QTest::addColumn<QString>("usage");
        QTest::newRow("part used") << "12.345678";
        QTest::newRow("nothing used") << "0";
        QTest::newRow("all used") << "30";
    }

    void settlementSplitsByUsage() {
        QFETCH(QString, usage);
        const EscrowId id = openEscrow("30");
        node_->confirm(Payer, escrow_->requestRefund(id, keccak256("usage disputed")));
        const TokenAmount payeeBefore = balance(Payee);
        const TokenAmount payerBefore = balance(Payer);
        const TokenAmount used = tokens(usage.toLatin1().constData());

        node_->confirm(Operator, escrow_->settle(id, used));

        QCOMPARE(balance(Payee), payeeBefore + used);
        QCOMPARE(balance(Payer), payerBefore + (tokens("30") - used));
        const OnChainEscrow settled = read(id);
        QCOMPARE(stateOf(id), QStringLiteral("settled"));
        QCOMPARE(settled.paidToPayee, used);
        QCOMPARE(settled.returnedToPayer, tokens("30") - used);
    }

    void payerReclaimsAfterTheDeadline() {
        const EscrowId id = openEscrow("15", 3600);
        try {
            waitFor(node_->as(Payer).prepare(escrow_->reclaim(id)));
            QFAIL("reclaim passed the pre-flight before the deadline");
        } catch (const RevertError& refusal) {
            QCOMPARE(refusal.errorName(), QStringLiteral("DeadlineNotReached"));
        }
        node_->advanceTime(3601);
        const TokenAmount payerBefore = balance(Payer);
        node_->confirm(Payer, escrow_->reclaim(id));
        QCOMPARE(balance(Payer), payerBefore + tokens("15"));
        QCOMPARE(stateOf(id), QStringLiteral("reclaimed"));
    }

    void reclaimStillWorksWhilePaused() {
        const EscrowId id = openEscrow("5", 60);
        node_->advanceTime(61);
        node_->confirm(Operator, escrow_->pause());
        node_->confirm(Payer, escrow_->reclaim(id));
        QCOMPARE(stateOf(id), QStringLiteral("reclaimed"));
    }

    void everyRefusalIsNamedBeforeSigning_data() {
        QTest::addColumn<Refusal>("refusal");
        QTest::addColumn<QString>("error");
        QTest::newRow("refund by a stranger") << Refusal::RefundByStranger << "NotOwner";
        QTest::newRow("settle by the payer") << Refusal::SettleByPayer << "NotOwner";
        QTest::newRow("release by a stranger") << Refusal::ReleaseByStranger << "NotOwnerOrPayer";
        QTest::newRow("refund of a settled escrow") << Refusal::RefundOfSettled << "WrongState";
        QTest::newRow("refund request by the operator")
            << Refusal::RequestRefundByOperator << "NotPayer";
        QTest::newRow("refund requested twice") << Refusal::RequestRefundTwice << "WrongState";
        QTest::newRow("settle above the amount")
            << Refusal::SettleAboveAmount << "SettlementExceedsAmount";
        QTest::newRow("unknown escrow") << Refusal::UnknownEscrow << "UnknownEscrow";
        QTest::newRow("open with a past deadline")
            << Refusal::OpenWithPastDeadline << "DeadlineNotInFuture";
        QTest::newRow("refund request after the deadline")
            << Refusal::RequestRefundAfterDeadline << "DeadlinePassed";
        QTest::newRow("reclaim before the deadline")
            << Refusal::ReclaimBeforeDeadline << "DeadlineNotReached";
        QTest::newRow("refund while paused") << Refusal::RefundWhilePaused << "ContractPaused";
        QTest::newRow("pause by a stranger") << Refusal::PauseByStranger << "NotOwner";
    }

    void everyRefusalIsNamedBeforeSigning() {
        QFETCH(Refusal, refusal);
        QFETCH(QString, error);
        const auto [actor, request] = arrange(refusal);
        const Address& from = node_->address(actor);
        const std::uint64_t sentBefore =
            waitFor(node_->eth.transactionCount(from, QStringLiteral("pending")));
        try {
            waitFor(node_->as(actor).prepare(request));
            QFAIL("the pre-flight let a refused call through");
        } catch (const RevertError& refused) {
            QCOMPARE(refused.errorName(), error);
            QVERIFY2(QString::fromUtf8(refused.what()).contains(error), refused.what());
        }
        QCOMPARE(waitFor(node_->eth.transactionCount(from, QStringLiteral("pending"))), sentBefore);
    }

    void revertedTransactionIsReportedAsFailed() {
        const EscrowId id = openEscrow("2");
        const SentTransaction sent =
            waitFor(node_->as(Stranger).send(escrow_->refund(id), Preflight::Skip));
        const TxOutcome outcome = node_->outcomeOf(sent.hash);
        QCOMPARE(outcome.status, TxStatus::Failed);
        QVERIFY(outcome.receipt.has_value());
        QVERIFY(!outcome.receipt->succeeded);
        QCOMPARE(outcome.errorName, QStringLiteral("NotOwner"));
        QCOMPARE(stateOf(id), QStringLiteral("open"));
    }

    void listingPagesThroughEveryEscrowInOrder() {
        const std::uint64_t count = waitFor(escrow_->escrowCount());
        QVERIFY(count >= 3);
        std::vector<OnChainEscrow> all;
        for (std::uint64_t offset = 0; offset < count; offset += 2) {
            const auto page = waitFor(escrow_->escrows(offset, 2));
            QVERIFY(page.size() <= 2);
            all.insert(all.end(), page.begin(), page.end());
        }
        QCOMPARE(all.size(), std::size_t(count));
        QCOMPARE(all.front().id.jobReference(), QStringLiteral("job-escrow-test-1"));
        QVERIFY(waitFor(escrow_->escrows(count, 10)).empty());
    }
};

QTEST_GUILESS_MAIN(TestCreditEscrow)
#include "tst_credit_escrow.moc"

#include "chain_test_support.h"

#include <QTest>

#include <algorithm>

using namespace chaintest;

class TestTransactionSender : public QObject {
    Q_OBJECT

    std::unique_ptr<Node> node_;
    Deployment deployment_;

    std::uint64_t pendingCount(Account account) {
        return waitFor(
            node_->eth.transactionCount(node_->address(account), QStringLiteral("pending")));
    }

private slots:
    void initTestCase() {
        node_ = std::make_unique<Node>();
        deployment_ = deploy(*node_);
    }

    void chainIdComesFromTheNode() {
        QCOMPARE(waitFor(node_->eth.chainId()), std::uint64_t(31337));
    }

    // Our own hash, computed before sending, is the one the node reports (checked by submit)
    // and the node recovers our address from the signature.
    void theNodeAcceptsOurSignatureAndHash() {
        const TxRequest transfer{node_->address(Payee), {}, Uint256(12345u)};
        const SentTransaction sent = waitFor(node_->as(Stranger).send(transfer));
        const auto known = waitFor(node_->eth.transaction(sent.hash));
        QVERIFY(known.has_value());
        QCOMPARE(known->from, node_->address(Stranger));
        QCOMPARE(known->value, Uint256(12345u));
        QCOMPARE(node_->outcomeOf(sent.hash).status, TxStatus::Confirmed);
    }

    void severalPendingTransactionsGetConsecutiveNonces() {
        const std::uint64_t first = pendingCount(Stranger);
        node_->call(QStringLiteral("evm_setAutomine"), {false});
        const TxRequest transfer{node_->address(Payee), {}, Uint256(1u)};
        QList<QFuture<SentTransaction>> sends;
        for (int i = 0; i < 3; ++i)
            sends << node_->as(Stranger).send(transfer);
        std::vector<std::uint64_t> nonces;
        std::vector<QByteArray> hashes;
        for (auto& send : sends) {
            const auto sent = waitFor(send);
            nonces.push_back(sent.nonce);
            hashes.push_back(sent.hash);
        }
        QCOMPARE(pendingCount(Stranger), first + 3);
        node_->call(QStringLiteral("anvil_mine"), {1});
        node_->call(QStringLiteral("evm_setAutomine"), {true});
        std::sort(nonces.begin(), nonces.end()); // the sends race; each still gets its own nonce
        QCOMPARE(nonces, (std::vector<std::uint64_t>{first, first + 1, first + 2}));
        for (const auto& hash : hashes)
            QCOMPARE(node_->outcomeOf(hash).status, TxStatus::Confirmed);
    }

    void aRevertIsNamedBeforeAnythingIsSigned() {
        const std::uint64_t before = pendingCount(Stranger);
        Erc20Token token(node_->eth, deployment_.token);
        try {
            waitFor(
                node_->as(Stranger).prepare(token.transfer(node_->address(Payee), tokens("1"))));
            QFAIL("a transfer without balance passed the pre-flight");
        } catch (const RevertError& refusal) {
            QCOMPARE(refusal.errorName(), QStringLiteral("InsufficientBalance"));
        }
        QCOMPARE(pendingCount(Stranger), before);
    }

    void quoteShowsGasFeesAndTheSimulatedResult() {
        Erc20Token token(node_->eth, deployment_.token);
        const FeeQuote quote =
            waitFor(node_->as(Payer).quote(token.transfer(node_->address(Payee), tokens("1"))));
        QVERIFY(quote.gasLimit > 21'000);
        QVERIFY(quote.fees.maxFeePerGas >=
                quote.fees.baseFeePerGas + quote.fees.maxPriorityFeePerGas);
        QCOMPARE(quote.maxCost(), quote.fees.maxFeePerGas * quote.gasLimit);
        QCOMPARE(uintFromBigEndian(quote.simulatedResult), Uint256(1u)); // transfer() returns true
    }

    void aTransactionTheNodeNeverSawIsReported() {
        TrackOptions options = Node::fastTracking();
        options.notSeenTimeout = std::chrono::milliseconds(300);
        const TxOutcome outcome = node_->outcomeOf(QByteArray(32, '\x5a'), options);
        QCOMPARE(outcome.status, TxStatus::NotSeen);
        QVERIFY(outcome.reason.contains(QLatin1String("not seen")));
    }

    void confirmationsWaitForLaterBlocks() {
        TrackOptions options = Node::fastTracking();
        options.confirmations = 3;
        const auto sent =
            waitFor(node_->as(Stranger).send({node_->address(Payee), {}, Uint256(1u)}));
        ReceiptTracker tracker(node_->eth, options);
        QFuture<TxOutcome> outcome = tracker.track(sent.hash);
        QTest::qWait(300);
        QVERIFY(!outcome.isFinished()); // mined, but with one confirmation only
        node_->call(QStringLiteral("anvil_mine"), {2});
        QCOMPARE(waitFor(outcome).status, TxStatus::Confirmed);
    }
};

QTEST_GUILESS_MAIN(TestTransactionSender)
#include "tst_transaction_sender.moc"

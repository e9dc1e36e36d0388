// What the operator reads when the node or the contract fails: each failure says what happened
// and what to do, in words; a contract's error is named, its arguments are said (the escrow's
// state by name, never "state=3"), and the chain layer's details stay in parentheses.
#include <chain/contracts.h>
#include <chain/errors.h>
#include <chain/receipt_tracker.h>
#include <models/chain_failure_text.h>

#include <QTest>

using namespace meterdesk::chain;
using meterdesk::models::ChainFailureText;

namespace {

const Address kCaller = Address::fromHex(u"0x70997970C51812dc3A010C7d01b50e0d17dc79C8");

QByteArray revertData(const QString& error, const std::vector<AbiValue>& arguments) {
    for (const auto& entry : creditEscrowAbi().errors()) {
        if (entry.name == error)
            return entry.encodeCall(arguments);
    }
    if (error == QLatin1String("Error"))
        return QByteArray::fromHex("08c379a0") +
               abiEncode({AbiType::parse(u"string")}, {arguments});
    throw std::runtime_error("no such error: " + error.toStdString());
}

QByteArray escrowId() {
    return QByteArray(32, '\x11');
}

} // namespace

class TestChainFailureText : public QObject {
    Q_OBJECT

private slots:
    void refusalsAreSaidInWords_data() {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<QStringList>("says");
        QTest::newRow("wrong state: refunded")
            << revertData(QStringLiteral("WrongState"), {escrowId(), Uint256(3)})
            << QStringList{QStringLiteral("(WrongState)"), QStringLiteral("already refunded"),
                           QStringLiteral("Refresh the list")};
        QTest::newRow("wrong state: released")
            << revertData(QStringLiteral("WrongState"), {escrowId(), Uint256(2)})
            << QStringList{QStringLiteral("already released")};
        QTest::newRow("not the owner")
            << revertData(QStringLiteral("NotOwner"), {kCaller})
            << QStringList{QStringLiteral("(NotOwner)"), kCaller.toChecksumHex(),
                           QStringLiteral("Import the owner's key")};
        QTest::newRow("paused") << revertData(QStringLiteral("ContractPaused"), {})
                                << QStringList{QStringLiteral("paused"),
                                               QStringLiteral("until its owner unpauses it")};
        QTest::newRow("settlement too large")
            << revertData(QStringLiteral("SettlementExceedsAmount"),
                          {escrowId(), Uint256(50), Uint256(40)})
            << QStringList{QStringLiteral("enter at most the escrowed amount")};
        QTest::newRow("deadline passed")
            << revertData(QStringLiteral("DeadlinePassed"), {escrowId(), Uint256(1700000000)})
            << QStringList{QStringLiteral("deadline has passed")};
        QTest::newRow("unknown escrow") << revertData(QStringLiteral("UnknownEscrow"), {escrowId()})
                                        << QStringList{QStringLiteral("no escrow with this id"),
                                                       QStringLiteral("File › Node settings…")};
        QTest::newRow("require with a message")
            << revertData(QStringLiteral("Error"), {QStringLiteral("not today")})
            << QStringList{QStringLiteral("The contract says: \"not today\".")};
        QTest::newRow("unknown data")
            << QByteArray::fromHex("deadbeef00") << QStringList{QStringLiteral("does not know")};
    }

    void refusalsAreSaidInWords() {
        QFETCH(QByteArray, data);
        QFETCH(QStringList, says);
        const QString text = ChainFailureText::of(
            RevertError(QStringLiteral("unknown"), QStringLiteral("raw description"), data));
        for (const QString& words : says)
            QVERIFY2(text.contains(words), qPrintable(text));
        // Nothing of the raw form: no argument=value, no hex id, no description for logs.
        QVERIFY2(!text.contains(QLatin1Char('=')), qPrintable(text));
        QVERIFY2(!text.contains(QStringLiteral("0x1111")), qPrintable(text));
        QVERIFY2(!text.contains(QStringLiteral("raw description")), qPrintable(text));
    }

    void nodeFailuresSayWhatToDo_data() {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("begins");
        QTest::addColumn<QString>("advises");
        QTest::newRow("unreachable") << int(ChainError::Kind::Transport)
                                     << "The node could not be reached (eth_call to "
                                        "http://127.0.0.1:1: Connection refused)"
                                     << "Check that it is running";
        QTest::newRow("silent") << int(ChainError::Kind::Timeout)
                                << "The node did not answer in time"
                                << "try again";
        QTest::newRow("mined but failed")
            << int(ChainError::Kind::TransactionFailed) << "The transaction was mined but failed"
            << "decide again";
        QTest::newRow("never seen")
            << int(ChainError::Kind::TransactionNotSeen) << "The node never saw the transaction"
            << "decide again";
        QTest::newRow("keystore password")
            << int(ChainError::Kind::WrongKey) << "The password does not open"
            << "Type it again";
    }

    void nodeFailuresSayWhatToDo() {
        QFETCH(int, kind);
        QFETCH(QString, begins);
        QFETCH(QString, advises);
        const QString text =
            ChainFailureText::of(ChainError(static_cast<ChainError::Kind>(kind),
                                            "eth_call to http://127.0.0.1:1: Connection refused"));
        QVERIFY2(text.startsWith(begins), qPrintable(text));
        QVERIFY2(text.contains(advises), qPrintable(text));
    }

    void aNodeErrorKeepsTheNodesWords() {
        const QString text =
            ChainFailureText::of(NodeError(-32000, QStringLiteral("nonce too low"), {}));
        QVERIFY2(text.startsWith(QStringLiteral(
                     "The node refused the request (JSON-RPC error -32000: nonce too low).")),
                 qPrintable(text));
    }

    void outcomesSayWhatHappenedOnChain_data() {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<QString>("expected");
        QTest::newRow("refused in block 42")
            << int(TxStatus::Failed)
            << revertData(QStringLiteral("WrongState"), {escrowId(), Uint256(4)})
            << "Mined in block 42 but refused, so nothing moved. The contract refuses "
               "(WrongState): The escrow is already settled";
        QTest::newRow("failed without a reason")
            << int(TxStatus::Failed) << QByteArray()
            << "Mined in block 42 but failed, with no reason the node could replay";
        QTest::newRow("never mined")
            << int(TxStatus::NotSeen) << QByteArray() << "The node has not seen the transaction";
        QTest::newRow("confirmed") << int(TxStatus::Confirmed) << QByteArray() << "";
    }

    void outcomesSayWhatHappenedOnChain() {
        QFETCH(int, status);
        QFETCH(QByteArray, data);
        QFETCH(QString, expected);
        TxOutcome outcome;
        outcome.status = static_cast<TxStatus>(status);
        if (outcome.status != TxStatus::NotSeen) {
            Receipt receipt;
            receipt.blockNumber = 42;
            outcome.receipt = receipt;
        }
        outcome.revertData = data;
        outcome.reason = QStringLiteral("WrongState(id=0x11, state=4)");
        const QString text = ChainFailureText::ofOutcome(outcome);
        if (expected.isEmpty())
            QCOMPARE(text, QString());
        else
            QVERIFY2(text.startsWith(expected), qPrintable(text));
        QVERIFY2(!text.contains(QStringLiteral("state=")), qPrintable(text));
    }
};

QTEST_GUILESS_MAIN(TestChainFailureText)
#include "tst_chain_failure_text.moc"

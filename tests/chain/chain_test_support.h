#pragma once

// What the node suites share: the anvil that the CTest fixture started, anvil's public
// development accounts, and helpers that send a transaction and wait for its receipt.

#include <chain/contracts.h>
#include <chain/credit_escrow.h>
#include <chain/errors.h>
#include <chain/receipt_tracker.h>
#include <chain/rpc_client.h>
#include <chain/secret_key.h>
#include <chain/signer.h>
#include <chain/token.h>
#include <chain/transaction_sender.h>
#include <chain/wait.h>

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QUrl>

#include <array>
#include <memory>
#include <stdexcept>

namespace chaintest {

using namespace meterdesk::chain;
using meterdesk::billing::TokenAmount;

// anvil's well-known development keys: public, for dev and tests only.
enum Account { Operator, Payer, OtherPayer, Stranger, Payee, AccountCount };
inline constexpr std::array<const char*, AccountCount> kKeys{
    "ac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80",
    "59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d",
    "5de4111afa1a4b94908f83103eb1f1706367c2e68ca870fc3fb9a804cdab365a",
    "7c852118294e51e653712a81e05800f419141751be58f605c371e15141b007a6",
    "47e179ec197488593b187f80a00eb0da91f1b9d0b13f8733639f19c30a34926a",
};

// Where a test saves the pictures a person looks at: MD_SCREENSHOT_DIR, else the temp folder.
inline QString screenshotPath(const QString& name) {
    QString directory = qEnvironmentVariable("MD_SCREENSHOT_DIR");
    if (directory.isEmpty())
        directory = QDir::tempPath();
    return QDir(directory).filePath(name);
}

inline QString anvilDirectory() {
    return qEnvironmentVariable("MD_TEST_ANVIL_DIR") + QStringLiteral("/node");
}

inline QUrl anvilUrl() {
    QFile file(anvilDirectory() + QStringLiteral("/rpc_url"));
    if (!file.open(QIODevice::ReadOnly))
        throw std::runtime_error("no anvil: " + file.fileName().toStdString() +
                                 " is missing (run through ctest, which starts the fixture)");
    return QUrl(QString::fromLatin1(file.readAll().trimmed()));
}

inline TokenAmount tokens(const char* units) {
    return TokenAmount::fromDecimalString(units, 6);
}

// The node, seen from each development account.
class Node {
public:
    Node()
        : rpc(anvilUrl(),
              RpcOptions{std::chrono::milliseconds(5000), 1, std::chrono::milliseconds(100)})
        , eth(rpc, creditEscrowAbi()) {
        for (std::size_t i = 0; i < kKeys.size(); ++i) {
            signers_[i] =
                std::make_unique<Signer>(SecretKey::fromHex(QString::fromLatin1(kKeys[i])));
            senders_[i] = std::make_unique<TransactionSender>(eth, *signers_[i]);
        }
    }

    const Address& address(Account account) const { return signers_[account]->address(); }
    TransactionSender& as(Account account) { return *senders_[account]; }
    const Signer& signer(Account account) const { return *signers_[account]; }

    QJsonValue call(const QString& method, const QJsonArray& params = {}) {
        return waitFor(rpc.call(method, params));
    }

    TxOutcome outcomeOf(const QByteArray& hash, TrackOptions options = fastTracking()) {
        ReceiptTracker tracker(eth, options);
        return waitFor(tracker.track(hash));
    }

    // Sends with the pre-flight and waits for the receipt; throws unless it succeeded.
    Receipt confirm(Account account, const TxRequest& request) {
        const TxOutcome outcome = outcomeOf(waitFor(as(account).send(request)).hash);
        if (outcome.status != TxStatus::Confirmed)
            throw std::runtime_error("transaction failed: " + outcome.reason.toStdString());
        return *outcome.receipt;
    }

    // Moves the node's clock on and mines a block at the new time.
    void advanceTime(qint64 seconds) {
        call(QStringLiteral("evm_increaseTime"), {seconds});
        call(QStringLiteral("anvil_mine"), {1});
    }

    std::uint64_t now() { return waitFor(eth.latestBlockTimestamp()); }

    static TrackOptions fastTracking() {
        TrackOptions options;
        options.pollInterval = std::chrono::milliseconds(50);
        options.notSeenTimeout = std::chrono::milliseconds(5000);
        return options;
    }

    JsonRpcClient rpc;
    EthClient eth;

private:
    std::array<std::unique_ptr<Signer>, AccountCount> signers_;
    std::array<std::unique_ptr<TransactionSender>, AccountCount> senders_;
};

// A fresh token and escrow, the payers funded with 1000 tokens and the escrow approved.
struct Deployment {
    Address token;
    Address escrow;
};

inline Deployment deploy(Node& node) {
    Deployment deployment;
    deployment.token = *node.confirm(Operator, Erc20Token::deployTestToken()).contractAddress;
    deployment.escrow =
        *node.confirm(Operator, CreditEscrowContract::deploy(deployment.token)).contractAddress;
    Erc20Token token(node.eth, deployment.token);
    for (Account payer : {Payer, OtherPayer}) {
        node.confirm(Operator, token.mint(node.address(payer), tokens("1000")));
        node.confirm(payer, token.approve(deployment.escrow, tokens("1000")));
    }
    return deployment;
}

} // namespace chaintest

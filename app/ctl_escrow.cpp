// meterdeskctl escrow: the escrows the CreditEscrow contract holds, the operator's decisions on
// them (signed here with the operator's key, recorded and audited in the metering database),
// and the deployment and payer actions the sandbox and scripts use.
#include "ctl_command.h"

#include <chain/contracts.h>
#include <chain/credit_escrow.h>
#include <chain/errors.h>
#include <chain/keccak.h>
#include <chain/receipt_tracker.h>
#include <chain/rpc_client.h>
#include <chain/secret_key.h>
#include <chain/signer.h>
#include <chain/token.h>
#include <chain/transaction_sender.h>
#include <chain/wait.h>
#include <models/chain_failure_text.h>
#include <models/escrow_desk.h>
#include <models/operator_keyring.h>
#include <store/escrow_decisions.h>

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>

#include <map>

namespace meterdesk::ctl {

namespace {

using chain::Address;
using chain::EscrowId;
using store::EscrowDecisionAction;
using store::EscrowDecisionStatus;

const char* const kUsage =
    "usage: meterdeskctl escrow list | show ID | refund ID | release ID | settle ID AMOUNT | "
    "pending\n"
    "                           | deploy | mint ADDRESS AMOUNT | open ID PAYEE AMOUNT HOURS\n"
    "                           | request-refund ID REASON\n"
    "  ID is the job reference (or 0x and 64 hex digits); AMOUNT is in token units (\"12.5\").\n"
    "  The node: --rpc URL or $MD_RPC_URL; the contract: --escrow ADDRESS or $MD_ESCROW_ADDRESS;\n"
    "  the signing key: --key-file FILE (hex, or a keystore JSON whose password is in\n"
    "  $MD_KEYSTORE_PASSWORD), else the operator key the console imported into the OS\n"
    "  keychain for the node's chain.";

class UsageError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

QString optionOrEnvironment(const Invocation& invocation, const char* option,
                            const char* variable) {
    const QString name = QString::fromLatin1(option);
    if (invocation.options && invocation.options->isSet(name))
        return invocation.options->value(name);
    return qEnvironmentVariable(variable);
}

QString isoUtc(std::chrono::sys_seconds at) {
    return QDateTime::fromSecsSinceEpoch(at.time_since_epoch().count(), Qt::UTC)
        .toString(Qt::ISODate);
}

void printJson(const QJsonValue& value) {
    const QJsonDocument document =
        value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    out() << document.toJson(QJsonDocument::Compact) << Qt::endl;
}

// Waits for a transaction's outcome, but not past the command's --wait: an operator's script
// must not hang on a transaction the node holds without mining.
std::optional<chain::TxOutcome> waitAtMost(QFuture<chain::TxOutcome> future,
                                           std::chrono::seconds limit) {
    if (!future.isFinished()) {
        QEventLoop loop;
        QFutureWatcher<chain::TxOutcome> watcher;
        QObject::connect(&watcher, &QFutureWatcherBase::finished, &loop, &QEventLoop::quit);
        QTimer::singleShot(limit, &loop, &QEventLoop::quit);
        watcher.setFuture(future);
        if (!future.isFinished())
            loop.exec();
    }
    if (!future.isFinished())
        return std::nullopt;
    return future.result();
}

// The token's decimals and symbol, to show and read amounts in token units.
struct TokenUnits {
    Address address;
    int decimals = 0;
    QString symbol;

    QString format(const billing::TokenAmount& amount) const {
        return QString::fromStdString(amount.toDecimalString(decimals));
    }
    billing::TokenAmount parse(const QString& text) const {
        return billing::TokenAmount::fromDecimalString(text.toStdString(), decimals);
    }
};

// The node, and the contract when the command needs one.
class ChainSession {
public:
    explicit ChainSession(const Invocation& invocation)
        : invocation_(invocation)
        , rpc_(rpcUrl(invocation))
        , eth_(rpc_, chain::creditEscrowAbi()) {}

    chain::EthClient& eth() { return eth_; }

    chain::CreditEscrowContract escrow() {
        const QString address = optionOrEnvironment(invocation_, "escrow", "MD_ESCROW_ADDRESS");
        if (address.isEmpty())
            throw UsageError(
                "the escrow contract is needed: --escrow ADDRESS or $MD_ESCROW_ADDRESS");
        return {eth_, Address::fromHex(address)};
    }

    TokenUnits token(chain::CreditEscrowContract& escrow) {
        const Address address = chain::waitFor(escrow.token());
        chain::Erc20Token token(eth_, address);
        return {address, chain::waitFor(token.decimals()), chain::waitFor(token.symbol())};
    }

    chain::TrackOptions trackOptions() const {
        chain::TrackOptions options;
        const QString confirmations =
            optionOrEnvironment(invocation_, "confirmations", "MD_CONFIRMATIONS");
        if (!confirmations.isEmpty())
            options.confirmations = confirmations.toULongLong();
        if (options.confirmations == 0)
            throw UsageError("--confirmations must be a positive number");
        options.pollInterval = std::chrono::milliseconds(250);
        options.notSeenTimeout = waitLimit();
        return options;
    }

    std::chrono::seconds waitLimit() const {
        const QString wait = optionOrEnvironment(invocation_, "wait", "MD_WAIT_SECONDS");
        const long long seconds = wait.isEmpty() ? 120 : wait.toLongLong();
        if (seconds <= 0)
            throw UsageError("--wait must be a positive number of seconds");
        return std::chrono::seconds(seconds);
    }

private:
    static QUrl rpcUrl(const Invocation& invocation) {
        const QString url = optionOrEnvironment(invocation, "rpc", "MD_RPC_URL");
        if (url.isEmpty())
            throw UsageError("the node is needed: --rpc URL or $MD_RPC_URL");
        return QUrl(url);
    }

    const Invocation& invocation_;
    chain::JsonRpcClient rpc_;
    chain::EthClient eth_;
};

// The operator key of the node's chain from the OS keychain, the entry the console's
// "Import operator key…" wrote.
std::shared_ptr<const chain::Signer> signerFromKeychain(ChainSession& session) {
    const std::uint64_t chainId = chain::waitFor(session.eth().chainId());
    models::OperatorKeyring keyring;
    QEventLoop loop;
    QString problem;
    QObject::connect(&keyring, &models::OperatorKeyring::loaded, &loop, &QEventLoop::quit);
    QObject::connect(&keyring, &models::OperatorKeyring::notFound, &loop, [&] {
        problem = QStringLiteral("no operator key for chain %1 in the keychain (entry %2): "
                                 "import it in the console (Escrows › Import operator key…) "
                                 "or give --key-file FILE")
                      .arg(chainId)
                      .arg(models::OperatorKeyring::entryKey(chainId));
        loop.quit();
    });
    QObject::connect(&keyring, &models::OperatorKeyring::failed, &loop,
                     [&](quint64, const QString& message) {
                         problem = message;
                         loop.quit();
                     });
    keyring.load(chainId);
    loop.exec();
    if (!problem.isEmpty())
        throw UsageError(problem.toStdString());
    return keyring.signer(chainId);
}

// The key from --key-file when given (scripts), else from the keychain. The file's bytes are
// wiped; the key itself lives only inside the Signer.
std::shared_ptr<const chain::Signer> loadSigner(const Invocation& invocation,
                                                ChainSession& session) {
    const QString path = optionOrEnvironment(invocation, "key-file", "MD_KEY_FILE");
    if (path.isEmpty())
        return signerFromKeychain(session);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw std::runtime_error("cannot read the key file " + path.toStdString() + ": " +
                                 file.errorString().toStdString());
    QByteArray content = file.readAll();
    const bool keystore = content.trimmed().startsWith('{');
    auto signer = std::make_shared<const chain::Signer>(
        keystore
            ? chain::SecretKey::fromKeystore(content, qEnvironmentVariable("MD_KEYSTORE_PASSWORD"))
            : chain::SecretKey::fromHex(QString::fromLatin1(content)));
    content.fill('\0');
    return signer;
}

QJsonObject escrowJson(const chain::OnChainEscrow& escrow, const TokenUnits& token) {
    return {{QStringLiteral("id"), escrow.id.toHex()},
            {QStringLiteral("job"), escrow.id.jobReference()},
            {QStringLiteral("state"), QString::fromLatin1(billing::toString(escrow.state).data())},
            {QStringLiteral("payer"), escrow.payer.toChecksumHex()},
            {QStringLiteral("payee"), escrow.payee.toChecksumHex()},
            {QStringLiteral("amount"), token.format(escrow.amount)},
            {QStringLiteral("symbol"), token.symbol},
            {QStringLiteral("deadline"), isoUtc(escrow.deadline)},
            {QStringLiteral("openedAt"), isoUtc(escrow.openedAt)},
            {QStringLiteral("paidToPayee"), token.format(escrow.paidToPayee)},
            {QStringLiteral("returnedToPayer"), token.format(escrow.returnedToPayer)}};
}

QString escrowLine(const chain::OnChainEscrow& escrow, const TokenUnits& token) {
    return QStringLiteral("%1  %2  %3 %4  payer %5  payee %6  deadline %7")
        .arg(escrow.id.toDisplayString(), -24)
        .arg(QString::fromLatin1(billing::toString(escrow.state).data()), -16)
        .arg(token.format(escrow.amount), 14)
        .arg(token.symbol, escrow.payer.toChecksumHex(), escrow.payee.toChecksumHex(),
             isoUtc(escrow.deadline));
}

QJsonObject decisionJson(const store::EscrowDecision& decision) {
    QJsonObject object{
        {QStringLiteral("decision"), static_cast<qint64>(decision.id)},
        {QStringLiteral("action"), QString::fromLatin1(toString(decision.draft.action).data())},
        {QStringLiteral("escrow"), QString::fromStdString(decision.draft.escrowId)},
        {QStringLiteral("txHash"), QString::fromStdString(decision.draft.txHash)},
        {QStringLiteral("operator"), QString::fromStdString(decision.operatorName)},
        {QStringLiteral("status"), QString::fromLatin1(toString(decision.status).data())}};
    if (decision.blockNumber)
        object.insert(QStringLiteral("block"), static_cast<qint64>(*decision.blockNumber));
    if (decision.failureReason)
        object.insert(QStringLiteral("reason"), QString::fromStdString(*decision.failureReason));
    return object;
}

void printDecision(const Invocation& invocation, const store::EscrowDecision& decision) {
    if (invocation.json) {
        printJson(decisionJson(decision));
        return;
    }
    out() << Text::tr("decision %1: %2 of escrow %3 is %4 (transaction %5)")
                 .arg(decision.id)
                 .arg(QString::fromLatin1(toString(decision.draft.action).data()),
                      QString::fromStdString(decision.draft.escrowId),
                      QString::fromLatin1(toString(decision.status).data()),
                      QString::fromStdString(decision.draft.txHash));
    if (decision.blockNumber)
        out() << Text::tr(" in block %1").arg(*decision.blockNumber);
    if (decision.failureReason)
        out() << ": " << QString::fromStdString(*decision.failureReason);
    out() << Qt::endl;
}

// Follows a recorded decision's transaction and records how it ended. A transaction still
// pending when --wait runs out stays pending, for `escrow pending` to pick up later.
int follow(const Invocation& invocation, ChainSession& session,
           store::EscrowDecisionRepository& decisions, store::EscrowDecision decision) {
    chain::ReceiptTracker tracker(session.eth(), session.trackOptions());
    const auto outcome = waitAtMost(tracker.track(chain::bytesFromHex(
                                        QString::fromStdString(decision.draft.txHash), u"tx hash")),
                                    session.waitLimit());
    if (!outcome) {
        printDecision(invocation, decision);
        return 3;
    }
    switch (outcome->status) {
    case chain::TxStatus::Confirmed:
        decision = decisions.markConfirmed(decision.id, outcome->receipt->blockNumber);
        break;
    case chain::TxStatus::Failed:
        decision = decisions.markFailed(decision.id,
                                        models::ChainFailureText::ofOutcome(*outcome).toStdString(),
                                        outcome->receipt->blockNumber);
        break;
    case chain::TxStatus::NotSeen:
        decision = decisions.markFailed(
            decision.id, models::ChainFailureText::ofOutcome(*outcome).toStdString(), std::nullopt);
        break;
    }
    printDecision(invocation, decision);
    return decision.status == EscrowDecisionStatus::Confirmed ? 0 : 1;
}

int decide(const Invocation& invocation, const QStringList& args, EscrowDecisionAction action) {
    const qsizetype expected = action == EscrowDecisionAction::Settle ? 2 : 1;
    if (args.size() != expected)
        throw UsageError(action == EscrowDecisionAction::Settle
                             ? "usage: escrow settle ID AMOUNT"
                             : "usage: escrow refund|release ID");
    ChainSession session(invocation);
    auto escrow = session.escrow();
    const EscrowId id = EscrowId::parse(args[0]);
    const chain::OnChainEscrow current = chain::waitFor(escrow.escrow(id));
    const TokenUnits token = session.token(escrow);
    std::optional<billing::TokenAmount> toPayee;
    chain::TxRequest request;
    switch (action) {
    case EscrowDecisionAction::Release:
        request = escrow.release(id);
        break;
    case EscrowDecisionAction::Refund:
        request = escrow.refund(id);
        break;
    case EscrowDecisionAction::Settle:
        toPayee = token.parse(args[1]);
        request = escrow.settle(id, *toPayee);
        break;
    }

    // The pre-flight runs before signing: a refusal ends here with the contract's error name,
    // and nothing is recorded because nothing was decided.
    const auto signer = loadSigner(invocation, session);
    chain::TransactionSender sender(session.eth(), *signer);
    const chain::PreparedTransaction prepared = chain::waitFor(sender.prepare(request));

    // Recorded before it is sent: a crash between the two leaves a pending decision whose
    // transaction is simply never seen, rather than a transaction nobody recorded.
    auto connection = store::connect(invocation.connection);
    store::EscrowDecisionRepository decisions(*connection);
    store::EscrowDecisionDraft draft;
    draft.tenantId = decisions.tenantIdForWallet(current.payer.toHex().toStdString());
    draft.chainId = chain::waitFor(session.eth().chainId());
    draft.contractAddress = escrow.address().toHex().toStdString();
    draft.escrowId = id.toHex().toStdString();
    draft.action = action;
    draft.toPayee = toPayee;
    draft.signerAddress = signer->address().toHex().toStdString();
    draft.txHash = chain::hexFromBytes(prepared.hash).toStdString();
    draft.nonce = prepared.nonce;
    store::EscrowDecision decision = decisions.record(draft);
    try {
        chain::waitFor(sender.submit(prepared));
    } catch (const chain::ChainError& error) {
        printDecision(invocation, decisions.markFailed(decision.id,
                                                       models::describeFailure(error).toStdString(),
                                                       std::nullopt));
        return 1;
    }
    return follow(invocation, session, decisions, decision);
}

int pending(const Invocation& invocation, const QStringList& args) {
    if (!args.isEmpty())
        throw UsageError("usage: escrow pending");
    ChainSession session(invocation);
    auto connection = store::connect(invocation.connection);
    store::EscrowDecisionRepository decisions(*connection);
    int worst = 0;
    for (const auto& decision : decisions.pending())
        worst = std::max(worst, follow(invocation, session, decisions, decision));
    return worst;
}

int list(const Invocation& invocation, const QStringList& args) {
    if (!args.isEmpty())
        throw UsageError("usage: escrow list");
    ChainSession session(invocation);
    auto escrow = session.escrow();
    const TokenUnits token = session.token(escrow);
    const std::uint64_t count = chain::waitFor(escrow.escrowCount());
    constexpr std::uint64_t pageSize = 100;
    QJsonArray all;
    for (std::uint64_t offset = 0; offset < count; offset += pageSize) {
        for (const auto& item : chain::waitFor(escrow.escrows(offset, pageSize))) {
            if (invocation.json)
                all.append(escrowJson(item, token));
            else
                out() << escrowLine(item, token) << '\n';
        }
    }
    if (invocation.json)
        printJson(all);
    else
        out() << Text::tr("%n escrow(s)", nullptr, static_cast<int>(count)) << Qt::endl;
    return 0;
}

int show(const Invocation& invocation, const QStringList& args) {
    if (args.size() != 1)
        throw UsageError("usage: escrow show ID");
    ChainSession session(invocation);
    auto escrow = session.escrow();
    const TokenUnits token = session.token(escrow);
    const EscrowId id = EscrowId::parse(args[0]);
    const chain::OnChainEscrow item = chain::waitFor(escrow.escrow(id));
    const auto history = chain::waitFor(escrow.history(id));
    QJsonArray events;
    for (const auto& event : history) {
        QJsonObject fields;
        for (const auto& [name, value] : event.fields)
            fields.insert(name, value.toDisplayString());
        events.append(
            QJsonObject{{QStringLiteral("event"), event.name},
                        {QStringLiteral("block"), static_cast<qint64>(event.blockNumber)},
                        {QStringLiteral("txHash"), chain::hexFromBytes(event.transactionHash)},
                        {QStringLiteral("fields"), fields}});
    }
    if (invocation.json) {
        QJsonObject object = escrowJson(item, token);
        object.insert(QStringLiteral("history"), events);
        printJson(object);
        return 0;
    }
    out() << escrowLine(item, token) << '\n';
    for (const auto& event : history)
        out() << QStringLiteral("  block %1  %2  %3\n")
                     .arg(event.blockNumber)
                     .arg(event.name, -16)
                     .arg(chain::hexFromBytes(event.transactionHash));
    out().flush();
    return 0;
}

// Sends and waits for the receipt: for the setup commands, where a failure stops everything.
chain::Receipt sendAndConfirm(ChainSession& session, chain::TransactionSender& sender,
                              const chain::TxRequest& request) {
    const auto sent = chain::waitFor(sender.send(request));
    chain::ReceiptTracker tracker(session.eth(), session.trackOptions());
    const auto outcome = waitAtMost(tracker.track(sent.hash), session.waitLimit());
    if (!outcome)
        throw std::runtime_error("transaction " + chain::hexFromBytes(sent.hash).toStdString() +
                                 " is still pending");
    if (outcome->status != chain::TxStatus::Confirmed)
        throw std::runtime_error(outcome->reason.toStdString());
    return *outcome->receipt;
}

int deploy(const Invocation& invocation, const QStringList& args) {
    if (!args.isEmpty())
        throw UsageError("usage: escrow deploy [--token ADDRESS]");
    ChainSession session(invocation);
    const auto signer = loadSigner(invocation, session);
    chain::TransactionSender sender(session.eth(), *signer);
    // Only the option: a stale $MD_TOKEN_ADDRESS from an old sandbox must not be reused.
    const QString tokenOption =
        invocation.options ? invocation.options->value(QStringLiteral("token")) : QString();
    const Address token =
        tokenOption.isEmpty()
            ? *sendAndConfirm(session, sender, chain::Erc20Token::deployTestToken()).contractAddress
            : Address::fromHex(tokenOption);
    const Address escrow =
        *sendAndConfirm(session, sender, chain::CreditEscrowContract::deploy(token))
             .contractAddress;
    if (invocation.json) {
        printJson(QJsonObject{{QStringLiteral("token"), token.toChecksumHex()},
                              {QStringLiteral("escrow"), escrow.toChecksumHex()},
                              {QStringLiteral("owner"), signer->address().toChecksumHex()}});
        return 0;
    }
    out() << "export MD_TOKEN_ADDRESS=" << token.toChecksumHex() << '\n'
          << "export MD_ESCROW_ADDRESS=" << escrow.toChecksumHex() << Qt::endl;
    return 0;
}

int mint(const Invocation& invocation, const QStringList& args) {
    if (args.size() != 2)
        throw UsageError("usage: escrow mint ADDRESS AMOUNT");
    ChainSession session(invocation);
    auto escrow = session.escrow();
    const TokenUnits units = session.token(escrow);
    const auto signer = loadSigner(invocation, session);
    chain::TransactionSender sender(session.eth(), *signer);
    chain::Erc20Token token(session.eth(), units.address);
    sendAndConfirm(session, sender, token.mint(Address::fromHex(args[0]), units.parse(args[1])));
    return 0;
}

int open(const Invocation& invocation, const QStringList& args) {
    if (args.size() != 4)
        throw UsageError("usage: escrow open ID PAYEE AMOUNT HOURS");
    ChainSession session(invocation);
    auto escrow = session.escrow();
    const TokenUnits units = session.token(escrow);
    const auto signer = loadSigner(invocation, session);
    chain::TransactionSender sender(session.eth(), *signer);
    const billing::TokenAmount amount = units.parse(args[2]);
    const auto now =
        static_cast<std::int64_t>(chain::waitFor(session.eth().latestBlockTimestamp()));
    const std::chrono::sys_seconds deadline{
        std::chrono::seconds{now + args[3].toLongLong() * 3600}};
    sendAndConfirm(
        session, sender,
        chain::Erc20Token(session.eth(), units.address).approve(escrow.address(), amount));
    sendAndConfirm(
        session, sender,
        escrow.open(EscrowId::parse(args[0]), Address::fromHex(args[1]), amount, deadline));
    return 0;
}

int requestRefund(const Invocation& invocation, const QStringList& args) {
    if (args.size() != 2)
        throw UsageError("usage: escrow request-refund ID REASON");
    ChainSession session(invocation);
    auto escrow = session.escrow();
    const auto signer = loadSigner(invocation, session);
    chain::TransactionSender sender(session.eth(), *signer);
    sendAndConfirm(
        session, sender,
        escrow.requestRefund(EscrowId::parse(args[0]), chain::keccak256(args[1].toUtf8())));
    return 0;
}

int escrowCommand(const Invocation& invocation) {
    using Handler = std::function<int(const Invocation&, const QStringList&)>;
    const std::map<QString, Handler> handlers{
        {QStringLiteral("list"), list},
        {QStringLiteral("show"), show},
        {QStringLiteral("refund"),
         [](const Invocation& i, const QStringList& a) {
             return decide(i, a, EscrowDecisionAction::Refund);
         }},
        {QStringLiteral("release"),
         [](const Invocation& i, const QStringList& a) {
             return decide(i, a, EscrowDecisionAction::Release);
         }},
        {QStringLiteral("settle"),
         [](const Invocation& i, const QStringList& a) {
             return decide(i, a, EscrowDecisionAction::Settle);
         }},
        {QStringLiteral("pending"), pending},
        {QStringLiteral("deploy"), deploy},
        {QStringLiteral("mint"), mint},
        {QStringLiteral("open"), open},
        {QStringLiteral("request-refund"), requestRefund},
    };
    const auto handler = handlers.find(invocation.arguments.value(0));
    try {
        if (handler == handlers.end())
            throw UsageError("unknown escrow command '" +
                             invocation.arguments.value(0).toStdString() + "'");
        return handler->second(invocation, invocation.arguments.mid(1));
    } catch (const UsageError& error) {
        err() << "meterdeskctl escrow: " << error.what() << '\n' << kUsage << Qt::endl;
        return 2;
    } catch (const chain::RevertError& refusal) {
        if (invocation.json)
            printJson(QJsonObject{{QStringLiteral("refused"), refusal.errorName()},
                                  {QStringLiteral("reason"), models::describeFailure(refusal)}});
        else
            err() << "meterdeskctl escrow: " << models::describeFailure(refusal) << Qt::endl;
        return 1;
    } catch (const chain::ChainError& error) {
        err() << "meterdeskctl escrow: " << models::describeFailure(error) << Qt::endl;
        return 1;
    }
}

} // namespace

std::vector<Command> escrowCommands() {
    return {
        {QStringLiteral("escrow"),
         Text::tr("escrow list|show|refund|release|settle|pending: escrows on the node and the "
                  "operator's "
                  "decisions"),
         escrowCommand,
         {
             {QStringLiteral("rpc"),
              Text::tr("escrow: the node's JSON-RPC URL (default $MD_RPC_URL)."),
              QStringLiteral("url")},
             {QStringLiteral("escrow"),
              Text::tr("escrow: the CreditEscrow contract (default $MD_ESCROW_ADDRESS)."),
              QStringLiteral("address")},
             {QStringLiteral("token"),
              Text::tr("escrow deploy: an existing token instead of a new test token."),
              QStringLiteral("address")},
             {QStringLiteral("key-file"),
              Text::tr("escrow: the signing key, hex or keystore JSON (password in "
                       "$MD_KEYSTORE_PASSWORD); without it, the operator key in the keychain."),
              QStringLiteral("file")},
             {QStringLiteral("confirmations"), Text::tr("escrow: blocks to wait for (default 1)."),
              QStringLiteral("n")},
             {QStringLiteral("wait"),
              Text::tr("escrow: seconds to wait for a transaction (default 120)."),
              QStringLiteral("seconds")},
         }},
    };
}

} // namespace meterdesk::ctl

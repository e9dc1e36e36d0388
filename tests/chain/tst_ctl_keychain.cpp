// meterdeskctl signs with the operator key the console stored in the keychain when no
// --key-file is given. Runs under a real Secret Service (tests/ui/with_secret_service.sh)
// with the real node and database: import through OperatorKeyring, decide through the
// command line, remove, and the command line then says where the key is missing.
#include "chain_test_support.h"

#include <chain/keccak.h>
#include <models/operator_keyring.h>

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>

using namespace chaintest;
using meterdesk::billing::EscrowState;
using meterdesk::models::OperatorKeyring;

namespace {

constexpr int kPatienceMs = 60'000;
constexpr std::uint64_t kAnvilChain = 31337;

} // namespace

class TestCtlKeychain : public QObject {
    Q_OBJECT

    std::unique_ptr<Node> node_;
    Deployment deployment_;
    std::unique_ptr<CreditEscrowContract> escrow_;
    const QString run_ = QString::number(QDateTime::currentMSecsSinceEpoch(), 36);

    EscrowId disputedEscrow(const QString& suffix) {
        const EscrowId id =
            EscrowId::fromJobReference(QStringLiteral("job-key-%1-%2").arg(run_, suffix));
        const std::chrono::sys_seconds deadline{
            std::chrono::seconds{static_cast<qint64>(node_->now()) + 86400}};
        node_->confirm(Payer, escrow_->open(id, node_->address(Payee), tokens("5"), deadline));
        node_->confirm(Payer, escrow_->requestRefund(id, keccak256("not delivered")));
        return id;
    }

    // meterdeskctl --json escrow refund JOB, without --key-file or $MD_KEY_FILE.
    std::pair<int, QByteArray> refundByCommandLine(const EscrowId& id) {
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.remove(QStringLiteral("MD_KEY_FILE"));
        process.setProcessEnvironment(environment);
        process.start(qEnvironmentVariable("MD_CTL"),
                      {QStringLiteral("--json"), QStringLiteral("escrow"), QStringLiteral("refund"),
                       id.jobReference(), QStringLiteral("--rpc"), anvilUrl().toString(),
                       QStringLiteral("--escrow"), deployment_.escrow.toHex()});
        if (!process.waitForFinished(60'000))
            throw std::runtime_error("meterdeskctl did not finish");
        return {process.exitCode(),
                process.readAllStandardOutput() + process.readAllStandardError()};
    }

private slots:
    void initTestCase() {
        node_ = std::make_unique<Node>();
        deployment_ = deploy(*node_);
        escrow_ = std::make_unique<CreditEscrowContract>(node_->eth, deployment_.escrow);
    }

    void commandLineSignsWithTheKeychainKey() {
        OperatorKeyring keyring;
        QSignalSpy imported(&keyring, &OperatorKeyring::imported);
        keyring.importHex(kAnvilChain, QString::fromLatin1(kKeys[Operator]));
        QVERIFY(imported.wait(kPatienceMs));
        QCOMPARE(imported.first().at(2).toBool(), false); // in the keychain, not in memory

        const EscrowId id = disputedEscrow(QStringLiteral("a"));
        const auto [exitCode, output] = refundByCommandLine(id);
        QVERIFY2(exitCode == 0, output.constData());
        QCOMPARE(QJsonDocument::fromJson(output).object().value(QLatin1String("status")).toString(),
                 QStringLiteral("confirmed"));
        QVERIFY(waitFor(escrow_->escrow(id)).state == EscrowState::Refunded);
    }

    void withoutAKeyTheCommandLineSaysWhereItLooked() {
        OperatorKeyring keyring;
        QSignalSpy removed(&keyring, &OperatorKeyring::removed);
        keyring.remove(kAnvilChain);
        QVERIFY(removed.wait(kPatienceMs));

        const EscrowId id = disputedEscrow(QStringLiteral("b"));
        const auto [exitCode, output] = refundByCommandLine(id);
        QCOMPARE(exitCode, 2);
        QVERIFY2(output.contains("no operator key for chain 31337") &&
                     output.contains("operator-key/31337") && output.contains("--key-file"),
                 output.constData());
        QVERIFY(waitFor(escrow_->escrow(id)).state == EscrowState::RefundRequested);
    }
};

QTEST_GUILESS_MAIN(TestCtlKeychain)
#include "tst_ctl_keychain.moc"

#include <models/escrow_model.h>
#include <models/item_roles.h>

#include <QAbstractItemModelTester>
#include <QTest>

using namespace meterdesk;
using billing::EscrowState;
using models::EscrowModel;

namespace {

const std::chrono::sys_seconds kNow{std::chrono::seconds{1'900'000'000}};

chain::OnChainEscrow escrow(const char* job, EscrowState state, const char* amount, int hoursOld) {
    chain::OnChainEscrow e;
    e.id = chain::EscrowId::fromJobReference(QString::fromLatin1(job));
    e.payer = chain::Address::fromHex(u"0x70997970C51812dc3A010C7d01b50e0d17dc79C8");
    e.payee = chain::Address::fromHex(u"0x15d34AAf54267DB7D7c367839AAf71A00a2C6A65");
    e.amount = billing::TokenAmount::fromDecimalString(amount, 6);
    e.state = state;
    e.openedAt = kNow - std::chrono::hours(hoursOld);
    e.deadline = kNow + std::chrono::hours(24);
    return e;
}

std::vector<chain::OnChainEscrow> sample() {
    return {escrow("job-a", EscrowState::Released, "1", 50),
            escrow("job-b", EscrowState::Open, "2.5", 30),
            escrow("job-c", EscrowState::RefundRequested, "3", 10),
            escrow("job-d", EscrowState::RefundRequested, "4", 20),
            escrow("job-e", EscrowState::Open, "5", 1)};
}

} // namespace

class TestEscrowModel : public QObject {
    Q_OBJECT

private slots:
    void passesTheModelTester() {
        EscrowModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setEscrows(sample(), {6, QStringLiteral("MDT")}, kNow);
        model.setEscrows({}, {6, QStringLiteral("MDT")}, kNow);
        model.setEscrows(sample(), {6, QStringLiteral("MDT")}, kNow);
        QCOMPARE(model.rowCount(), 5);
        QCOMPARE(model.columnCount(), int(EscrowModel::ColumnCount));
    }

    void refundRequestsComeFirstThenOpenThenDecided() {
        EscrowModel model;
        model.setEscrows(sample(), {6, QStringLiteral("MDT")}, kNow);
        QStringList jobs;
        for (int row = 0; row < model.rowCount(); ++row)
            jobs << model.index(row, EscrowModel::Job).data().toString();
        QCOMPARE(jobs, (QStringList{"job-d", "job-c", "job-b", "job-e", "job-a"}));
    }

    void cellsShowWhatAnOperatorReads_data() {
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("display");
        QTest::addColumn<QVariant>("raw");
        QTest::newRow("state") << int(EscrowModel::State) << "refund requested"
                               << QVariant("refund_requested");
        QTest::newRow("amount in token units")
            << int(EscrowModel::Amount) << "4 MDT" << QVariant("4000000");
        QTest::newRow("payer checksummed")
            << int(EscrowModel::Payer) << "0x70997970C51812dc3A010C7d01b50e0d17dc79C8"
            << QVariant("0x70997970c51812dc3a010c7d01b50e0d17dc79c8");
        QTest::newRow("age") << int(EscrowModel::Age) << "20 h 0 min"
                             << QVariant(qint64(20 * 3600));
    }

    void cellsShowWhatAnOperatorReads() {
        QFETCH(int, column);
        QFETCH(QString, display);
        QFETCH(QVariant, raw);
        EscrowModel model;
        model.setEscrows(sample(), {6, QStringLiteral("MDT")}, kNow);
        const QModelIndex first = model.index(0, column); // job-d
        QCOMPARE(first.data().toString(), display);
        QCOMPARE(first.data(models::RawValueRole), raw);
        QCOMPARE(first.data(models::IdRole).toString(),
                 chain::EscrowId::fromJobReference(u"job-d").toHex());
    }
};

QTEST_GUILESS_MAIN(TestEscrowModel)
#include "tst_escrow_model.moc"

#include <models/node_settings.h>

#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using meterdesk::models::NodeSettings;

namespace {

const QString kEscrow = QStringLiteral("0xe7f1725E7734CE288F8367e1Bb143E90bb3F0512");

void clearEnvironment() {
    for (const char* name : {"MD_NODE_URL", "MD_RPC_URL", "MD_ESCROW_ADDRESS", "MD_CONFIRMATIONS"})
        qunsetenv(name);
}

} // namespace

class TestNodeSettings : public QObject {
    Q_OBJECT

private slots:
    void init() { clearEnvironment(); }
    void cleanup() { clearEnvironment(); }

    void savedSettingsComeBack() {
        QTemporaryDir scratch;
        QSettings settings(scratch.filePath(QStringLiteral("node.ini")), QSettings::IniFormat);
        QVERIFY(!NodeSettings::load(settings).isConfigured());
        QCOMPARE(NodeSettings::load(settings).confirmations, std::uint64_t{1});

        NodeSettings saved;
        saved.rpcUrl = QUrl(QStringLiteral("https://node.example.com:8545"));
        saved.escrowAddress = kEscrow;
        saved.confirmations = 3;
        saved.tokenUnitsPerCredit = QStringLiteral("0.5");
        saved.save(settings);
        const NodeSettings loaded = NodeSettings::load(settings);
        QCOMPARE(loaded.rpcUrl, saved.rpcUrl);
        QCOMPARE(loaded.escrowAddress, kEscrow);
        QCOMPARE(loaded.confirmations, std::uint64_t{3});
        QCOMPARE(loaded.tokenUnitsPerCredit, QStringLiteral("0.5"));
        QCOMPARE(loaded.problem(), QString());
    }

    void environmentOverridesSettings_data() {
        QTest::addColumn<QString>("nodeUrl");
        QTest::addColumn<QString>("rpcUrl");
        QTest::addColumn<QString>("expected");
        QTest::newRow("MD_NODE_URL") << "http://127.0.0.1:8561"
                                     << ""
                                     << "http://127.0.0.1:8561";
        QTest::newRow("MD_RPC_URL, as the sandbox exports it") << ""
                                                               << "http://127.0.0.1:9000"
                                                               << "http://127.0.0.1:9000";
        QTest::newRow("MD_NODE_URL wins") << "http://a:1"
                                          << "http://b:2"
                                          << "http://a:1";
        QTest::newRow("neither keeps the saved URL") << ""
                                                     << ""
                                                     << "https://saved:8545";
    }

    void environmentOverridesSettings() {
        QFETCH(QString, nodeUrl);
        QFETCH(QString, rpcUrl);
        QFETCH(QString, expected);
        if (!nodeUrl.isEmpty())
            qputenv("MD_NODE_URL", nodeUrl.toUtf8());
        if (!rpcUrl.isEmpty())
            qputenv("MD_RPC_URL", rpcUrl.toUtf8());
        qputenv("MD_ESCROW_ADDRESS", kEscrow.toUtf8());
        qputenv("MD_CONFIRMATIONS", "4");
        NodeSettings settings;
        settings.rpcUrl = QUrl(QStringLiteral("https://saved:8545"));
        settings.applyEnvironment();
        QCOMPARE(settings.rpcUrl.toString(), expected);
        QCOMPARE(settings.escrowAddress, kEscrow);
        QCOMPARE(settings.confirmations, std::uint64_t{4});
    }

    void problemsNameTheField_data() {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("escrow");
        QTest::addColumn<qulonglong>("confirmations");
        QTest::addColumn<QString>("field"); // empty: usable
        QTest::newRow("usable") << "http://127.0.0.1:8545" << kEscrow << 1ull << "";
        QTest::newRow("no node") << "" << kEscrow << 1ull << "Node URL";
        QTest::newRow("not http") << "ws://127.0.0.1:8545" << kEscrow << 1ull << "Node URL";
        QTest::newRow("no contract") << "http://127.0.0.1:8545"
                                     << "" << 1ull << "Escrow contract";
        QTest::newRow("short contract") << "http://127.0.0.1:8545"
                                        << "0x1234" << 1ull << "Escrow contract";
        QTest::newRow("no confirmations")
            << "http://127.0.0.1:8545" << kEscrow << 0ull << "Confirmations";
    }

    void problemsNameTheField() {
        QFETCH(QString, url);
        QFETCH(QString, escrow);
        QFETCH(qulonglong, confirmations);
        QFETCH(QString, field);
        NodeSettings settings;
        settings.rpcUrl = QUrl(url);
        settings.escrowAddress = escrow;
        settings.confirmations = confirmations;
        const QString problem = settings.problem();
        if (field.isEmpty())
            QCOMPARE(problem, QString());
        else
            QVERIFY2(problem.startsWith(field + QLatin1Char(':')), qPrintable(problem));
    }

    void settlementRateIsAPositiveDecimal_data() {
        QTest::addColumn<QString>("rate");
        QTest::addColumn<bool>("usable");
        QTest::newRow("one") << "1" << true;
        QTest::newRow("a half") << "0.5" << true;
        QTest::newRow("six decimals") << "12.000001" << true;
        QTest::newRow("zero") << "0" << false;
        QTest::newRow("zero with decimals") << "0.000" << false;
        QTest::newRow("negative") << "-1" << false;
        QTest::newRow("exponent") << "1e3" << false;
        QTest::newRow("decimal comma") << "1,5" << false;
        QTest::newRow("empty") << "" << false;
    }

    void settlementRateIsAPositiveDecimal() {
        QFETCH(QString, rate);
        QFETCH(bool, usable);
        NodeSettings settings;
        settings.rpcUrl = QUrl(QStringLiteral("http://127.0.0.1:8545"));
        settings.escrowAddress = kEscrow;
        settings.tokenUnitsPerCredit = rate;
        const auto issues = settings.issues();
        if (usable) {
            QVERIFY(issues.empty());
            return;
        }
        QCOMPARE(issues.size(), std::size_t{1});
        QCOMPARE(issues.front().field, NodeSettings::kRateField);
        QVERIFY2(issues.front().message.startsWith(QStringLiteral("Settlement rate:")),
                 qPrintable(issues.front().message));
        QCOMPARE(settings.problem(), issues.front().message);
    }

    void everyProblemIsListedUnderItsField() {
        NodeSettings settings;
        settings.rpcUrl = QUrl(QStringLiteral("ftp://node"));
        settings.escrowAddress = QStringLiteral("0x12");
        settings.confirmations = 0;
        settings.tokenUnitsPerCredit = QStringLiteral("none");
        QStringList fields;
        for (const auto& issue : settings.issues())
            fields << issue.field;
        QCOMPARE(fields,
                 (QStringList{NodeSettings::kRpcUrlField, NodeSettings::kEscrowField,
                              NodeSettings::kConfirmationsField, NodeSettings::kRateField}));
    }

    void environmentOverridesNameTheirVariable() {
        QVERIFY(NodeSettings::environmentOverrides().empty());
        qputenv("MD_RPC_URL", "http://127.0.0.1:9000");
        qputenv("MD_ESCROW_ADDRESS", kEscrow.toUtf8());
        const auto overrides = NodeSettings::environmentOverrides();
        QCOMPARE(overrides.size(), std::size_t{2});
        QCOMPARE(overrides[0].field, NodeSettings::kRpcUrlField);
        QCOMPARE(overrides[0].variable, QStringLiteral("MD_RPC_URL"));
        QCOMPARE(overrides[0].value, QStringLiteral("http://127.0.0.1:9000"));
        QCOMPARE(overrides[1].field, NodeSettings::kEscrowField);
        QCOMPARE(overrides[1].variable, QStringLiteral("MD_ESCROW_ADDRESS"));
    }
};

QTEST_GUILESS_MAIN(TestNodeSettings)
#include "tst_node_settings.moc"

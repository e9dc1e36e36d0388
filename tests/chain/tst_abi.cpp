#include <chain/abi.h>
#include <chain/contract_abi.h>
#include <chain/contracts.h>
#include <chain/errors.h>
#include <chain/keccak.h>

#include <QTest>

using namespace meterdesk::chain;

namespace {

QByteArray words(const QString& hex) {
    return QByteArray::fromHex(QString(hex).remove(QLatin1Char(' ')).toLatin1());
}

std::vector<AbiType> types(std::initializer_list<const char16_t*> names) {
    std::vector<AbiType> result;
    for (const auto* name : names)
        result.push_back(AbiType::parse(QStringView(name)));
    return result;
}

AbiValue uints(std::initializer_list<unsigned> values) {
    AbiValue::List list;
    for (unsigned v : values)
        list.emplace_back(Uint256(v));
    return AbiValue(list);
}

AbiEntry function(const char* name, std::vector<AbiType> inputTypes) {
    AbiEntry entry{QString::fromLatin1(name), {}, {}};
    for (auto& type : inputTypes)
        entry.inputs.push_back({{}, std::move(type), false});
    return entry;
}

} // namespace

// Vectors from the Solidity documentation's "Contract ABI Specification" examples.
class TestAbi : public QObject {
    Q_OBJECT

private slots:
    void encodesTheSpecificationExamples_data() {
        QTest::addColumn<QString>("signature");
        QTest::addColumn<QByteArray>("encoded");
        QTest::addColumn<QByteArray>("expected");

        const auto baz = function("baz", types({u"uint32", u"bool"}));
        QTest::newRow("baz(uint32,bool)")
            << baz.signature() << baz.encodeCall({Uint256(69u), true})
            << words("cdcd77c0"
                     "0000000000000000000000000000000000000000000000000000000000000045"
                     "0000000000000000000000000000000000000000000000000000000000000001");

        const auto sam = function("sam", types({u"bytes", u"bool", u"uint256[]"}));
        QTest::newRow("sam(bytes,bool,uint256[])")
            << sam.signature() << sam.encodeCall({QByteArray("dave"), true, uints({1, 2, 3})})
            << words("a5643bf2"
                     "0000000000000000000000000000000000000000000000000000000000000060"
                     "0000000000000000000000000000000000000000000000000000000000000001"
                     "00000000000000000000000000000000000000000000000000000000000000a0"
                     "0000000000000000000000000000000000000000000000000000000000000004"
                     "6461766500000000000000000000000000000000000000000000000000000000"
                     "0000000000000000000000000000000000000000000000000000000000000003"
                     "0000000000000000000000000000000000000000000000000000000000000001"
                     "0000000000000000000000000000000000000000000000000000000000000002"
                     "0000000000000000000000000000000000000000000000000000000000000003");

        const auto f = function("f", types({u"uint256", u"uint32[]", u"bytes10", u"bytes"}));
        QTest::newRow("f(uint256,uint32[],bytes10,bytes)")
            << f.signature()
            << f.encodeCall({Uint256(0x123u), uints({0x456, 0x789}), QByteArray("1234567890"),
                             QByteArray("Hello, world!")})
            << words("8be65246"
                     "0000000000000000000000000000000000000000000000000000000000000123"
                     "0000000000000000000000000000000000000000000000000000000000000080"
                     "3132333435363738393000000000000000000000000000000000000000000000"
                     "00000000000000000000000000000000000000000000000000000000000000e0"
                     "0000000000000000000000000000000000000000000000000000000000000002"
                     "0000000000000000000000000000000000000000000000000000000000000456"
                     "0000000000000000000000000000000000000000000000000000000000000789"
                     "000000000000000000000000000000000000000000000000000000000000000d"
                     "48656c6c6f2c20776f726c642100000000000000000000000000000000000000");
    }

    void encodesTheSpecificationExamples() {
        QFETCH(QByteArray, encoded);
        QFETCH(QByteArray, expected);
        QCOMPARE(encoded.toHex(), expected.toHex());
    }

    void decodingInvertsEncoding() {
        const auto t =
            types({u"uint256", u"uint32[]", u"bytes10", u"bytes", u"string", u"address", u"bool"});
        const std::vector<AbiValue> values{
            Uint256(0x123u),
            uints({0x456, 0x789}),
            QByteArray("1234567890"),
            QByteArray("Hello, world!"),
            QStringLiteral("grüße"),
            Address::fromHex(u"0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed"),
            false};
        QVERIFY(abiDecode(t, abiEncode(t, values)) == values);
    }

    void selectorsAndTopicsAreKeccakOfTheSignature_data() {
        QTest::addColumn<QString>("signature");
        QTest::addColumn<QString>("hash");
        QTest::newRow("transfer selector") << "transfer(address,uint256)"
                                           << "a9059cbb";
        QTest::newRow("Error(string)") << "Error(string)"
                                       << "08c379a0";
        QTest::newRow("Panic(uint256)") << "Panic(uint256)"
                                        << "4e487b71";
        QTest::newRow("Transfer topic")
            << "Transfer(address,address,uint256)"
            << "ddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef";
    }

    void selectorsAndTopicsAreKeccakOfTheSignature() {
        QFETCH(QString, signature);
        QFETCH(QString, hash);
        QVERIFY(keccak256(signature.toLatin1()).toHex().startsWith(hash.toLatin1()));
    }

    void refusesMalformedData_data() {
        QTest::addColumn<QString>("type");
        QTest::addColumn<QByteArray>("data");
        const QByteArray two =
            words("0000000000000000000000000000000000000000000000000000000000000002");
        QTest::newRow("too short") << "uint256" << QByteArray(31, '\0');
        QTest::newRow("bool of 2") << "bool" << two;
        QTest::newRow("uint8 of 256")
            << "uint8" << words("0000000000000000000000000000000000000000000000000000000000000100");
        QTest::newRow("address with dirty padding")
            << "address"
            << words("0100000000000000000000005aaeb6053f3e94c9b9a09f33669435e7ef1beaed");
        QTest::newRow("bytes offset past the end")
            << "bytes" << words("00000000000000000000000000000000000000000000000000000000000000ff");
        QTest::newRow("bytes length past the end")
            << "bytes"
            << words("0000000000000000000000000000000000000000000000000000000000000020") + two;
    }

    void refusesMalformedData() {
        QFETCH(QString, type);
        QFETCH(QByteArray, data);
        QVERIFY_THROWS_EXCEPTION(ChainError, abiDecode({AbiType::parse(type)}, data));
    }

    void refusesValuesOutOfTheirType() {
        QVERIFY_THROWS_EXCEPTION(ChainError, abiEncode(types({u"uint8"}), {Uint256(256u)}));
        QVERIFY_THROWS_EXCEPTION(ChainError, abiEncode(types({u"bytes32"}), {QByteArray("short")}));
        QVERIFY_THROWS_EXCEPTION(ChainError, abiEncode(types({u"address"}), {Uint256(1u)}));
        QVERIFY_THROWS_EXCEPTION(ChainError, AbiType::parse(u"uint7"));
        QVERIFY_THROWS_EXCEPTION(ChainError, AbiType::parse(u"int256"));
    }

    void customErrorsDecodeToTheirNames_data() {
        QTest::addColumn<QString>("signature");
        QTest::addColumn<QByteArray>("arguments");
        QTest::addColumn<QString>("description");
        const Address caller = Address::fromHex(u"0x70997970C51812dc3A010C7d01b50e0d17dc79C8");
        QTest::newRow("escrow error with an address")
            << "NotOwner(address)" << abiEncode(types({u"address"}), {caller})
            << "NotOwner(caller=0x70997970C51812dc3A010C7d01b50e0d17dc79C8)";
        QTest::newRow("escrow error with an enum")
            << "WrongState(bytes32,uint8)"
            << abiEncode(types({u"bytes32", u"uint8"}), {QByteArray(32, '\x11'), Uint256(3u)})
            << "WrongState(id=0x" + QString(64, QLatin1Char('1')) + ", state=3)";
        QTest::newRow("token error bubbling up")
            << "InsufficientAllowance(address,uint256,uint256)"
            << abiEncode(types({u"address", u"uint256", u"uint256"}),
                         {caller, Uint256(1u), Uint256(2u)})
            << "InsufficientAllowance(spender=0x70997970C51812dc3A010C7d01b50e0d17dc79C8, "
               "allowance=1, needed=2)";
        QTest::newRow("require message")
            << "Error(string)" << abiEncode(types({u"string"}), {QStringLiteral("no")})
            << "Error(message=\"no\")";
        QTest::newRow("arithmetic panic")
            << "Panic(uint256)" << abiEncode(types({u"uint256"}), {Uint256(0x11u)})
            << "Panic(code=17)";
    }

    void customErrorsDecodeToTheirNames() {
        QFETCH(QString, signature);
        QFETCH(QByteArray, arguments);
        QFETCH(QString, description);
        const QByteArray data = keccak256(signature.toLatin1()).first(4) + arguments;
        const auto decoded = creditEscrowAbi().decodeRevert(data);
        QVERIFY(decoded.has_value());
        QCOMPARE(decoded->name, signature.section(QLatin1Char('('), 0, 0));
        QCOMPARE(decoded->describe(), description);
    }

    void unknownRevertDataIsNotGuessed() {
        QVERIFY(!creditEscrowAbi().decodeRevert(QByteArray::fromHex("deadbeef")).has_value());
        QVERIFY(!creditEscrowAbi().decodeRevert(QByteArray()).has_value());
    }

    void theCompiledEscrowHasEveryFunctionTheBindingCalls_data() {
        QTest::addColumn<QString>("signature");
        for (const char* s :
             {"open(bytes32,address,uint256,uint64)", "requestRefund(bytes32,bytes32)",
              "release(bytes32)", "refund(bytes32)", "settle(bytes32,uint256)", "reclaim(bytes32)",
              "pause()", "unpause()", "getEscrow(bytes32)", "escrowCount()",
              "escrowIds(uint256,uint256)", "owner()", "token()", "paused()"})
            QTest::newRow(s) << QString::fromLatin1(s);
    }

    void theCompiledEscrowHasEveryFunctionTheBindingCalls() {
        QFETCH(QString, signature);
        QCOMPARE(creditEscrowAbi().function(signature.section(QLatin1Char('('), 0, 0)).signature(),
                 signature);
    }

    void escrowEventsDecodeIndexedAndDataFields() {
        const AbiEntry* opened = nullptr;
        for (const auto& event : creditEscrowAbi().events())
            if (event.name == QLatin1String("EscrowOpened"))
                opened = &event;
        QVERIFY(opened);
        const Address payer = Address::fromHex(u"0x70997970C51812dc3A010C7d01b50e0d17dc79C8");
        const Address payee = Address::fromHex(u"0x3C44CdDdB6a900fa2b585dd299e03d12FA4293BC");
        const QByteArray id(32, '\x07');
        const QList<QByteArray> topics{opened->topic(), id, abiEncode(types({u"address"}), {payer}),
                                       abiEncode(types({u"address"}), {payee})};
        const auto log = creditEscrowAbi().decodeLog(
            topics, abiEncode(types({u"uint256", u"uint64"}),
                              {Uint256(5'000'000u), Uint256(1'900'000'000u)}));
        QVERIFY(log.has_value());
        QCOMPARE(log->event, QStringLiteral("EscrowOpened"));
        QCOMPARE(log->fields.size(), std::size_t(5));
        QCOMPARE(log->fields[1].second.toAddress().toHex(), payer.toHex());
        QCOMPARE(log->fields[3].first, QStringLiteral("amount"));
        QCOMPARE(log->fields[3].second.toUint(), Uint256(5'000'000u));
    }
};

QTEST_GUILESS_MAIN(TestAbi)
#include "tst_abi.moc"

#include "billing_test_support.h"

#include <billing/errors.h>
#include <billing/ledger.h>

#include <QTest>

#include <limits>

using namespace meterdesk::billing;
using billing_test::credits;
using billing_test::fieldsOf;
using billing_test::utc;

namespace {

LedgerEntry entry(EntryKind kind, const char* amount, std::string reason = "") {
    return {kind, credits(amount), std::move(reason), utc("2026-11-25T10:00:00Z")};
}

} // namespace

class TestLedger : public QObject {
    Q_OBJECT

private slots:
    void kindNamesRoundTrip_data();
    void kindNamesRoundTrip();
    void unknownKindNameIsNotRead();
    void signRulesAreEnforced_data();
    void signRulesAreEnforced();
    void balanceSumsEveryEntry_data();
    void balanceSumsEveryEntry();
    void balanceOverflowThrows();
    void allowanceExpiryKeepsWhatWasBought_data();
    void allowanceExpiryKeepsWhatWasBought();
    void monthBoundariesAreUtc_data();
    void monthBoundariesAreUtc();
};

void TestLedger::kindNamesRoundTrip_data() {
    QTest::addColumn<EntryKind>("kind");
    QTest::addColumn<QString>("name");

    QTest::newRow("grant") << EntryKind::Grant << "grant";
    QTest::newRow("top-up") << EntryKind::TopUp << "top_up";
    QTest::newRow("usage") << EntryKind::Usage << "usage";
    QTest::newRow("refund") << EntryKind::Refund << "refund";
    QTest::newRow("adjustment") << EntryKind::Adjustment << "adjustment";
    QTest::newRow("expiry") << EntryKind::Expiry << "expiry";
}

void TestLedger::kindNamesRoundTrip() {
    QFETCH(EntryKind, kind);
    QFETCH(QString, name);

    QCOMPARE(QString::fromLatin1(toString(kind)), name);
    QCOMPARE(entryKindFromString(name.toStdString()), std::optional<EntryKind>(kind));
}

void TestLedger::unknownKindNameIsNotRead() {
    QCOMPARE(entryKindFromString("topup"), std::nullopt);
    QCOMPARE(entryKindFromString("Grant"), std::nullopt);
}

void TestLedger::signRulesAreEnforced_data() {
    QTest::addColumn<LedgerEntry>("ledgerEntry");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("grant adds") << entry(EntryKind::Grant, "100") << QStringList{};
    QTest::newRow("zero grant") << entry(EntryKind::Grant, "0") << QStringList{"amount positive"};
    QTest::newRow("negative grant")
        << entry(EntryKind::Grant, "-0.000001") << QStringList{"amount positive"};
    QTest::newRow("top-up adds") << entry(EntryKind::TopUp, "0.000001") << QStringList{};
    QTest::newRow("zero top-up") << entry(EntryKind::TopUp, "0") << QStringList{"amount positive"};
    QTest::newRow("refund adds") << entry(EntryKind::Refund, "5") << QStringList{};
    QTest::newRow("negative refund")
        << entry(EntryKind::Refund, "-5") << QStringList{"amount positive"};
    QTest::newRow("usage removes") << entry(EntryKind::Usage, "-0.0025") << QStringList{};
    QTest::newRow("free usage") << entry(EntryKind::Usage, "0") << QStringList{};
    QTest::newRow("positive usage")
        << entry(EntryKind::Usage, "0.000001") << QStringList{"amount non_positive"};
    QTest::newRow("expiry removes") << entry(EntryKind::Expiry, "-70") << QStringList{};
    QTest::newRow("nothing expires") << entry(EntryKind::Expiry, "0") << QStringList{};
    QTest::newRow("positive expiry")
        << entry(EntryKind::Expiry, "3") << QStringList{"amount non_positive"};
    QTest::newRow("adjustment up")
        << entry(EntryKind::Adjustment, "5", "goodwill") << QStringList{};
    QTest::newRow("adjustment down")
        << entry(EntryKind::Adjustment, "-5", "duplicate top-up") << QStringList{};
    QTest::newRow("zero adjustment")
        << entry(EntryKind::Adjustment, "0", "nothing") << QStringList{"amount non_zero"};
    QTest::newRow("adjustment without reason")
        << entry(EntryKind::Adjustment, "5") << QStringList{"reason required"};
    QTest::newRow("zero adjustment without reason")
        << entry(EntryKind::Adjustment, "0") << QStringList{"amount non_zero", "reason required"};
    QTest::newRow("time missing") << LedgerEntry{EntryKind::Grant, credits("1"), "", {}}
                                  << QStringList{"at required"};
}

void TestLedger::signRulesAreEnforced() {
    QFETCH(LedgerEntry, ledgerEntry);
    QFETCH(QStringList, expected);

    QCOMPARE(fieldsOf(validate(ledgerEntry)), expected);
}

void TestLedger::balanceSumsEveryEntry_data() {
    QTest::addColumn<QList<LedgerEntry>>("entries");
    QTest::addColumn<QString>("expected");

    QTest::newRow("empty") << QList<LedgerEntry>{} << "0";
    QTest::newRow("month of activity")
        << QList<LedgerEntry>{entry(EntryKind::Grant, "100"),
                              entry(EntryKind::TopUp, "50"),
                              entry(EntryKind::Usage, "-30.000001"),
                              entry(EntryKind::Refund, "0.000001"),
                              entry(EntryKind::Adjustment, "-20", "correction"),
                              entry(EntryKind::Expiry, "-70")}
        << "30";
    QTest::newRow("overdrawn") << QList<LedgerEntry>{entry(EntryKind::Usage, "-1.5")} << "-1.5";
}

void TestLedger::balanceSumsEveryEntry() {
    QFETCH(QList<LedgerEntry>, entries);
    QFETCH(QString, expected);

    QCOMPARE(balance(entries), Credits::parse(expected.toStdString()));
}

void TestLedger::balanceOverflowThrows() {
    const auto max = Credits::fromMicros(std::numeric_limits<std::int64_t>::max());
    const std::vector<LedgerEntry> entries{{EntryKind::Grant, max, "", {}},
                                           {EntryKind::TopUp, Credits::fromMicros(1), "", {}}};
    QVERIFY_THROWS_EXCEPTION(OverflowError, balance(entries));
}

void TestLedger::allowanceExpiryKeepsWhatWasBought_data() {
    QTest::addColumn<QString>("granted");
    QTest::addColumn<QString>("used");
    QTest::addColumn<QString>("currentBalance");
    QTest::addColumn<QString>("expires");

    QTest::newRow("part of the allowance unused") << "100"
                                                  << "30"
                                                  << "500"
                                                  << "70";
    QTest::newRow("allowance used exactly") << "100"
                                            << "100"
                                            << "500"
                                            << "0";
    QTest::newRow("used beyond the allowance") << "100"
                                               << "150"
                                               << "500"
                                               << "0";
    QTest::newRow("balance below the unused allowance") << "100"
                                                        << "30"
                                                        << "50"
                                                        << "50";
    QTest::newRow("empty balance") << "100"
                                   << "30"
                                   << "0"
                                   << "0";
    QTest::newRow("overdrawn balance") << "100"
                                       << "30"
                                       << "-20"
                                       << "0";
    QTest::newRow("no allowance") << "0"
                                  << "0"
                                  << "100"
                                  << "0";
    QTest::newRow("nothing used") << "100"
                                  << "0"
                                  << "100"
                                  << "100";
    QTest::newRow("one micro-credit left") << "100"
                                           << "99.999999"
                                           << "1000"
                                           << "0.000001";
}

void TestLedger::allowanceExpiryKeepsWhatWasBought() {
    QFETCH(QString, granted);
    QFETCH(QString, used);
    QFETCH(QString, currentBalance);
    QFETCH(QString, expires);

    QCOMPARE(allowanceExpiry(Credits::parse(granted.toStdString()),
                             Credits::parse(used.toStdString()),
                             Credits::parse(currentBalance.toStdString())),
             Credits::parse(expires.toStdString()));
}

void TestLedger::monthBoundariesAreUtc_data() {
    QTest::addColumn<QString>("at");
    QTest::addColumn<QString>("start");
    QTest::addColumn<QString>("next");

    QTest::newRow("mid-month") << "2026-11-25T10:11:12Z"
                               << "2026-11-01T00:00:00Z"
                               << "2026-12-01T00:00:00Z";
    QTest::newRow("first second of a month") << "2026-11-01T00:00:00Z"
                                             << "2026-11-01T00:00:00Z"
                                             << "2026-12-01T00:00:00Z";
    QTest::newRow("last second of a month") << "2026-11-30T23:59:59Z"
                                            << "2026-11-01T00:00:00Z"
                                            << "2026-12-01T00:00:00Z";
    QTest::newRow("december rolls the year") << "2026-12-31T23:59:59Z"
                                             << "2026-12-01T00:00:00Z"
                                             << "2027-01-01T00:00:00Z";
    QTest::newRow("leap day") << "2024-02-29T12:00:00Z"
                              << "2024-02-01T00:00:00Z"
                              << "2024-03-01T00:00:00Z";
    QTest::newRow("offset input is read as UTC") << "2026-12-01T00:30:00+01:00"
                                                 << "2026-11-01T00:00:00Z"
                                                 << "2026-12-01T00:00:00Z";
    QTest::newRow("before the epoch") << "1969-12-31T23:59:59Z"
                                      << "1969-12-01T00:00:00Z"
                                      << "1970-01-01T00:00:00Z";
}

void TestLedger::monthBoundariesAreUtc() {
    QFETCH(QString, at);
    QFETCH(QString, start);
    QFETCH(QString, next);

    QCOMPARE(monthStart(utc(at)), utc(start));
    QCOMPARE(nextMonthStart(utc(at)), utc(next));
}

QTEST_APPLESS_MAIN(TestLedger)
#include "tst_ledger.moc"

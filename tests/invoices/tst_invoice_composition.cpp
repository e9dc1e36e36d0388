// Invoice composition without a database: lines, allowance, refunds, fee, tax and currency
// amounts against hand-computed fixtures, tariff slices, and invoice periods.
#include "../unit/billing_test_support.h"

#include <billing/errors.h>
#include <billing/pricing.h>
#include <store/invoice_composition.h>

#include <QTest>

using namespace meterdesk;
using billing::Credits;
using billing_test::credits;
using billing_test::utc;
using store::InvoicePeriod;

namespace {

const InvoicePeriod kNovember = InvoicePeriod::month(2026, 11);

// Plan "pro": version 1 since September, version 2 from 16 November 12:00 UTC.
billing::Plan proPlan() {
    billing::Plan plan;
    plan.code = "pro";
    billing::TariffVersion first;
    first.planCode = "pro";
    first.version = 1;
    first.effectiveFrom = utc("2026-09-01T00:00:00Z");
    first.rules = {{"api", "/search", "*", credits("0.0025"), credits("0"), false, {}},
                   {"api", "/upload", "POST", credits("0.001"), credits("0.0001"), false, {}},
                   {"api", "/upload", "PUT", credits("0.002"), credits("0.0001"), false, {}}};
    billing::TariffVersion second = first;
    second.version = 2;
    second.effectiveFrom = utc("2026-11-16T12:00:00Z");
    second.rules[0].perCall = credits("0.0015");
    plan.versions = {first, second};
    return plan;
}

// "service endpoint slice calls units credits", as a rollup sum.
store::UsageSlice usageFrom(const QString& text) {
    const QStringList f = text.split(u' ');
    return {f[0].toStdString(), f[1].toStdString(), f[2].toULongLong(),
            f[3].toLongLong(),  f[4].toLongLong(),  credits(qPrintable(f[5]))};
}

store::InvoiceInputs inputs(const QStringList& usage, const char* grants, const char* refunds,
                            qint64 feeBasisPoints, qint64 taxBasisPoints,
                            const billing::CurrencyRate& rate) {
    store::InvoiceInputs in;
    in.period = kNovember;
    in.customer = {7, "acme", "Acme Corp", "ap@acme.example", "eu", "pro"};
    in.issuer = {"Meterdesk Test Ltd", "1 Test Street", "billing@test.example", "GB1"};
    in.rate = rate;
    in.fees = {feeBasisPoints, taxBasisPoints};
    in.plan = proPlan();
    in.slices = store::tariffSlices(in.plan, in.period);
    for (const QString& slice : usage)
        in.usage.push_back(usageFrom(slice));
    in.account.grants = credits(grants);
    in.account.refunds = credits(refunds);
    return in;
}

// "kind credits minor", the way the fixtures write a line.
QString described(const store::InvoiceItem& item) {
    return QStringLiteral("%1 %2 %3")
        .arg(QString::fromUtf8(store::toString(item.kind)),
             QString::fromStdString(item.amount.toString()))
        .arg(item.amountMinor);
}

const billing::CurrencyRate kEuroPerCredit{100, 0, 2, "EUR"};

} // namespace

class TestInvoiceComposition : public QObject {
    Q_OBJECT

private slots:
    void totalsMatchHandComputedFixtures_data() {
        QTest::addColumn<QStringList>("usage");
        QTest::addColumn<QString>("grants");
        QTest::addColumn<QString>("refunds");
        QTest::addColumn<qint64>("feeBp");
        QTest::addColumn<qint64>("taxBp");
        QTest::addColumn<QStringList>("lines");
        QTest::addColumn<QString>("creditTotals"); // subtotal fee tax total
        QTest::addColumn<QString>("minorTotals");

        QTest::newRow("platform fee only") << QStringList{"api /search 0 1000 0 2.5"} << "0"
                                           << "0" << qint64{250} << qint64{0}
                                           << QStringList{"usage 2.5 250"} << "2.5 0.0625 0 2.5625"
                                           << "250 6 0 256";
        QTest::newRow("mid-period price change splits the line")
            << QStringList{"api /search 0 1000 0 2.5", "api /search 1 400 0 0.6"} << "0"
            << "0" << qint64{250} << qint64{0} << QStringList{"usage 2.5 250", "usage 0.6 60"}
            << "3.1 0.0775 0 3.1775"
            << "310 8 0 318";
        QTest::newRow("allowance pays for part of the usage")
            << QStringList{"api /search 0 12000 0 30"} << "20"
            << "0" << qint64{250} << qint64{2000}
            << QStringList{"usage 30 3000", "allowance -20 -2000"} << "10 0.25 2.05 12.3"
            << "1000 25 205 1230";
        QTest::newRow("allowance larger than the usage pays it all")
            << QStringList{"api /search 0 2000 0 5"} << "25"
            << "0" << qint64{250} << qint64{2000} << QStringList{"usage 5 500", "allowance -5 -500"}
            << "0 0 0 0"
            << "0 0 0 0";
        QTest::newRow("refunds are credited")
            << QStringList{"api /search 0 4000 0 10"} << "0"
            << "3" << qint64{250} << qint64{0} << QStringList{"usage 10 1000", "refund -3 -300"}
            << "7 0.175 0 7.175"
            << "700 18 0 718";
        QTest::newRow("refunds beyond what is billed are not credited")
            << QStringList{"api /search 0 4000 0 10"} << "8"
            << "3" << qint64{250} << qint64{0}
            << QStringList{"usage 10 1000", "allowance -8 -800", "refund -2 -200"} << "0 0 0 0"
            << "0 0 0 0";
        QTest::newRow("tax on the subtotal plus the fee")
            << QStringList{"api /upload 0 100 20000 40"} << "0"
            << "0" << qint64{250} << qint64{1900} << QStringList{"usage 40 4000"}
            << "40 1 7.79 48.79"
            << "4000 100 779 4879";
        QTest::newRow("half a micro-credit rounds away from zero")
            << QStringList{"api /search 0 1 0 0.000002"} << "0"
            << "0" << qint64{2500} << qint64{5000} << QStringList{"usage 0.000002 0"}
            << "0.000002 0.000001 0.000002 0.000005"
            << "0 0 0 0";
        QTest::newRow("half a cent rounds away from zero on every line")
            << QStringList{"api /search 0 2 0 0.005", "api /upload 0 1 5 0.005",
                           "api /upload 1 1 5 0.005"}
            << "0"
            << "0" << qint64{0} << qint64{0}
            << QStringList{"usage 0.005 1", "usage 0.005 1", "usage 0.005 1"} << "0.015 0 0 0.015"
            << "3 0 0 3";
        // 0.4 + 0.4 cents convert to 0 + 0, the 0.8 cents of allowance to -1 on its own: the
        // allowance takes the lines' converted sum instead, so nothing is due in euros either.
        QTest::newRow("allowance paying fractions of a cent leaves nothing due")
            << QStringList{"api /search 0 1 0 0.004", "api /upload 0 1 5 0.004"} << "25"
            << "0" << qint64{250} << qint64{2000}
            << QStringList{"usage 0.004 0", "usage 0.004 0", "allowance -0.008 0"} << "0 0 0 0"
            << "0 0 0 0";
        // 0.6 + 0.6 cents convert to 1 + 1; the refund of what is left after a partial
        // allowance pays the rest of both lines exactly.
        QTest::newRow("refund of the rest offsets the converted lines exactly")
            << QStringList{"api /search 0 1 0 0.006", "api /upload 0 1 5 0.006"} << "0.001"
            << "5" << qint64{250} << qint64{0}
            << QStringList{"usage 0.006 1", "usage 0.006 1", "allowance -0.001 0",
                           "refund -0.011 -2"}
            << "0 0 0 0"
            << "0 0 0 0";
        QTest::newRow("a partial allowance converts on its own")
            << QStringList{"api /search 0 1 0 0.006", "api /upload 0 1 5 0.006"} << "0.008"
            << "0" << qint64{0} << qint64{0}
            << QStringList{"usage 0.006 1", "usage 0.006 1", "allowance -0.008 -1"}
            << "0.004 0 0 0.004"
            << "1 0 0 1";
        QTest::newRow("no usage, nothing due")
            << QStringList{} << "25"
            << "0" << qint64{250} << qint64{2000} << QStringList{} << "0 0 0 0"
            << "0 0 0 0";
    }

    void totalsMatchHandComputedFixtures() {
        QFETCH(QStringList, usage);
        QFETCH(QString, grants);
        QFETCH(QString, refunds);
        QFETCH(qint64, feeBp);
        QFETCH(qint64, taxBp);
        QFETCH(QStringList, lines);
        QFETCH(QString, creditTotals);
        QFETCH(QString, minorTotals);

        const auto invoice = store::composeInvoice(
            inputs(usage, qPrintable(grants), qPrintable(refunds), feeBp, taxBp, kEuroPerCredit));
        QStringList actual;
        for (const auto& item : invoice.items)
            actual << described(item);
        QCOMPARE(actual, lines);
        const auto& t = invoice.totals;
        QCOMPARE(QStringLiteral("%1 %2 %3 %4")
                     .arg(QString::fromStdString(t.subtotal.toString()),
                          QString::fromStdString(t.platformFee.toString()),
                          QString::fromStdString(t.tax.toString()),
                          QString::fromStdString(t.total.toString())),
                 creditTotals);
        const auto& m = invoice.currencyTotals;
        QCOMPARE(QStringLiteral("%1 %2 %3 %4")
                     .arg(m.subtotal)
                     .arg(m.platformFee)
                     .arg(m.tax)
                     .arg(m.total),
                 minorTotals);
    }

    // Tiered prices are not yet part of tariff versions, metering or composition (usage lines
    // bill what metering charged per call); core/billing prices a period's volume by tiers
    // (pricing.h) and its invoice arithmetic takes such amounts as lines. Worked by hand:
    //   /search v1, graduated {1000 at 0.002, 5000 at 0.0015 + 0.5 flat, then 0.001}, 3200 calls:
    //     1000 × 0.002 + 2200 × 0.0015 + 0.5 = 5.8
    //   /search v2 from mid-month, graduated {1000 at 0.0018, then 0.0009}, 2500 calls:
    //     1000 × 0.0018 + 1500 × 0.0009 = 3.15
    //   /embed, volume {10000 at 0.0001, then 0.00005}, 12345 units: 12345 × 0.00005 = 0.61725
    //   allowance -2; subtotal 7.56725; fee 2.5 % of 7567250 µcr = 189181.25 -> 189181;
    //   tax 19 % of 7756431 µcr = 1473721.89 -> 1473722; total 9230153 µcr.
    //   In EUR at 1.2345 cents a credit, line by line: 7.1601 -> 7, 3.888675 -> 4,
    //   0.762... -> 1, -2.469 -> -2; subtotal 10, fee 0.25 -> 0, tax 1.9 -> 2, total 12 cents.
    void tieredAmountsTotalAsComputedByHand() {
        using billing::Tier;
        const std::vector<Tier> searchV1{{1000, credits("0.002"), credits("0")},
                                         {5000, credits("0.0015"), credits("0.5")},
                                         {std::nullopt, credits("0.001"), credits("0")}};
        const std::vector<Tier> searchV2{{1000, credits("0.0018"), credits("0")},
                                         {std::nullopt, credits("0.0009"), credits("0")}};
        const std::vector<Tier> embed{{10000, credits("0.0001"), credits("0")},
                                      {std::nullopt, credits("0.00005"), credits("0")}};
        const std::vector<billing::InvoiceLine> lines{
            billing::InvoiceLine::withAmount(
                "api /search v1", 3200,
                billing::periodCharge(billing::GraduatedPricing{searchV1}, 3200)),
            billing::InvoiceLine::withAmount(
                "api /search v2", 2500,
                billing::periodCharge(billing::GraduatedPricing{searchV2}, 2500)),
            billing::InvoiceLine::withAmount(
                "api /embed", 12345, billing::periodCharge(billing::VolumePricing{embed}, 12345)),
            billing::InvoiceLine::withAmount("Monthly allowance", 0, credits("-2")),
        };
        QCOMPARE(lines[0].amount, credits("5.8"));
        QCOMPARE(lines[1].amount, credits("3.15"));
        QCOMPARE(lines[2].amount, credits("0.61725"));

        const billing::FeeSchedule fees{250, 1900};
        const auto totals = billing::computeTotals(lines, fees);
        QCOMPARE(totals.subtotal, credits("7.56725"));
        QCOMPARE(totals.platformFee, credits("0.189181"));
        QCOMPARE(totals.tax, credits("1.473722"));
        QCOMPARE(totals.total, credits("9.230153"));

        const auto euros = billing::convertInvoice(lines, fees, {12345, 4, 2, "EUR"});
        QCOMPARE(euros.lineAmounts, (std::vector<std::int64_t>{7, 4, 1, -2}));
        QCOMPARE(euros.totals, (billing::CurrencyTotals{10, 0, 2, 12}));
    }

    void aFractionalRateConvertsWithOneRounding() {
        // 1.2345 cents per credit: 1000 credits are 1234.5 cents, so 1235.
        const auto invoice = store::composeInvoice(
            inputs({"api /search 0 400000 0 1000"}, "0", "0", 250, 0, {12345, 4, 2, "EUR"}));
        QCOMPARE(invoice.items.at(0).amountMinor, qint64{1235});
        QCOMPARE(invoice.currencyTotals.platformFee, qint64{31}); // 30.875
        QCOMPARE(invoice.currencyTotals.total, qint64{1266});
    }

    void usageLinesNameTheirVersionDatesAndPrices() {
        const auto invoice = store::composeInvoice(inputs(
            {"api /search 0 1000 0 2.5", "api /search 1 400 0 0.6", "api /upload 1 1 5 0.005"}, "0",
            "0", 250, 0, kEuroPerCredit));
        const auto& before = invoice.items.at(0);
        QCOMPARE(before.planVersion, std::optional<int>(1));
        QCOMPARE(before.coversFrom, std::optional(kNovember.start));
        QCOMPARE(before.coversUntil, std::optional(utc("2026-11-16T12:00:00Z")));
        QCOMPARE(before.perCall, std::optional(credits("0.0025")));
        QCOMPARE(before.description, std::string("api /search (plan pro v1)"));
        const auto& after = invoice.items.at(1);
        QCOMPARE(after.planVersion, std::optional<int>(2));
        QCOMPARE(after.coversFrom, std::optional(utc("2026-11-16T12:00:00Z")));
        QCOMPARE(after.coversUntil, std::optional(kNovember.end));
        QCOMPARE(after.perCall, std::optional(credits("0.0015")));
        // /upload is priced per method: no single list price to print.
        QCOMPARE(invoice.items.at(2).perCall, std::optional<Credits>());
        QCOMPARE(invoice.items.at(2).position, 3);
    }

    void escrowSettlementsAreListedForReference() {
        auto in = inputs({"api /search 0 1000 0 2.5"}, "0", "0", 250, 0, kEuroPerCredit);
        in.escrowSettlements = {{"0x01", "0xabc", utc("2026-11-20T08:00:00Z")}};
        const auto invoice = store::composeInvoice(in);
        QCOMPARE(invoice.items.size(), std::size_t{2});
        const auto& escrow = invoice.items.back();
        QCOMPARE(QString::fromUtf8(store::toString(escrow.kind)), QStringLiteral("escrow"));
        QCOMPARE(escrow.reference, std::string("0xabc"));
        QCOMPARE(escrow.amount, Credits());
        QCOMPARE(invoice.totals.subtotal, credits("2.5"));
    }

    void tariffSlicesCutThePeriodWhereVersionsStart_data() {
        QTest::addColumn<QStringList>("versionStarts"); // version n starts at the n-th instant
        QTest::addColumn<QStringList>("expected");      // "from until version"
        QTest::newRow("one version in force throughout")
            << QStringList{"2026-01-01T00:00:00Z"}
            << QStringList{"2026-11-01T00:00:00Z 2026-12-01T00:00:00Z 1"};
        QTest::newRow("a version starts mid-period")
            << QStringList{"2026-01-01T00:00:00Z", "2026-11-16T12:00:00Z"}
            << QStringList{"2026-11-01T00:00:00Z 2026-11-16T12:00:00Z 1",
                           "2026-11-16T12:00:00Z 2026-12-01T00:00:00Z 2"};
        QTest::newRow("a version starting exactly at the period start")
            << QStringList{"2026-01-01T00:00:00Z", "2026-11-01T00:00:00Z"}
            << QStringList{"2026-11-01T00:00:00Z 2026-12-01T00:00:00Z 2"};
        QTest::newRow("a version starting at the period end is next period's")
            << QStringList{"2026-01-01T00:00:00Z", "2026-12-01T00:00:00Z"}
            << QStringList{"2026-11-01T00:00:00Z 2026-12-01T00:00:00Z 1"};
        QTest::newRow("the plan's first version starts mid-period")
            << QStringList{"2026-11-10T00:00:00Z"}
            << QStringList{"2026-11-01T00:00:00Z 2026-11-10T00:00:00Z none",
                           "2026-11-10T00:00:00Z 2026-12-01T00:00:00Z 1"};
        QTest::newRow("two changes")
            << QStringList{"2026-01-01T00:00:00Z", "2026-11-05T00:00:00Z", "2026-11-20T00:00:00Z"}
            << QStringList{"2026-11-01T00:00:00Z 2026-11-05T00:00:00Z 1",
                           "2026-11-05T00:00:00Z 2026-11-20T00:00:00Z 2",
                           "2026-11-20T00:00:00Z 2026-12-01T00:00:00Z 3"};
    }

    void tariffSlicesCutThePeriodWhereVersionsStart() {
        QFETCH(QStringList, versionStarts);
        QFETCH(QStringList, expected);
        billing::Plan plan;
        plan.code = "p";
        for (qsizetype i = 0; i < versionStarts.size(); ++i) {
            billing::TariffVersion version;
            version.version = static_cast<int>(i + 1);
            version.effectiveFrom = utc(versionStarts[i]);
            plan.versions.push_back(version);
        }
        const auto iso = [](std::chrono::sys_seconds at) {
            return QDateTime::fromSecsSinceEpoch(at.time_since_epoch().count(), Qt::UTC)
                .toString(Qt::ISODate);
        };
        QStringList actual;
        for (const auto& slice : store::tariffSlices(plan, kNovember)) {
            actual << iso(slice.from) + u' ' + iso(slice.until) + u' ' +
                          (slice.version ? QString::number(*slice.version)
                                         : QStringLiteral("none"));
        }
        QCOMPARE(actual, expected);
    }

    void periodsReadAndNameMonths_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("start");
        QTest::addColumn<QString>("end");
        QTest::newRow("November") << "2026-11"
                                  << "2026-11-01T00:00:00Z"
                                  << "2026-12-01T00:00:00Z";
        QTest::newRow("December rolls the year") << "2026-12"
                                                 << "2026-12-01T00:00:00Z"
                                                 << "2027-01-01T00:00:00Z";
        QTest::newRow("February of a leap year") << "2028-02"
                                                 << "2028-02-01T00:00:00Z"
                                                 << "2028-03-01T00:00:00Z";
    }

    void periodsReadAndNameMonths() {
        QFETCH(QString, text);
        QFETCH(QString, start);
        QFETCH(QString, end);
        const auto period = InvoicePeriod::parseMonth(text.toStdString());
        QCOMPARE(period.start, utc(start));
        QCOMPARE(period.end, utc(end));
        QCOMPARE(QString::fromStdString(period.label()), text);
    }

    void aPeriodThatIsNotAMonthIsNamedByItsDays() {
        const InvoicePeriod period{utc("2026-11-03T00:00:00Z"), utc("2026-11-17T00:00:00Z")};
        QCOMPARE(period.label(), std::string("2026-11-03..2026-11-17"));
    }

    void badMonthsAreRefusedByName_data() {
        QTest::addColumn<QString>("text");
        QTest::newRow("month 13") << "2026-13";
        QTest::newRow("month 0") << "2026-00";
        QTest::newRow("no dash") << "202611";
        QTest::newRow("a day too") << "2026-11-01";
        QTest::newRow("letters") << "20x6-11";
        QTest::newRow("empty") << "";
    }

    void badMonthsAreRefusedByName() {
        QFETCH(QString, text);
        const QString message = billing_test::thrownMessage<billing::ParseError>(
            [&] { InvoicePeriod::parseMonth(text.toStdString()); });
        QVERIFY2(message.contains(u'"' + text + u'"') && message.contains("YYYY-MM"),
                 qPrintable(message));
    }
};

QTEST_APPLESS_MAIN(TestInvoiceComposition)
#include "tst_invoice_composition.moc"

// Invoice documents: the PDF read back with pdftotext (number, tenant, every line, total;
// pagination of a long invoice with its header repeated), the CSV and JSON exports, amounts as
// text, pagination rules and export names.
#include "invoice_samples.h"

#include <documents/amount_text.h>
#include <documents/invoice_csv.h>
#include <documents/invoice_export.h>
#include <documents/invoice_json.h>
#include <documents/invoice_pagination.h>
#include <documents/invoice_pdf.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <limits>

using namespace meterdesk;
using documents::PageRows;

Q_DECLARE_METATYPE(store::Invoice)
Q_DECLARE_METATYPE(std::vector<double>)
Q_DECLARE_METATYPE(std::vector<PageRows>)

namespace {

// pdftotext's reading of one page (or all, for page 0), with no-break spaces made plain.
QString pdfText(const QString& pdf, int page = 0) {
    QStringList arguments;
    if (page > 0)
        arguments << "-f" << QString::number(page) << "-l" << QString::number(page);
    arguments << pdf << "-";
    QProcess process;
    process.start(QStringLiteral("pdftotext"), arguments);
    if (!process.waitForFinished(30'000) || process.exitCode() != 0)
        qFatal("pdftotext failed: %s", process.readAllStandardError().constData());
    return QString::fromUtf8(process.readAllStandardOutput()).replace(QChar(0x00a0), u' ');
}

QString plain(QString text) {
    return text.replace(QChar(0x00a0), u' ');
}

QString written(const store::Invoice& invoice, const QTemporaryDir& dir, const QLocale& locale) {
    const QString path = dir.filePath(QStringLiteral("invoice.pdf"));
    documents::exportInvoice(invoice, documents::ExportFormat::Pdf, path, locale);
    return path;
}

store::Invoice creditNote() {
    auto note = invoice_samples::issued(3);
    note.number = "MD-2026-000043";
    note.creditNoteFor = 7;
    note.creditNoteForNumber = "MD-2026-000042";
    for (auto& item : note.items) {
        item.amount = -item.amount;
        item.amountMinor = -item.amountMinor;
    }
    note.totals = {-note.totals.subtotal, -note.totals.platformFee, -note.totals.tax,
                   -note.totals.total};
    note.currencyTotals = {-note.currencyTotals.subtotal, -note.currencyTotals.platformFee,
                           -note.currencyTotals.tax, -note.currencyTotals.total};
    return note;
}

} // namespace

class TestInvoiceDocuments : public QObject {
    Q_OBJECT

private slots:
    void pdfTextHoldsNumberTenantEveryLineAndTotal_data() {
        QTest::addColumn<store::Invoice>("invoice");
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QString>("heading");
        QTest::newRow("issued") << invoice_samples::issued(12) << "en_US"
                                << "MD-2026-000042";
        QTest::newRow("draft") << invoice_samples::composed(4) << "en_US"
                               << "DRAFT INVOICE";
        QTest::newRow("credit note") << creditNote() << "en_US"
                                     << "MD-2026-000042";
        QTest::newRow("German number format") << invoice_samples::issued(5) << "de_DE"
                                              << "MD-2026-000042";
    }

    void pdfTextHoldsNumberTenantEveryLineAndTotal() {
        QFETCH(store::Invoice, invoice);
        QFETCH(QString, locale);
        QFETCH(QString, heading);
        const QTemporaryDir dir;
        const QString text = pdfText(written(invoice, dir, QLocale(locale)));

        QVERIFY2(text.contains(heading), qPrintable(text.left(400)));
        QVERIFY(text.contains(QString::fromStdString(invoice.customer.name)));
        for (const auto& item : invoice.items) {
            const QString title = item.kind == store::InvoiceLineKind::Usage
                                      ? QString::fromStdString(item.service + " " + item.endpoint)
                                      : QStringLiteral("Monthly allowance");
            if (item.kind != store::InvoiceLineKind::Refund)
                QVERIFY2(text.contains(title), qPrintable(title));
            const QString amount =
                documents::formatDecimal(item.amountMinor, 2, 2, QLocale(locale));
            QVERIFY2(text.contains(amount), qPrintable(amount));
        }
        const QString total = plain(
            documents::formatMoney(invoice.currencyTotals.total, invoice.rate, QLocale(locale)));
        QVERIFY2(text.contains(total), qPrintable(total));
    }

    void aLongInvoiceRepeatsTheTableHeaderOnEveryPage() {
        const auto invoice = invoice_samples::issued(500);
        const QTemporaryDir dir;
        const QString pdf = written(invoice, dir, QLocale(QLocale::English, QLocale::UnitedStates));

        const auto pageOf =
            QRegularExpression(QStringLiteral("Page 1 of (\\d+)")).match(pdfText(pdf, 1));
        QVERIFY(pageOf.hasMatch());
        const int pages = pageOf.captured(1).toInt();
        QVERIFY2(pages >= 10, qPrintable(QString::number(pages)));

        QString everything;
        for (int page = 1; page <= pages; ++page) {
            const QString text = pdfText(pdf, page);
            QVERIFY2(text.contains(QStringLiteral("Page %1 of %2").arg(page).arg(pages)),
                     qPrintable(QString::number(page)));
            const bool hasRows = text.contains(QStringLiteral("svc-"));
            if (hasRows) {
                QVERIFY2(text.contains(QStringLiteral("DESCRIPTION")) &&
                             text.contains(QStringLiteral("AMOUNT (EUR)")),
                         qPrintable(QStringLiteral("no table header on page %1").arg(page)));
            }
            QCOMPARE(text.contains(QStringLiteral("Total due")), page == pages);
            if (page > 1)
                QVERIFY(text.contains(QStringLiteral("MD-2026-000042 (continued)")));
            everything += text;
        }
        for (int line = 1; line <= 500; ++line) {
            QCOMPARE(everything.count(invoice_samples::usageTitle(line)), qsizetype{1});
        }
    }

    void paginationKeepsRowsWholeAndTheTailTogether_data() {
        QTest::addColumn<std::vector<double>>("rows");
        QTest::addColumn<double>("tail");
        QTest::addColumn<std::vector<PageRows>>("expected");
        // Page 1 has room for 100 (10 of it the header), later pages for 120.
        QTest::newRow("all on one page with the tail")
            << std::vector<double>{30, 30} << 30.0 << std::vector<PageRows>{{0, 2}};
        QTest::newRow("the tail takes a page of its own")
            << std::vector<double>{30, 30} << 31.0 << std::vector<PageRows>{{0, 2}, {2, 0}};
        QTest::newRow("rows continue on the next page")
            << std::vector<double>{40, 40, 40, 40} << 10.0 << std::vector<PageRows>{{0, 2}, {2, 2}};
        QTest::newRow("a row exactly filling the page stays")
            << std::vector<double>{45, 45, 30} << 0.0 << std::vector<PageRows>{{0, 2}, {2, 1}};
        QTest::newRow("a row taller than a page still gets one")
            << std::vector<double>{10, 500, 10} << 0.0
            << std::vector<PageRows>{{0, 1}, {1, 1}, {2, 1}};
        QTest::newRow("no rows") << std::vector<double>{} << 50.0 << std::vector<PageRows>{{0, 0}};
    }

    void paginationKeepsRowsWholeAndTheTailTogether() {
        QFETCH(std::vector<double>, rows);
        QFETCH(double, tail);
        QFETCH(std::vector<PageRows>, expected);
        const auto pages = documents::paginate(rows, {100, 120, 10, tail});
        QCOMPARE(pages.size(), expected.size());
        for (std::size_t i = 0; i < pages.size(); ++i) {
            QCOMPARE(pages[i].first, expected[i].first);
            QCOMPARE(pages[i].count, expected[i].count);
        }
    }

    void csvHasOneRecordPerLineWithPlainDecimals() {
        auto invoice = invoice_samples::issued(2);
        invoice.items[0].service = "=HYPERLINK(\"x\")";
        invoice.items[0].description = "search, \"fast\"";
        const QStringList records =
            QString::fromUtf8(documents::invoiceLinesCsv(invoice)).split(QStringLiteral("\r\n"));
        QCOMPARE(records.size(), qsizetype(invoice.items.size() + 2)); // header, lines, final CRLF
        QCOMPARE(records.front(),
                 QStringLiteral("invoice,position,kind,description,service,endpoint,plan_version,"
                                "from,until,calls,units,credits,amount,currency,reference"));
        QCOMPARE(records[1], QStringLiteral("MD-2026-000042,1,usage,\"search, \"\"fast\"\"\","
                                            "\"'=HYPERLINK(\"\"x\"\")\",/endpoint/001,1,"
                                            "2026-11-01T00:00:00Z,2026-12-01T00:00:00Z,1001,10,"
                                            "1.234567,1.23,EUR,"));
        QCOMPARE(records[3], QStringLiteral("MD-2026-000042,3,allowance,Monthly allowance,,,,,,"
                                            "0,0,-3.703701,-3.70,EUR,"));
        QVERIFY(records.back().isEmpty());
    }

    void jsonKeepsEveryAmountExact() {
        auto invoice = invoice_samples::issued(1);
        const qint64 beyondDoubles = (qint64{1} << 53) + 1;
        invoice.items[0].amount = billing::Credits::fromMicros(beyondDoubles);
        const QJsonObject json =
            QJsonDocument::fromJson(QJsonDocument(documents::invoiceToJson(invoice)).toJson())
                .object();
        QCOMPARE(json["number"].toString(), QStringLiteral("MD-2026-000042"));
        QCOMPARE(json["status"].toString(), QStringLiteral("issued"));
        QCOMPARE(json["period"]["label"].toString(), QStringLiteral("2026-11"));
        QCOMPARE(json["period"]["start"].toString(), QStringLiteral("2026-11-01T00:00:00Z"));
        QCOMPARE(json["tenant"]["slug"].toString(), QStringLiteral("acme"));
        QCOMPARE(json["lines"][0]["amountUcr"].toInteger(), beyondDoubles);
        QCOMPARE(json["lines"][0]["planVersion"].toInt(), 1);
        QCOMPARE(json["totals"]["totalMinor"].toInteger(),
                 static_cast<qint64>(invoice.currencyTotals.total));
        QCOMPARE(json["account"]["topUpsUcr"].toInteger(), qint64{500'000'000});
        QVERIFY(json["voidedAt"].isNull());
    }

    void aDraftHasNoNumberInJson() {
        const QJsonObject json = documents::invoiceToJson(invoice_samples::composed(1));
        QVERIFY(json["number"].isNull());
        QCOMPARE(json["status"].toString(), QStringLiteral("draft"));
        QVERIFY(json["contentSha256"].isNull());
    }

    void amountsAreExactInEveryLocale_data() {
        QTest::addColumn<qint64>("scaled");
        QTest::addColumn<int>("decimals");
        QTest::addColumn<int>("minimumDecimals");
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QString>("expected");
        QTest::newRow("credits, en") << qint64{1'234'500'000} << 6 << 2 << "en_US"
                                     << "1,234.50";
        QTest::newRow("credits, de") << qint64{1'234'500'000} << 6 << 2 << "de_DE"
                                     << "1.234,50";
        QTest::newRow("all six decimals") << qint64{1} << 6 << 2 << "en_US"
                                          << "0.000001";
        QTest::newRow("negative cents") << qint64{-5} << 2 << 2 << "en_US"
                                        << "-0.05";
        QTest::newRow("no decimals") << qint64{1843} << 0 << 0 << "en_US"
                                     << "1,843";
        QTest::newRow("a rate's 22 decimals") << qint64{12345} << 22 << 2 << "en_US"
                                              << "0.0000000000000000012345";
        QTest::newRow("the most negative amount")
            << std::numeric_limits<qint64>::min() << 6 << 2 << "en_US"
            << "-9,223,372,036,854.775808";
    }

    void amountsAreExactInEveryLocale() {
        QFETCH(qint64, scaled);
        QFETCH(int, decimals);
        QFETCH(int, minimumDecimals);
        QFETCH(QString, locale);
        QFETCH(QString, expected);
        QCOMPARE(documents::formatDecimal(scaled, decimals, minimumDecimals, QLocale(locale)),
                 expected);
    }

    void plainDecimalsAreForMachines() {
        QCOMPARE(documents::plainDecimal(-1'234'500'000, 6), QStringLiteral("-1234.500000"));
        QCOMPARE(documents::plainDecimal(7, 0), QStringLiteral("7"));
        QCOMPARE(plain(documents::formatBasisPoints(250, QLocale(QLocale::English))),
                 QStringLiteral("2.5 %"));
    }

    void exportNamesArePredictable() {
        const auto issued = invoice_samples::issued(1);
        QCOMPARE(documents::exportFileName(issued, documents::ExportFormat::Pdf),
                 QStringLiteral("MD-2026-000042_acme.pdf"));
        QCOMPARE(
            documents::exportFileName(invoice_samples::composed(1), documents::ExportFormat::Csv),
            QStringLiteral("DRAFT_2026-11_acme.csv"));
        QCOMPARE(documents::exportFormatFromName("JSON"),
                 std::optional(documents::ExportFormat::Json));
        QCOMPARE(documents::exportFormatFromName("docx"), std::optional<documents::ExportFormat>());
    }

    void anUnwritableTargetIsNamedAndLeavesNothing() {
        const QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("missing/folder/x.pdf"));
        QVERIFY_THROWS_EXCEPTION(std::runtime_error,
                                 documents::exportInvoice(invoice_samples::issued(1),
                                                          documents::ExportFormat::Pdf, path));
        QVERIFY(!QFile::exists(path));
    }
};

QTEST_MAIN(TestInvoiceDocuments)
#include "tst_invoice_documents.moc"

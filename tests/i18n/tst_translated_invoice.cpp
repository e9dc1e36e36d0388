// An invoice comes out in the operator's language: with German or French installed, the PDF
// (read back with pdftotext; headings are upper-cased) has the translated words, the
// language's month name and the locale's number format, and none of the English words.
#include "../invoices/invoice_samples.h"

#include <documents/amount_text.h>
#include <documents/invoice_pdf.h>

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <translations/language.h>

using namespace meterdesk;

namespace {

// pdftotext's reading of the whole document, with no-break spaces made plain.
QString pdfText(const QByteArray& pdf) {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("invoice.pdf"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(pdf) != pdf.size())
        qFatal("cannot write %s", qPrintable(path));
    file.close();
    QProcess process;
    process.start(QStringLiteral("pdftotext"), {path, QStringLiteral("-")});
    if (!process.waitForFinished(-1) || process.exitCode() != 0)
        qFatal("pdftotext failed: %s", process.readAllStandardError().constData());
    return QString::fromUtf8(process.readAllStandardOutput()).replace(QChar(0x00a0), u' ');
}

} // namespace

class TestTranslatedInvoice : public QObject {
    Q_OBJECT

private slots:
    void invoiceInTheOperatorsLanguage_data() {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QStringList>("expected");
        QTest::addColumn<QStringList>("english");
        const QStringList english{QStringLiteral("Total due"), QStringLiteral("Bill to"),
                                  QStringLiteral("Issue date"), QStringLiteral("Subtotal")};
        QTest::newRow("German") << "de" << QStringList{"Rechnung",      "Rechnungsempfänger",
                                                       "Gesamtbetrag",  "Zwischensumme",
                                                       "November 2026", "Seite 1 von 1"}
                                << english;
        QTest::newRow("French") << "fr"
                                << QStringList{"Facture",    "Facturer à",    "Total à payer",
                                               "Sous-total", "novembre 2026", "Page 1 sur 1"}
                                << english;
    }

    void invoiceInTheOperatorsLanguage() {
        QFETCH(QString, language);
        QFETCH(QStringList, expected);
        QFETCH(QStringList, english);
        const translations::InstalledLanguage installed{QLocale(language)};
        QVERIFY(installed.hasMeterdeskTranslation());
        const store::Invoice invoice = invoice_samples::issued(3);
        // The document takes the default locale, which the installed language set.
        const QString text = pdfText(documents::InvoicePdf(invoice).toByteArray());
        for (const QString& word : expected)
            QVERIFY2(text.contains(word, Qt::CaseInsensitive),
                     qPrintable(word + QStringLiteral(" missing in:\n") + text));
        for (const QString& word : english)
            QVERIFY2(!text.contains(word, Qt::CaseInsensitive),
                     qPrintable(word + QStringLiteral(" left in English")));
        const QString total =
            documents::formatMoney(invoice.currencyTotals.total, invoice.rate, QLocale(language))
                .replace(QChar(0x00a0), u' ');
        QVERIFY2(total.contains(u','), qPrintable(total));
        QVERIFY2(text.contains(total), qPrintable(total + QStringLiteral(" missing")));
    }
};

QTEST_MAIN(TestTranslatedInvoice)
#include "tst_translated_invoice.moc"

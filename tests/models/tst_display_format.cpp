#include <models/display_format.h>

#include <QTest>

#include <cstdint>
#include <limits>

using namespace meterdesk;
using billing::Credits;

class TestDisplayFormat : public QObject {
    Q_OBJECT

private slots:
    void formatsCreditsExactlyInTheLocale_data() {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<qint64>("micros");
        QTest::addColumn<QString>("expected");

        QTest::newRow("zero") << "en_US" << qint64{0} << "0.00";
        QTest::newRow("grouped, two decimals") << "en_US" << qint64{1'234'500'000} << "1,234.50";
        QTest::newRow("one micro-credit") << "en_US" << qint64{1} << "0.000001";
        QTest::newRow("negative") << "en_US" << qint64{-2'500'000} << "-2.50";
        QTest::newRow("german separators") << "de_DE" << qint64{1'234'567'890} << "1.234,56789";
        QTest::newRow("most negative amount")
            << "en_US" << std::numeric_limits<qint64>::min() << "-9,223,372,036,854.775808";
        QTest::newRow("largest amount")
            << "en_US" << std::numeric_limits<qint64>::max() << "9,223,372,036,854.775807";
    }
    void formatsCreditsExactlyInTheLocale() {
        QFETCH(QString, locale);
        QFETCH(qint64, micros);
        QFETCH(QString, expected);
        QCOMPARE(models::formatCredits(Credits::fromMicros(micros), QLocale(locale)), expected);
    }

    void editableTextHasNoGrouping_data() {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<qint64>("micros");
        QTest::addColumn<QString>("expected");

        QTest::newRow("en") << "en_US" << qint64{1'234'500'000} << "1234.5";
        QTest::newRow("de") << "de_DE" << qint64{1'234'500'000} << "1234,5";
        QTest::newRow("whole") << "en_US" << qint64{-3'000'000} << "-3";
    }
    void editableTextHasNoGrouping() {
        QFETCH(QString, locale);
        QFETCH(qint64, micros);
        QFETCH(QString, expected);
        QCOMPARE(models::editableCredits(Credits::fromMicros(micros), QLocale(locale)), expected);
    }

    void parsesTypedCredits_data() {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("micros");

        QTest::newRow("decimal") << "en_US"
                                 << "12.5" << qint64{12'500'000};
        QTest::newRow("spaces around") << "en_US"
                                       << " 3 " << qint64{3'000'000};
        QTest::newRow("negative") << "en_US"
                                  << "-4" << qint64{-4'000'000};
        QTest::newRow("six decimals") << "en_US"
                                      << "0.000001" << qint64{1};
        QTest::newRow("german comma") << "de_DE"
                                      << "12,5" << qint64{12'500'000};
        QTest::newRow("french comma") << "fr_FR"
                                      << "0,25" << qint64{250'000};
    }
    void parsesTypedCredits() {
        QFETCH(QString, locale);
        QFETCH(QString, text);
        QFETCH(qint64, micros);
        QString reason;
        const auto parsed = models::parseCredits(text, &reason, QLocale(locale));
        QVERIFY2(parsed.has_value(), qPrintable(reason));
        QCOMPARE(parsed->micros(), micros);
    }

    void refusesWhatIsNotAnAmount_data() {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("reasonMentions");

        QTest::newRow("empty") << "en_US"
                               << "  "
                               << "Enter an amount";
        QTest::newRow("letters") << "en_US"
                                 << "abc"
                                 << "\"abc\"";
        QTest::newRow("seven decimals") << "en_US"
                                        << "0.0000001"
                                        << "\"0.0000001\"";
        QTest::newRow("grouping") << "en_US"
                                  << "1,000"
                                  << "\"1,000\"";
        QTest::newRow("german thousands dot") << "de_DE"
                                              << "1.000"
                                              << "\"1.000\"";
        QTest::newRow("too large") << "en_US"
                                   << "99999999999999"
                                   << "too large";
        QTest::newRow("plus sign") << "en_US"
                                   << "+1"
                                   << "\"+1\"";
    }
    void refusesWhatIsNotAnAmount() {
        QFETCH(QString, locale);
        QFETCH(QString, text);
        QFETCH(QString, reasonMentions);
        QString reason;
        QVERIFY(!models::parseCredits(text, &reason, QLocale(locale)).has_value());
        QVERIFY2(reason.contains(reasonMentions), qPrintable(reason));
    }

    void instantsBecomeUtcDateTimes() {
        const QDateTime day = models::utcDateTime(std::chrono::sys_seconds{std::chrono::days{1}});
        QCOMPARE(day.timeSpec(), Qt::UTC);
        QCOMPARE(day, QDateTime(QDate(1970, 1, 2), QTime(0, 0), Qt::UTC));

        const auto precise =
            std::chrono::sys_time<std::chrono::microseconds>{std::chrono::microseconds{1'500'250}};
        QCOMPARE(models::utcDateTime(precise).toMSecsSinceEpoch(), qint64{1'500});
    }
};

QTEST_GUILESS_MAIN(TestDisplayFormat)
#include "tst_display_format.moc"

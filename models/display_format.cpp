#include "display_format.h"

#include <billing/errors.h>

#include <QCoreApplication>
#include <QRegularExpression>

#include <cstdint>

namespace meterdesk::models {

namespace {

constexpr int kMinimumDecimals = 2;

QString localDigits(const QString& asciiDigits, const QLocale& locale) {
    QString digits;
    for (const QChar digit : asciiDigits) {
        digits += locale.toString(digit.digitValue());
    }
    return digits;
}

// Q_DECLARE_TR_FUNCTIONS names the context both for tr() at run time and for lupdate,
// which cannot see through a helper function.
class DisplayFormat {
    Q_DECLARE_TR_FUNCTIONS(DisplayFormat)
};

// The locale's short time format with seconds, which an audit trail and a ledger need.
QString timeFormatWithSeconds(const QLocale& locale) {
    QString format = locale.timeFormat(QLocale::ShortFormat);
    if (!format.contains(QLatin1String("ss"))) {
        format.replace(QLatin1String("mm"), QLatin1String("mm:ss"));
    }
    return format;
}

} // namespace

QString formatCredits(billing::Credits amount, const QLocale& locale) {
    const std::int64_t micros = amount.micros();
    // Unsigned, so that the most negative amount has a magnitude too.
    const std::uint64_t magnitude =
        micros < 0 ? 0 - static_cast<std::uint64_t>(micros) : static_cast<std::uint64_t>(micros);
    const auto perCredit = static_cast<std::uint64_t>(billing::Credits::kMicrosPerCredit);
    QString fraction =
        QString::number(magnitude % perCredit)
            .rightJustified(static_cast<qsizetype>(billing::Credits::kMaxDecimals), u'0');
    while (fraction.size() > kMinimumDecimals && fraction.endsWith(u'0')) {
        fraction.chop(1);
    }
    const QString text = locale.toString(static_cast<qulonglong>(magnitude / perCredit)) +
                         locale.decimalPoint() + localDigits(fraction, locale);
    return micros < 0 ? locale.negativeSign() + text : text;
}

QString editableCredits(billing::Credits amount, const QLocale& locale) {
    QString text = QString::fromStdString(amount.toString());
    text.replace(u'.', locale.decimalPoint());
    return text;
}

std::optional<billing::Credits> parseCredits(const QString& text, QString* reason,
                                             const QLocale& locale) {
    const auto refuse = [reason](const QString& why) -> std::optional<billing::Credits> {
        if (reason != nullptr) {
            *reason = why;
        }
        return std::nullopt;
    };
    QString canonical = text.trimmed();
    if (canonical.isEmpty()) {
        return refuse(DisplayFormat::tr("Enter an amount of credits."));
    }
    // Where '.' groups thousands, "1.000" would silently become one credit: refuse it.
    if (locale.groupSeparator() == QLatin1String(".") && canonical.contains(u'.')) {
        return refuse(DisplayFormat::tr("\"%1\" is not an amount of credits: write decimals after "
                                        "\"%2\" and leave out thousands separators.")
                          .arg(text, locale.decimalPoint()));
    }
    canonical.replace(locale.decimalPoint(), QLatin1String("."));
    canonical.replace(locale.negativeSign(), QLatin1String("-"));
    // Credits::parse's own syntax, so that what it still refuses can only be out of range.
    static const QRegularExpression syntax(QStringLiteral("^-?[0-9]+(\\.[0-9]{1,6})?$"));
    if (!syntax.match(canonical).hasMatch()) {
        return refuse(
            DisplayFormat::tr("\"%1\" is not an amount of credits: use digits with at most six "
                              "decimals, like %2.")
                .arg(text, editableCredits(billing::Credits::fromMicros(12'500'000), locale)));
    }
    try {
        return billing::Credits::parse(canonical.toStdString());
    } catch (const billing::BillingError&) {
        return refuse(DisplayFormat::tr("\"%1\" is too large an amount of credits.").arg(text));
    }
}

QDateTime utcDateTime(std::chrono::sys_seconds instant) {
    return QDateTime::fromSecsSinceEpoch(instant.time_since_epoch().count(), Qt::UTC);
}

QDateTime utcDateTime(std::chrono::sys_time<std::chrono::microseconds> instant) {
    const auto millis = std::chrono::floor<std::chrono::milliseconds>(instant);
    return QDateTime::fromMSecsSinceEpoch(millis.time_since_epoch().count(), Qt::UTC);
}

namespace {

QString formatLocal(const QDateTime& utc, const QLocale& locale) {
    const QDateTime local = utc.toLocalTime();
    return locale.toString(local.date(), QLocale::ShortFormat) + u' ' +
           locale.toString(local.time(), timeFormatWithSeconds(locale));
}

} // namespace

QString formatLocalTime(std::chrono::sys_seconds instant, const QLocale& locale) {
    return formatLocal(utcDateTime(instant), locale);
}

QString formatLocalTime(std::chrono::sys_time<std::chrono::microseconds> instant,
                        const QLocale& locale) {
    return formatLocal(utcDateTime(instant), locale);
}

} // namespace meterdesk::models

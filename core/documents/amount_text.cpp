#include "amount_text.h"

namespace meterdesk::documents {

namespace {

constexpr int kMinimumCreditDecimals = 2;
constexpr int kBasisPointDecimals = 2; // 10000 bp = 100 %

struct Split {
    bool negative = false;
    std::uint64_t whole = 0;
    QString fraction; // exactly `decimals` ASCII digits
};

// Through the decimal digits rather than a divisor, since 10^decimals may exceed 64 bits (a
// rate's decimals plus the currency's). Unsigned, so that the most negative amount has a
// magnitude too.
Split split(std::int64_t scaled, int decimals) {
    const std::uint64_t magnitude =
        scaled < 0 ? 0 - static_cast<std::uint64_t>(scaled) : static_cast<std::uint64_t>(scaled);
    const QString digits = QString::number(magnitude).rightJustified(decimals + 1, u'0');
    const qsizetype wholeDigits = digits.size() - decimals;
    return {scaled < 0, digits.left(wholeDigits).toULongLong(), digits.mid(wholeDigits)};
}

QString localDigits(const QString& asciiDigits, const QLocale& locale) {
    QString digits;
    for (const QChar digit : asciiDigits)
        digits += locale.toString(digit.digitValue());
    return digits;
}

} // namespace

QString formatDecimal(std::int64_t scaled, int decimals, int minimumDecimals,
                      const QLocale& locale) {
    Split parts = split(scaled, decimals);
    while (parts.fraction.size() > minimumDecimals && parts.fraction.endsWith(u'0'))
        parts.fraction.chop(1);
    QString text = locale.toString(static_cast<qulonglong>(parts.whole));
    if (!parts.fraction.isEmpty())
        text += locale.decimalPoint() + localDigits(parts.fraction, locale);
    return parts.negative ? locale.negativeSign() + text : text;
}

QString formatCredits(billing::Credits amount, const QLocale& locale) {
    return formatDecimal(amount.micros(), static_cast<int>(billing::Credits::kMaxDecimals),
                         kMinimumCreditDecimals, locale);
}

QString formatMoney(std::int64_t minorUnits, const billing::CurrencyRate& rate,
                    const QLocale& locale) {
    return formatDecimal(minorUnits, rate.currencyDecimals, rate.currencyDecimals, locale) +
           u'\u00a0' + QString::fromStdString(rate.currency);
}

QString formatBasisPoints(std::int64_t basisPoints, const QLocale& locale) {
    return formatDecimal(basisPoints, kBasisPointDecimals, 0, locale) + u'\u00a0' +
           locale.percent();
}

QString formatCreditPrice(const billing::CurrencyRate& rate, const QLocale& locale) {
    return formatDecimal(rate.minorUnitsPerCreditScaled, rate.rateDecimals + rate.currencyDecimals,
                         rate.currencyDecimals, locale) +
           u'\u00a0' + QString::fromStdString(rate.currency);
}

QString plainDecimal(std::int64_t scaled, int decimals) {
    const Split parts = split(scaled, decimals);
    QString text = QString::number(parts.whole);
    if (!parts.fraction.isEmpty())
        text += u'.' + parts.fraction;
    return parts.negative ? u'-' + text : text;
}

} // namespace meterdesk::documents

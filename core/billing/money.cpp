#include "money.h"

#include <billing/decimal_text.h>
#include <billing/errors.h>

#include <limits>
#include <optional>

namespace meterdesk::billing {

namespace {

__extension__ using WideUInt = unsigned __int128;

constexpr WideUInt kInt64MinMagnitude = WideUInt{1} << 63;

WideUInt magnitude(WideInt value) {
    const auto bits = static_cast<WideUInt>(value);
    return value < 0 ? WideUInt{0} - bits : bits;
}

std::int64_t signedFromMagnitude(WideUInt value, bool negative, std::string_view context) {
    if (value > kInt64MinMagnitude || (value == kInt64MinMagnitude && !negative)) {
        throwNarrowingOverflow(context);
    }
    if (value == kInt64MinMagnitude) {
        return std::numeric_limits<std::int64_t>::min();
    }
    const auto result = static_cast<std::int64_t>(value);
    return negative ? -result : result;
}

ParseError malformedCredits(std::string_view text) {
    return ParseError("invalid credits amount \"" + std::string(text) +
                      "\": expected an optional '-', digits and at most 6 decimals");
}

} // namespace

std::int64_t divRoundWide(WideInt numerator, WideInt denominator) {
    if (denominator == 0) {
        throw InvalidArgument("divRound: the denominator must not be zero");
    }
    const WideUInt dividend = magnitude(numerator);
    const WideUInt divisor = magnitude(denominator);
    WideUInt quotient = dividend / divisor;
    const WideUInt remainder = dividend % divisor;
    // Rounding the magnitude up when the remainder is at least half the divisor is exactly
    // "half away from zero" once the sign is applied; comparing with divisor - remainder
    // avoids doubling the remainder.
    if (remainder >= divisor - remainder) {
        ++quotient;
    }
    return signedFromMagnitude(quotient, (numerator < 0) != (denominator < 0), "divRound");
}

std::int64_t divRound(std::int64_t numerator, std::int64_t denominator) {
    return divRoundWide(numerator, denominator);
}

Credits Credits::parse(std::string_view text) {
    std::string_view magnitudeText = text;
    const bool negative = !text.empty() && text.front() == '-';
    if (negative) {
        magnitudeText.remove_prefix(1);
    }
    const std::optional<std::string> digits = scaledDigits(magnitudeText, kMaxDecimals);
    if (!digits) {
        throw malformedCredits(text);
    }
    WideUInt micros = 0;
    for (const char digit : *digits) {
        micros = micros * 10 + static_cast<WideUInt>(digit - '0');
        if (micros > kInt64MinMagnitude) {
            break; // already out of range; stopping here also keeps 128 bits from wrapping
        }
    }
    if (micros > kInt64MinMagnitude || (micros == kInt64MinMagnitude && !negative)) {
        throw ParseError("credits amount \"" + std::string(text) + "\" is out of range");
    }
    return fromMicros(signedFromMagnitude(micros, negative, "credits parsing"));
}

std::string Credits::toString() const {
    const WideUInt size = magnitude(micros_);
    const auto whole = static_cast<std::uint64_t>(size / kMicrosPerCredit);
    const auto fraction = static_cast<std::uint64_t>(size % kMicrosPerCredit);

    std::string text = micros_ < 0 ? "-" : "";
    text += std::to_string(whole);
    if (fraction != 0) {
        std::string decimals = std::to_string(fraction);
        decimals.insert(0, kMaxDecimals - decimals.size(), '0');
        decimals.erase(decimals.find_last_not_of('0') + 1);
        text += '.';
        text += decimals;
    }
    return text;
}

Credits applyBasisPoints(Credits amount, std::int64_t basisPoints) {
    return Credits::fromMicros(
        divRoundWide(WideInt{amount.micros()} * basisPoints, kBasisPointsPerWhole));
}

} // namespace meterdesk::billing

#include "token_amount.h"

#include <billing/decimal_text.h>
#include <billing/errors.h>

#include <algorithm>
#include <optional>
#include <stdexcept>

namespace meterdesk::billing {

namespace {

int hexDigitValue(char c) {
    if (c >= '0' && c <= '9') {
        return c - '0';
    }
    if (c >= 'a' && c <= 'f') {
        return c - 'a' + 10;
    }
    if (c >= 'A' && c <= 'F') {
        return c - 'A' + 10;
    }
    return -1;
}

void requireDecimalsInRange(int decimals) {
    if (decimals < 0 || decimals > TokenAmount::kMaxDecimals) {
        throw InvalidArgument("token decimals must be between 0 and 77 (got " +
                              std::to_string(decimals) + ")");
    }
}

ParseError outOfRange(std::string_view text) {
    return ParseError("token amount \"" + std::string(text) + "\" does not fit in 256 bits");
}

// Accumulates digits in `base` into a 256-bit value; the checked type throws on overflow.
TokenAmount::Value accumulate(std::string_view digits, unsigned base, std::string_view text) {
    TokenAmount::Value value;
    try {
        for (const char digit : digits) {
            value = value * base + static_cast<unsigned>(hexDigitValue(digit));
        }
    } catch (const std::overflow_error&) {
        throw outOfRange(text);
    }
    return value;
}

// The digits of `value` in `base` (10 or 16), most significant first, "0" for zero.
std::string digitsOf(TokenAmount::Value value, unsigned base) {
    if (value.is_zero()) {
        return "0";
    }
    std::string digits;
    while (!value.is_zero()) {
        const auto digit = static_cast<std::size_t>(value % base);
        digits.push_back("0123456789abcdef"[digit]);
        value /= base;
    }
    std::reverse(digits.begin(), digits.end());
    return digits;
}

} // namespace

TokenAmount TokenAmount::fromDecimalString(std::string_view text, int decimals) {
    requireDecimalsInRange(decimals);
    const std::optional<std::string> digits =
        scaledDigits(text, static_cast<std::size_t>(decimals));
    if (!digits) {
        throw ParseError("invalid token amount \"" + std::string(text) +
                         "\": expected digits and at most " + std::to_string(decimals) +
                         " decimals");
    }
    return TokenAmount(accumulate(*digits, 10, text));
}

TokenAmount TokenAmount::fromHex(std::string_view text) {
    const bool prefixed = text.size() > 2 && text[0] == '0' && (text[1] == 'x' || text[1] == 'X');
    const std::string_view digits = prefixed ? text.substr(2) : std::string_view{};
    const bool allHex =
        std::all_of(digits.begin(), digits.end(), [](char c) { return hexDigitValue(c) >= 0; });
    if (!prefixed || !allHex) {
        throw ParseError("invalid hex quantity \"" + std::string(text) +
                         "\": expected 0x followed by hex digits");
    }
    return TokenAmount(accumulate(digits, 16, text));
}

std::string TokenAmount::toDecimalString(int decimals) const {
    requireDecimalsInRange(decimals);
    const auto scale = static_cast<std::size_t>(decimals);
    std::string digits = digitsOf(baseUnits_, 10);
    if (digits.size() <= scale) {
        digits.insert(0, scale + 1 - digits.size(), '0');
    }
    std::string fraction = digits.substr(digits.size() - scale);
    digits.erase(digits.size() - scale);
    fraction.erase(fraction.find_last_not_of('0') + 1);
    return fraction.empty() ? digits : digits + '.' + fraction;
}

std::string TokenAmount::toHex() const {
    return "0x" + digitsOf(baseUnits_, 16);
}

TokenAmount operator+(const TokenAmount& lhs, const TokenAmount& rhs) {
    try {
        return TokenAmount(lhs.baseUnits_ + rhs.baseUnits_);
    } catch (const std::overflow_error&) {
        throw OverflowError("token amount overflow: " + digitsOf(lhs.baseUnits_, 10) + " + " +
                            digitsOf(rhs.baseUnits_, 10) + " does not fit in 256 bits");
    }
}

TokenAmount operator-(const TokenAmount& lhs, const TokenAmount& rhs) {
    if (lhs < rhs) {
        throw OverflowError("token amount underflow: " + digitsOf(lhs.baseUnits_, 10) + " - " +
                            digitsOf(rhs.baseUnits_, 10) + " is below zero");
    }
    return TokenAmount(lhs.baseUnits_ - rhs.baseUnits_);
}

} // namespace meterdesk::billing

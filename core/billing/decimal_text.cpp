#include "decimal_text.h"

#include <algorithm>

namespace meterdesk::billing {

namespace {

bool isDigits(std::string_view text) {
    return std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
}

} // namespace

std::optional<std::string> scaledDigits(std::string_view text, std::size_t decimals) {
    const auto point = text.find('.');
    const std::string_view whole = text.substr(0, point);
    const std::string_view fraction =
        point == std::string_view::npos ? std::string_view{} : text.substr(point + 1);
    const bool fractionFits =
        point == std::string_view::npos || (!fraction.empty() && fraction.size() <= decimals);
    if (whole.empty() || !isDigits(whole) || !fractionFits || !isDigits(fraction)) {
        return std::nullopt;
    }
    std::string digits(whole);
    digits.append(fraction);
    digits.append(decimals - fraction.size(), '0');
    return digits;
}

} // namespace meterdesk::billing

#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

// Reading unsigned fixed-point decimal text, shared by credits and token amounts so both accept
// exactly the same shapes.
namespace meterdesk::billing {

// The digits of `text` scaled by 10^decimals ("12.5" with 3 decimals gives "12500"), or
// nullopt unless `text` is at least one digit, optionally followed by '.' and 1 to `decimals`
// digits. The digits are not converted, so no size limit applies here.
std::optional<std::string> scaledDigits(std::string_view text, std::size_t decimals);

} // namespace meterdesk::billing

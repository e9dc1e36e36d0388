#pragma once

#include <algorithm>
#include <array>
#include <cstddef>
#include <optional>
#include <string_view>
#include <utility>

namespace meterdesk::billing {

// The stable wire names of an enum (as stored in the database and shown in logs), with the
// lookups both ways, so each enum lists its names exactly once.
template <typename Enum, std::size_t Count>
class EnumNames {
public:
    using Entry = std::pair<Enum, std::string_view>;

    constexpr explicit EnumNames(std::array<Entry, Count> entries)
        : entries_(entries) {}

    // Empty for a value outside the enum's named values.
    constexpr std::string_view nameOf(Enum value) const {
        const auto found =
            std::find_if(entries_.begin(), entries_.end(),
                         [value](const Entry& entry) { return entry.first == value; });
        return found == entries_.end() ? std::string_view{} : found->second;
    }

    constexpr std::optional<Enum> valueOf(std::string_view name) const {
        const auto found =
            std::find_if(entries_.begin(), entries_.end(),
                         [name](const Entry& entry) { return entry.second == name; });
        return found == entries_.end() ? std::nullopt : std::optional<Enum>(found->first);
    }

private:
    std::array<Entry, Count> entries_;
};

} // namespace meterdesk::billing

#pragma once

#include <boost/multiprecision/cpp_int.hpp>

#include <compare>
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>

namespace meterdesk::billing {

// An ERC-20 token amount in the token's base units (wei-like), unsigned and 256 bits wide like
// a Solidity uint256. Arithmetic is exact: overflow and results below zero throw OverflowError.
class TokenAmount {
public:
    using Value = boost::multiprecision::checked_uint256_t;

    // 10^77 is the largest power of ten below 2^256, so no token can have more decimals.
    static constexpr int kMaxDecimals = 77;

    TokenAmount() = default;
    explicit TokenAmount(Value baseUnits)
        : baseUnits_(std::move(baseUnits)) {}

    // Reads a human amount such as "1.5" for a token with `decimals` decimals: digits, then
    // optionally a '.' and 1 to `decimals` digits. Throws ParseError quoting the text; throws
    // InvalidArgument when decimals is outside 0..77.
    static TokenAmount fromDecimalString(std::string_view text, int decimals);

    // Reads an Ethereum hex quantity: "0x" followed by at least one hex digit, any case.
    static TokenAmount fromHex(std::string_view text);

    // "1.5" for 1500000000000000000 base units and 18 decimals; trailing zeros trimmed,
    // "0" for zero.
    std::string toDecimalString(int decimals) const;

    // Lower-case hex quantity without leading zeros: "0x0", "0xde0b6b3a7640000".
    std::string toHex() const;

    const Value& baseUnits() const noexcept { return baseUnits_; }
    bool isZero() const { return baseUnits_.is_zero(); }

    friend bool operator==(const TokenAmount&, const TokenAmount&) = default;
    friend std::strong_ordering operator<=>(const TokenAmount& lhs, const TokenAmount& rhs) {
        return lhs.baseUnits_.compare(rhs.baseUnits_) <=> 0;
    }

    friend TokenAmount operator+(const TokenAmount& lhs, const TokenAmount& rhs);
    friend TokenAmount operator-(const TokenAmount& lhs, const TokenAmount& rhs);

private:
    Value baseUnits_;
};

} // namespace meterdesk::billing

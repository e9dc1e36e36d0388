#pragma once

#include <billing/checked_int.h>

#include <compare>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace meterdesk::billing {

// THE rounding rule of Meterdesk: divide and round half away from zero.
//
//   divRound(5, 2) == 3, divRound(-5, 2) == -3, divRound(4, 3) == 1, divRound(-7, 4) == -2
//
// It is the only rounding used anywhere money is divided: region multipliers, platform fees,
// tax, currency conversion. PostgreSQL's round(numeric) rounds the same way, so the SQL
// metering API reproduces every charge to the micro-credit. A zero denominator throws
// InvalidArgument; a quotient outside 64 bits throws OverflowError.
std::int64_t divRound(std::int64_t numerator, std::int64_t denominator);

// The same rule for 128-bit intermediates (for example micros × basis points), whose exact
// product may exceed 64 bits although the rounded quotient does not.
std::int64_t divRoundWide(WideInt numerator, WideInt denominator);

inline constexpr std::int64_t kBasisPointsPerWhole = 10'000;

// An amount of credits held as an exact count of micro-credits (1 credit = 1,000,000 µcr).
// Arithmetic is checked: a result outside 64 bits throws OverflowError instead of wrapping.
class Credits {
public:
    static constexpr std::int64_t kMicrosPerCredit = 1'000'000;
    static constexpr std::size_t kMaxDecimals = 6;

    constexpr Credits() noexcept = default;

    static constexpr Credits fromMicros(std::int64_t micros) noexcept { return Credits(micros); }

    // Reads "12.5", "-3", "0.000001": an optional '-', at least one digit, then optionally a
    // '.' and 1 to 6 digits. Nothing else (no '+', spaces, grouping or exponent); anything
    // else throws ParseError quoting the text.
    static Credits parse(std::string_view text);

    constexpr std::int64_t micros() const noexcept { return micros_; }

    // Shortest exact decimal form without grouping: "1000.25", "0.000001", "-3", "0".
    // Locale-aware formatting is the UI's job.
    std::string toString() const;

    constexpr bool isZero() const noexcept { return micros_ == 0; }
    constexpr bool isNegative() const noexcept { return micros_ < 0; }
    constexpr bool isPositive() const noexcept { return micros_ > 0; }

    friend constexpr bool operator==(Credits, Credits) noexcept = default;
    friend constexpr auto operator<=>(Credits, Credits) noexcept = default;

    friend Credits operator+(Credits lhs, Credits rhs) {
        return Credits(checkedAdd(lhs.micros_, rhs.micros_, "credits addition"));
    }
    friend Credits operator-(Credits lhs, Credits rhs) {
        return Credits(checkedSub(lhs.micros_, rhs.micros_, "credits subtraction"));
    }
    friend Credits operator*(Credits price, std::int64_t count) {
        return Credits(checkedMul(price.micros_, count, "credits multiplication"));
    }
    friend Credits operator*(std::int64_t count, Credits price) { return price * count; }

    Credits operator-() const { return Credits(checkedSub(0, micros_, "credits negation")); }
    Credits& operator+=(Credits other) { return *this = *this + other; }
    Credits& operator-=(Credits other) { return *this = *this - other; }

private:
    explicit constexpr Credits(std::int64_t micros) noexcept
        : micros_(micros) {}

    std::int64_t micros_ = 0;
};

// amount × basisPoints / 10000, rounded by divRound, with a 128-bit intermediate so that only
// a result outside 64 bits can overflow. 10000 bp = ×1, 250 bp = 2.5 %.
Credits applyBasisPoints(Credits amount, std::int64_t basisPoints);

} // namespace meterdesk::billing

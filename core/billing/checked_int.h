#pragma once

#include <cstdint>
#include <string_view>

// Checked 64-bit integer arithmetic: every result is exact or the call throws OverflowError.
// The context names what was being computed so the error says where the overflow happened.
namespace meterdesk::billing {

// 128-bit intermediate for products such as micros × basis points that may exceed 64 bits
// before a division brings them back into range.
__extension__ using WideInt = __int128;

[[noreturn]] void throwOverflow(std::string_view context, std::int64_t lhs, char op,
                                std::int64_t rhs);
[[noreturn]] void throwNarrowingOverflow(std::string_view context);

inline std::int64_t checkedAdd(std::int64_t lhs, std::int64_t rhs, std::string_view context) {
    std::int64_t result = 0;
    if (__builtin_add_overflow(lhs, rhs, &result)) {
        throwOverflow(context, lhs, '+', rhs);
    }
    return result;
}

inline std::int64_t checkedSub(std::int64_t lhs, std::int64_t rhs, std::string_view context) {
    std::int64_t result = 0;
    if (__builtin_sub_overflow(lhs, rhs, &result)) {
        throwOverflow(context, lhs, '-', rhs);
    }
    return result;
}

inline std::int64_t checkedMul(std::int64_t lhs, std::int64_t rhs, std::string_view context) {
    std::int64_t result = 0;
    if (__builtin_mul_overflow(lhs, rhs, &result)) {
        throwOverflow(context, lhs, '*', rhs);
    }
    return result;
}

} // namespace meterdesk::billing

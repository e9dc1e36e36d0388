#include "checked_int.h"

#include <billing/errors.h>

#include <string>

namespace meterdesk::billing {

void throwOverflow(std::string_view context, std::int64_t lhs, char op, std::int64_t rhs) {
    throw OverflowError("integer overflow in " + std::string(context) + ": " + std::to_string(lhs) +
                        ' ' + op + ' ' + std::to_string(rhs) + " does not fit in 64 bits");
}

void throwNarrowingOverflow(std::string_view context) {
    throw OverflowError("integer overflow in " + std::string(context) +
                        ": the result does not fit in 64 bits");
}

} // namespace meterdesk::billing

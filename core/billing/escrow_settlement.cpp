#include "escrow_settlement.h"

#include <billing/errors.h>

#include <algorithm>
#include <stdexcept>
#include <utility>

namespace meterdesk::billing {

CreditTokenRate::CreditTokenRate(TokenAmount baseUnitsPerCredit)
    : baseUnitsPerCredit_(std::move(baseUnitsPerCredit)) {
    if (baseUnitsPerCredit_.isZero()) {
        throw InvalidArgument("baseUnitsPerCredit must be greater than zero");
    }
}

TokenAmount CreditTokenRate::convert(Credits usage) const {
    if (usage.isNegative()) {
        throw InvalidArgument("usage must not be negative, got " + usage.toString() + " credits");
    }
    using Value = TokenAmount::Value;
    const Value micros(usage.micros());
    const Value perCredit(Credits::kMicrosPerCredit);
    try {
        const Value product = micros * baseUnitsPerCredit_.baseUnits();
        Value quotient = product / perCredit;
        // Half away from zero: a remainder of at least half a credit's worth rounds up.
        if ((product % perCredit) * 2 >= perCredit) {
            quotient += 1;
        }
        return TokenAmount(quotient);
    } catch (const std::overflow_error&) {
        throw OverflowError("converting " + usage.toString() + " credits at " +
                            baseUnitsPerCredit_.toDecimalString(0) +
                            " base units per credit exceeds 256 bits");
    }
}

TokenAmount suggestedSettlement(const TokenAmount& escrowed, Credits usage,
                                const CreditTokenRate& rate) {
    return std::min(escrowed, rate.convert(usage));
}

} // namespace meterdesk::billing

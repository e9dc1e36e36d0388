#pragma once

#include <billing/money.h>
#include <billing/token_amount.h>

// How metered usage becomes a settlement of an escrow: the credits the job used, converted to
// the escrow's token, and what the operator is offered to pay the payee.
namespace meterdesk::billing {

// The price of one credit in the token's base units: 1,000,000 base units of a 6-decimal
// token means one token per credit. The operator sets it; it is never a double.
class CreditTokenRate {
public:
    // Throws InvalidArgument for a zero rate: usage would then settle to nothing.
    explicit CreditTokenRate(TokenAmount baseUnitsPerCredit);

    const TokenAmount& baseUnitsPerCredit() const noexcept { return baseUnitsPerCredit_; }

    // usage × rate ÷ 1,000,000 µcr, rounded half away from zero (divRound's rule, the one
    // rounding of Meterdesk). Throws InvalidArgument for negative usage and OverflowError
    // when the result exceeds 256 bits.
    TokenAmount convert(Credits usage) const;

private:
    TokenAmount baseUnitsPerCredit_;
};

// The usage-based settlement: the payee gets the job's usage in tokens, but never more than
// the escrow holds; the rest goes back to the payer.
TokenAmount suggestedSettlement(const TokenAmount& escrowed, Credits usage,
                                const CreditTokenRate& rate);

} // namespace meterdesk::billing

#pragma once

#include <billing/token_amount.h>

#include <chrono>
#include <optional>
#include <string>
#include <string_view>

// The rules of the CreditEscrow contract, so the console can explain and pre-check an action
// before anything is signed. The contract stays the authority; this mirrors it.
namespace meterdesk::billing {

// open refund_requested released refunded settled reclaimed
enum class EscrowState { Open, RefundRequested, Released, Refunded, Settled, Reclaimed };
// request_refund release refund settle reclaim
enum class EscrowAction { RequestRefund, Release, Refund, Settle, Reclaim };
// The contract owner is the operator; the payer locked the tokens; the payee is the provider.
enum class Actor { Owner, Payer, Payee, Other };

std::string_view toString(EscrowState state);
std::string_view toString(EscrowAction action);
std::string_view toString(Actor actor);
std::optional<EscrowState> escrowStateFromString(std::string_view text);
// The state a CreditEscrow.State value (the contract's uint8) stands for, or nullopt for a
// value the contract does not define. Lets a refusal such as WrongState(id, 3) be shown as
// "refunded" rather than as a number.
std::optional<EscrowState> escrowStateFromContractValue(unsigned value);

// Who receives what once an escrow is final; both zero while it is not.
struct EscrowPayout {
    TokenAmount toPayee;
    TokenAmount toPayer;

    friend bool operator==(const EscrowPayout&, const EscrowPayout&) = default;
};

// One escrow from open to a final state:
//   request_refund  payer           open, not after the deadline
//   release         owner or payer  open, refund_requested  -> payee gets everything
//   refund          owner           open, refund_requested  -> payer gets everything
//   settle          owner           open, refund_requested  -> payee gets toPayee, payer the rest
//   reclaim         payer           open, refund_requested, strictly after the deadline
//                                                           -> payer gets everything
// While the contract is paused every action but reclaim is refused: pausing must never trap
// a payer's tokens past the deadline they agreed to. The checks run in the contract's order
// (paused, state, actor, deadline), so the first refusal is the one the contract would name.
// A refused action throws IllegalTransition and changes nothing.
class Escrow {
public:
    Escrow(TokenAmount amount, std::chrono::sys_seconds deadline);

    EscrowState state() const noexcept { return state_; }
    const TokenAmount& amount() const noexcept { return amount_; }
    std::chrono::sys_seconds deadline() const noexcept { return deadline_; }
    const EscrowPayout& payout() const noexcept { return payout_; }
    bool isFinal() const noexcept;
    // The contract-wide pause, mirrored here (CreditEscrow.paused()).
    bool isPaused() const noexcept { return paused_; }
    void setPaused(bool paused) noexcept { paused_ = paused; }

    // Why `by` may not take `action` at `now` ("release is not allowed in state refunded",
    // "refund may only be done by the owner"), or nullopt when it may. Lets a screen disable
    // a button with the same words the action would throw.
    std::optional<std::string> refusal(EscrowAction action, Actor by,
                                       std::chrono::sys_seconds now) const;

    void requestRefund(Actor by, std::chrono::sys_seconds now);
    void release(Actor by);
    void refund(Actor by);
    // Throws InvalidArgument when toPayee exceeds the escrowed amount.
    void settle(Actor by, const TokenAmount& toPayee);
    void reclaim(Actor by, std::chrono::sys_seconds now);

private:
    std::optional<std::string> stateOrActorRefusal(EscrowAction action, Actor by) const;
    void finish(EscrowState finalState, EscrowPayout payout);

    TokenAmount amount_;
    std::chrono::sys_seconds deadline_;
    EscrowState state_ = EscrowState::Open;
    EscrowPayout payout_;
    bool paused_ = false;
};

} // namespace meterdesk::billing

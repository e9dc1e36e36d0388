#include "escrow.h"

#include <billing/enum_names.h>
#include <billing/errors.h>

#include <algorithm>
#include <array>
#include <utility>

namespace meterdesk::billing {

namespace {

constexpr EnumNames<EscrowState, 6> kStateNames({{
    {EscrowState::Open, "open"},
    {EscrowState::RefundRequested, "refund_requested"},
    {EscrowState::Released, "released"},
    {EscrowState::Refunded, "refunded"},
    {EscrowState::Settled, "settled"},
    {EscrowState::Reclaimed, "reclaimed"},
}});

constexpr EnumNames<Actor, 4> kActorNames({{
    {Actor::Owner, "owner"},
    {Actor::Payer, "payer"},
    {Actor::Payee, "payee"},
    {Actor::Other, "other"},
}});

// Who may take each action and whether it is still possible once a refund was requested
// (every action is possible while open, none once final).
struct ActionRule {
    EscrowAction action;
    std::string_view name;
    bool byOwner;
    bool byPayer;
    bool afterRefundRequest;
};

constexpr std::array<ActionRule, 5> kActionRules = {{
    {EscrowAction::RequestRefund, "request_refund", false, true, false},
    {EscrowAction::Release, "release", true, true, true},
    {EscrowAction::Refund, "refund", true, false, true},
    {EscrowAction::Settle, "settle", true, false, true},
    {EscrowAction::Reclaim, "reclaim", false, true, true},
}};

const ActionRule& ruleFor(EscrowAction action) {
    return *std::find_if(kActionRules.begin(), kActionRules.end(),
                         [action](const ActionRule& rule) { return rule.action == action; });
}

bool allowedInState(const ActionRule& rule, EscrowState state) {
    return state == EscrowState::Open ||
           (state == EscrowState::RefundRequested && rule.afterRefundRequest);
}

bool allowedActor(const ActionRule& rule, Actor by) {
    return (by == Actor::Owner && rule.byOwner) || (by == Actor::Payer && rule.byPayer);
}

std::string_view permittedActors(const ActionRule& rule) {
    if (rule.byOwner && rule.byPayer) {
        return "the owner or the payer";
    }
    return rule.byOwner ? "the owner" : "the payer";
}

std::string zeroPadded(long long value, std::size_t width) {
    std::string digits = std::to_string(value);
    return std::string(width > digits.size() ? width - digits.size() : 0, '0') + digits;
}

// "2026-12-01T00:00:00Z"; years before 1 AD do not occur in deadlines.
std::string isoUtc(std::chrono::sys_seconds at) {
    const auto day = std::chrono::floor<std::chrono::days>(at);
    const std::chrono::year_month_day date{day};
    const std::chrono::hh_mm_ss time{at - day};
    return zeroPadded(static_cast<int>(date.year()), 4) + '-' +
           zeroPadded(static_cast<unsigned>(date.month()), 2) + '-' +
           zeroPadded(static_cast<unsigned>(date.day()), 2) + 'T' +
           zeroPadded(time.hours().count(), 2) + ':' + zeroPadded(time.minutes().count(), 2) + ':' +
           zeroPadded(time.seconds().count(), 2) + 'Z';
}

void throwIfRefused(const std::optional<std::string>& refusal) {
    if (refusal) {
        throw IllegalTransition(*refusal);
    }
}

} // namespace

std::string_view toString(EscrowState state) {
    return kStateNames.nameOf(state);
}

std::string_view toString(EscrowAction action) {
    return ruleFor(action).name;
}

std::string_view toString(Actor actor) {
    return kActorNames.nameOf(actor);
}

std::optional<EscrowState> escrowStateFromString(std::string_view text) {
    return kStateNames.valueOf(text);
}

std::optional<EscrowState> escrowStateFromContractValue(unsigned value) {
    // CreditEscrow.State declares its values in the order of EscrowState.
    if (value > static_cast<unsigned>(EscrowState::Reclaimed)) {
        return std::nullopt;
    }
    return static_cast<EscrowState>(value);
}

Escrow::Escrow(TokenAmount amount, std::chrono::sys_seconds deadline)
    : amount_(std::move(amount))
    , deadline_(deadline) {}

bool Escrow::isFinal() const noexcept {
    return state_ != EscrowState::Open && state_ != EscrowState::RefundRequested;
}

std::optional<std::string> Escrow::refusal(EscrowAction action, Actor by,
                                           std::chrono::sys_seconds now) const {
    if (auto refused = stateOrActorRefusal(action, by)) {
        return refused;
    }
    if (action == EscrowAction::Reclaim && now <= deadline_) {
        return "reclaim is not allowed before the deadline " + isoUtc(deadline_) + " has passed";
    }
    if (action == EscrowAction::RequestRefund && now > deadline_) {
        return "request_refund is not allowed after the deadline " + isoUtc(deadline_) +
               "; the payer may reclaim instead";
    }
    return std::nullopt;
}

std::optional<std::string> Escrow::stateOrActorRefusal(EscrowAction action, Actor by) const {
    const ActionRule& rule = ruleFor(action);
    if (paused_ && action != EscrowAction::Reclaim) {
        return std::string(rule.name) + " is not allowed while the contract is paused";
    }
    if (!allowedInState(rule, state_)) {
        return std::string(rule.name) + " is not allowed in state " + std::string(toString(state_));
    }
    if (!allowedActor(rule, by)) {
        return std::string(rule.name) + " may only be done by " +
               std::string(permittedActors(rule));
    }
    return std::nullopt;
}

void Escrow::requestRefund(Actor by, std::chrono::sys_seconds now) {
    throwIfRefused(refusal(EscrowAction::RequestRefund, by, now));
    state_ = EscrowState::RefundRequested;
}

void Escrow::release(Actor by) {
    throwIfRefused(stateOrActorRefusal(EscrowAction::Release, by));
    finish(EscrowState::Released, {amount_, TokenAmount{}});
}

void Escrow::refund(Actor by) {
    throwIfRefused(stateOrActorRefusal(EscrowAction::Refund, by));
    finish(EscrowState::Refunded, {TokenAmount{}, amount_});
}

void Escrow::settle(Actor by, const TokenAmount& toPayee) {
    throwIfRefused(stateOrActorRefusal(EscrowAction::Settle, by));
    if (toPayee > amount_) {
        throw InvalidArgument("settle: toPayee " + toPayee.toDecimalString(0) +
                              " exceeds the escrowed amount " + amount_.toDecimalString(0));
    }
    finish(EscrowState::Settled, {toPayee, amount_ - toPayee});
}

void Escrow::reclaim(Actor by, std::chrono::sys_seconds now) {
    throwIfRefused(refusal(EscrowAction::Reclaim, by, now));
    finish(EscrowState::Reclaimed, {TokenAmount{}, amount_});
}

void Escrow::finish(EscrowState finalState, EscrowPayout payout) {
    state_ = finalState;
    payout_ = std::move(payout);
}

} // namespace meterdesk::billing

#pragma once

#include <stdexcept>
#include <string>

namespace meterdesk::billing {

// Base of every error raised by the billing core, so callers can catch the whole family at once.
class BillingError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

// An exact result does not fit its integer type; the core never wraps or saturates.
class OverflowError : public BillingError {
public:
    using BillingError::BillingError;
};

// Text could not be read as the value it claims to be; the message quotes the text.
class ParseError : public BillingError {
public:
    using BillingError::BillingError;
};

// An argument breaks a precondition (zero divisor, units below one, invalid tiers, ...).
class InvalidArgument : public BillingError {
public:
    using BillingError::BillingError;
};

// A state machine was asked for a transition its current state or the actor does not allow.
class IllegalTransition : public BillingError {
public:
    using BillingError::BillingError;
};

} // namespace meterdesk::billing

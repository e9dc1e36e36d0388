#pragma once

#include <billing/errors.h>

#include <string>
#include <vector>

namespace meterdesk::billing {

// One problem found by a validate() function. `field` is a path into the validated value
// ("rules[2].perCall", "regions[0].basisPoints"); `rule` is a short stable identifier that
// callers may switch on ("non_negative", "duplicate", "overlap", "range", "required",
// "positive", "format", "known_method", ...); `message` is a readable English sentence.
struct ValidationIssue {
    std::string field;
    std::string rule;
    std::string message;

    friend bool operator==(const ValidationIssue&, const ValidationIssue&) = default;
};

using ValidationIssues = std::vector<ValidationIssue>;

// Thrown by operations that refuse an invalid value; carries every issue, not just the first.
class ValidationError : public InvalidArgument {
public:
    explicit ValidationError(ValidationIssues issues);

    const ValidationIssues& issues() const noexcept { return issues_; }

private:
    ValidationIssues issues_;
};

// Throws ValidationError when `issues` is not empty.
void throwIfInvalid(ValidationIssues issues);

} // namespace meterdesk::billing

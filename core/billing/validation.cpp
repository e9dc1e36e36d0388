#include "validation.h"

#include <utility>

namespace meterdesk::billing {

namespace {

std::string describe(const ValidationIssues& issues) {
    std::string text = "invalid value:";
    for (const ValidationIssue& issue : issues) {
        text += " " + issue.field + " (" + issue.rule + "): " + issue.message + ";";
    }
    text.pop_back();
    return text;
}

} // namespace

ValidationError::ValidationError(ValidationIssues issues)
    : InvalidArgument(describe(issues))
    , issues_(std::move(issues)) {}

void throwIfInvalid(ValidationIssues issues) {
    if (!issues.empty()) {
        throw ValidationError(std::move(issues));
    }
}

} // namespace meterdesk::billing

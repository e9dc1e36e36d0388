#include "issue_text.h"

#include <QCoreApplication>

#include <string_view>

namespace meterdesk::models {

namespace {

struct IssueSentence {
    std::string_view field; // the last part of the issue's field ("method" for "rules[1].method"),
                            // or empty for any field
    std::string_view rule;
    const char* sentence;
};

// Most specific first: a field's own sentence, then the rule's general one.
constexpr IssueSentence kSentences[] = {
    {"slug", "format",
     QT_TRANSLATE_NOOP("IssueText", "slug must be 1 to 63 lower-case letters, digits or dashes, "
                                    "starting with a letter or digit")},
    {"name", "required", QT_TRANSLATE_NOOP("IssueText", "name must be 1 to 200 characters")},
    {"email", "format", QT_TRANSLATE_NOOP("IssueText", "email must look like name@example.com")},
    {"planCode", "required", QT_TRANSLATE_NOOP("IssueText", "a plan must be chosen")},
    {"region", "format",
     QT_TRANSLATE_NOOP("IssueText", "region must be 2 to 16 lower-case letters, or empty")},
    {"lowCreditThreshold", "non_negative",
     QT_TRANSLATE_NOOP("IssueText", "low-credit threshold must not be negative")},
    {"walletAddress", "format",
     QT_TRANSLATE_NOOP("IssueText",
                       "wallet address must be 0x followed by 40 lower-case hex digits")},
    {"code", "required", QT_TRANSLATE_NOOP("IssueText", "a plan code is required")},
    {"code", "format",
     QT_TRANSLATE_NOOP("IssueText", "must be 1 to 40 characters of a-z, 0-9 and '-'")},
    {"effectiveFrom", "required", QT_TRANSLATE_NOOP("IssueText", "an effective date is required")},
    {"effectiveFrom", "increasing",
     QT_TRANSLATE_NOOP("IssueText", "must be later than the effective date of the version before")},
    {"version", "increasing",
     QT_TRANSLATE_NOOP("IssueText", "must be greater than the number of the version before")},
    {"method", "known_method",
     QT_TRANSLATE_NOOP("IssueText", "must be one of GET POST PUT PATCH DELETE HEAD OPTIONS *")},
    {"method", "overlap",
     QT_TRANSLATE_NOOP("IssueText", "overlaps an earlier rule for the same endpoint")},
    {"basisPoints", "range",
     QT_TRANSLATE_NOOP("IssueText", "must be between 1 and 100000 basis points")},
    {"region", "duplicate", QT_TRANSLATE_NOOP("IssueText", "this region is already listed")},
    {"", "duplicate", QT_TRANSLATE_NOOP("IssueText", "repeats an earlier rule")},
    {"", "required", QT_TRANSLATE_NOOP("IssueText", "must not be empty")},
    {"", "non_negative", QT_TRANSLATE_NOOP("IssueText", "must not be negative")},
    {"", "positive", QT_TRANSLATE_NOOP("IssueText", "must be at least 1")},
    {"", "format", QT_TRANSLATE_NOOP("IssueText", "has the wrong format")},
    {"", "range", QT_TRANSLATE_NOOP("IssueText", "is out of range")},
};

std::string_view lastPart(std::string_view field) {
    const auto dot = field.rfind('.');
    return dot == std::string_view::npos ? field : field.substr(dot + 1);
}

} // namespace

QString issueText(const billing::ValidationIssue& issue) {
    const QString original = QString::fromStdString(issue.message);
    const std::string_view field = lastPart(issue.field);
    for (const IssueSentence& entry : kSentences) {
        if (entry.rule != issue.rule || (!entry.field.empty() && entry.field != field))
            continue;
        const QString translated = QCoreApplication::translate("IssueText", entry.sentence);
        return translated == QLatin1String(entry.sentence) ? original : translated;
    }
    return original;
}

} // namespace meterdesk::models

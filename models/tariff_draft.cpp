#include "tariff_draft.h"

#include "issue_text.h"
#include "item_roles.h"
#include "tariff_diff.h"

#include <charconv>
#include <optional>

namespace meterdesk::models {

namespace {

// "rules[2].perCall" -> {"rules", 2, "perCall"}; "rules[2]" -> {"rules", 2, ""}.
struct IndexedField {
    std::string_view list;
    int row = -1;
    std::string_view member;
};

std::optional<IndexedField> splitIndexedField(std::string_view field) {
    const auto open = field.find('[');
    const auto close = field.find(']');
    if (open == std::string_view::npos || close == std::string_view::npos || close < open + 2) {
        return std::nullopt;
    }
    IndexedField parsed;
    parsed.list = field.substr(0, open);
    const std::string_view digits = field.substr(open + 1, close - open - 1);
    const auto [end, error] =
        std::from_chars(digits.data(), digits.data() + digits.size(), parsed.row);
    if (error != std::errc() || end != digits.data() + digits.size()) {
        return std::nullopt;
    }
    std::string_view rest = field.substr(close + 1);
    if (!rest.empty() && rest.front() != '.') {
        return std::nullopt;
    }
    parsed.member = rest.empty() ? rest : rest.substr(1);
    return parsed;
}

} // namespace

TariffDraft::TariffDraft(QObject* parent)
    : QObject(parent) {
    watch(rules_);
    watch(regions_);
}

void TariffDraft::watch(QAbstractItemModel& model) {
    connect(&model, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex&, const QModelIndex&, const QList<int>& roles) {
                // Marking cells is this class's own doing, not an edit.
                if (roles != QList<int>{ValidationMessageRole}) {
                    revalidate();
                }
            });
    connect(&model, &QAbstractItemModel::rowsInserted, this, &TariffDraft::revalidate);
    connect(&model, &QAbstractItemModel::rowsRemoved, this, &TariffDraft::revalidate);
    connect(&model, &QAbstractItemModel::modelReset, this, &TariffDraft::revalidate);
}

void TariffDraft::startFrom(const billing::TariffVersion& base, int nextVersion) {
    base_ = base;
    header_ = base;
    header_.rules.clear();
    header_.regions.clear();
    header_.version = nextVersion;
    header_.effectiveFrom = {};
    rules_.setRules(base.rules);
    regions_.setRegions(base.regions);
    revalidate();
}

void TariffDraft::startEmpty(const std::string& planCode, int nextVersion) {
    billing::TariffVersion empty;
    empty.planCode = planCode;
    startFrom(empty, nextVersion);
}

void TariffDraft::setMonthlyAllowance(billing::Credits allowance) {
    header_.monthlyAllowance = allowance;
    revalidate();
}

void TariffDraft::setDefaultRateLimit(billing::RateLimit limit) {
    header_.defaultRateLimit = limit;
    revalidate();
}

void TariffDraft::setEffectiveFrom(std::chrono::sys_seconds instant) {
    header_.effectiveFrom = instant;
    revalidate();
}

billing::TariffVersion TariffDraft::version() const {
    billing::TariffVersion version = header_;
    version.rules = rules_.rules();
    version.regions = regions_.regions();
    return version;
}

bool TariffDraft::isModified() const {
    return !TariffDiff::between(&base_, version()).isEmpty();
}

QModelIndex TariffDraft::indexForField(const std::string& field) const {
    const std::optional<IndexedField> parsed = splitIndexedField(field);
    if (!parsed) {
        return {};
    }
    if (parsed->list == "rules") {
        const int column = EndpointRuleTableModel::columnForField(parsed->member);
        return column < 0 ? QModelIndex() : rules_.index(parsed->row, column);
    }
    if (parsed->list == "regions") {
        const int column = RegionMultiplierTableModel::columnForField(parsed->member);
        return column < 0 ? QModelIndex() : regions_.index(parsed->row, column);
    }
    return {};
}

QString TariffDraft::messageFor(std::string_view field) const {
    QStringList messages;
    for (const billing::ValidationIssue& issue : issues_) {
        if (issue.field == field) {
            messages << issueText(issue);
        }
    }
    return messages.join(u'\n');
}

void TariffDraft::revalidate() {
    issues_ = billing::validate(version());
    CellMessages ruleMessages;
    CellMessages regionMessages;
    for (const billing::ValidationIssue& issue : issues_) {
        const QModelIndex cell = indexForField(issue.field);
        if (!cell.isValid()) {
            continue;
        }
        CellMessages& messages = cell.model() == &rules_ ? ruleMessages : regionMessages;
        messages.add(cell.row(), cell.column(), issueText(issue));
    }
    rules_.setValidationMessages(std::move(ruleMessages));
    regions_.setValidationMessages(std::move(regionMessages));
    emit validated();
}

} // namespace meterdesk::models

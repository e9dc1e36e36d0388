#include "tariff_diff.h"

#include "display_format.h"

#include <algorithm>
#include <tuple>

namespace meterdesk::models {

namespace {

using Kind = TariffChange::Kind;
using Subject = TariffChange::Subject;

bool sameEndpoint(const billing::EndpointRule& lhs, const billing::EndpointRule& rhs) {
    return std::tie(lhs.service, lhs.endpoint, lhs.method) ==
           std::tie(rhs.service, rhs.endpoint, rhs.method);
}

const billing::EndpointRule* findRule(const std::vector<billing::EndpointRule>& rules,
                                      const billing::EndpointRule& like) {
    const auto found = std::find_if(rules.begin(), rules.end(),
                                    [&like](const auto& rule) { return sameEndpoint(rule, like); });
    return found == rules.end() ? nullptr : &*found;
}

const billing::RegionMultiplier* findRegion(const std::vector<billing::RegionMultiplier>& regions,
                                            const std::string& name) {
    const auto found = std::find_if(regions.begin(), regions.end(),
                                    [&name](const auto& region) { return region.region == name; });
    return found == regions.end() ? nullptr : &*found;
}

// Builds the lines; one instance per comparison, so the locale is at hand everywhere.
class DiffWriter {
    Q_DECLARE_TR_FUNCTIONS(TariffDiff)

public:
    explicit DiffWriter(const QLocale& locale)
        : locale_(locale) {}

    std::vector<TariffChange> compare(const billing::TariffVersion* inForce,
                                      const billing::TariffVersion& draft) {
        const billing::TariffVersion none;
        const billing::TariffVersion& base = inForce != nullptr ? *inForce : none;
        if (inForce == nullptr) {
            add(Kind::Added, Subject::MonthlyAllowance,
                tr("Monthly allowance: %1 credits").arg(credits(draft.monthlyAllowance)));
            add(Kind::Added, Subject::DefaultRateLimit,
                tr("Default rate limit: %1").arg(limit(draft.defaultRateLimit)));
        }
        if (inForce != nullptr && base.monthlyAllowance != draft.monthlyAllowance) {
            add(Kind::Changed, Subject::MonthlyAllowance,
                tr("Monthly allowance: %1 → %2 credits")
                    .arg(credits(base.monthlyAllowance), credits(draft.monthlyAllowance)));
        }
        if (inForce != nullptr && base.defaultRateLimit != draft.defaultRateLimit) {
            add(Kind::Changed, Subject::DefaultRateLimit,
                tr("Default rate limit: %1 → %2")
                    .arg(limit(base.defaultRateLimit), limit(draft.defaultRateLimit)));
        }
        compareRules(base.rules, draft.rules);
        compareRegions(base.regions, draft.regions);
        return std::move(changes_);
    }

private:
    void compareRules(const std::vector<billing::EndpointRule>& before,
                      const std::vector<billing::EndpointRule>& after) {
        for (const billing::EndpointRule& rule : after) {
            const billing::EndpointRule* old = findRule(before, rule);
            if (old == nullptr) {
                add(Kind::Added, Subject::Rule,
                    tr("Added rule %1: %2").arg(name(rule), describe(rule)));
                continue;
            }
            const QStringList changed = ruleChanges(*old, rule);
            if (!changed.isEmpty()) {
                add(Kind::Changed, Subject::Rule,
                    tr("Changed rule %1: %2").arg(name(rule), changed.join(QStringLiteral("; "))));
            }
        }
        for (const billing::EndpointRule& rule : before) {
            if (findRule(after, rule) == nullptr) {
                add(Kind::Removed, Subject::Rule,
                    tr("Removed rule %1 (was %2)").arg(name(rule), describe(rule)));
            }
        }
    }

    QStringList ruleChanges(const billing::EndpointRule& old, const billing::EndpointRule& now) {
        QStringList changed;
        if (old.perCall != now.perCall) {
            changed << tr("per call %1 → %2").arg(credits(old.perCall), credits(now.perCall));
        }
        if (old.perUnit != now.perUnit) {
            changed << tr("per unit %1 → %2").arg(credits(old.perUnit), credits(now.perUnit));
        }
        if (old.premium != now.premium) {
            changed << (now.premium ? tr("now premium") : tr("no longer premium"));
        }
        if (old.rateLimit != now.rateLimit) {
            changed << tr("rate limit %1 → %2").arg(limit(old.rateLimit), limit(now.rateLimit));
        }
        return changed;
    }

    void compareRegions(const std::vector<billing::RegionMultiplier>& before,
                        const std::vector<billing::RegionMultiplier>& after) {
        for (const billing::RegionMultiplier& region : after) {
            const billing::RegionMultiplier* old = findRegion(before, region.region);
            if (old == nullptr) {
                add(Kind::Added, Subject::Region,
                    tr("Added region %1 at %2 bp")
                        .arg(QString::fromStdString(region.region), number(region.basisPoints)));
            } else if (old->basisPoints != region.basisPoints) {
                add(Kind::Changed, Subject::Region,
                    tr("Changed region %1: %2 → %3 bp")
                        .arg(QString::fromStdString(region.region), number(old->basisPoints),
                             number(region.basisPoints)));
            }
        }
        for (const billing::RegionMultiplier& region : before) {
            if (findRegion(after, region.region) == nullptr) {
                add(Kind::Removed, Subject::Region,
                    tr("Removed region %1 (was %2 bp)")
                        .arg(QString::fromStdString(region.region), number(region.basisPoints)));
            }
        }
    }

    QString describe(const billing::EndpointRule& rule) const {
        QString text =
            tr("%1 per call, %2 per unit").arg(credits(rule.perCall), credits(rule.perUnit));
        if (rule.premium) {
            text += tr(", premium");
        }
        if (rule.rateLimit) {
            text += tr(", rate limit %1").arg(limit(rule.rateLimit));
        }
        return text;
    }

    static QString name(const billing::EndpointRule& rule) {
        return QString::fromStdString(rule.service + ' ' + rule.endpoint + ' ' + rule.method);
    }

    QString credits(billing::Credits amount) const { return formatCredits(amount, locale_); }
    QString number(std::int64_t value) const { return locale_.toString(value); }

    QString limit(const billing::RateLimit& limit) const {
        return tr("%1 per %2 s").arg(number(limit.requests), number(limit.periodSeconds));
    }
    QString limit(const std::optional<billing::RateLimit>& limit) const {
        return limit ? this->limit(*limit) : tr("the default");
    }

    void add(Kind kind, Subject subject, QString description) {
        changes_.push_back({kind, subject, std::move(description)});
    }

    QLocale locale_;
    std::vector<TariffChange> changes_;
};

} // namespace

TariffDiff TariffDiff::between(const billing::TariffVersion* inForce,
                               const billing::TariffVersion& draft, const QLocale& locale) {
    TariffDiff diff;
    diff.changes_ = DiffWriter(locale).compare(inForce, draft);
    return diff;
}

QStringList TariffDiff::lines() const {
    QStringList lines;
    lines.reserve(static_cast<qsizetype>(changes_.size()));
    for (const TariffChange& change : changes_) {
        lines << change.description;
    }
    return lines;
}

} // namespace meterdesk::models

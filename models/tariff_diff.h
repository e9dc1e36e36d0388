#pragma once

#include <billing/tariff.h>

#include <QCoreApplication>
#include <QLocale>
#include <QString>
#include <QStringList>

#include <vector>

namespace meterdesk::models {

// One difference between the version in force and a draft, as a line the editor shows
// before saving.
struct TariffChange {
    enum class Kind { Added, Removed, Changed };
    enum class Subject { Rule, Region, MonthlyAllowance, DefaultRateLimit };

    Kind kind = Kind::Changed;
    Subject subject = Subject::Rule;
    QString description; // e.g. "Changed rule search /v1/query GET: per call 0.50 → 0.75"
};

// What saving a draft would change. Rules are matched by service, endpoint and method,
// regions by name; order alone is not a change.
class TariffDiff {
    Q_DECLARE_TR_FUNCTIONS(TariffDiff)

public:
    // With no version in force (nullptr), everything in the draft is added.
    static TariffDiff between(const billing::TariffVersion* inForce,
                              const billing::TariffVersion& draft,
                              const QLocale& locale = QLocale());

    const std::vector<TariffChange>& changes() const { return changes_; }
    QStringList lines() const;
    bool isEmpty() const { return changes_.empty(); }

private:
    std::vector<TariffChange> changes_;
};

} // namespace meterdesk::models

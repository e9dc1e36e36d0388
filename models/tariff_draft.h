#pragma once

#include <billing/tariff.h>
#include <billing/validation.h>
#include <models/endpoint_rule_table_model.h>
#include <models/region_multiplier_table_model.h>

#include <QModelIndex>
#include <QObject>
#include <QString>

#include <chrono>
#include <string>
#include <string_view>

namespace meterdesk::models {

// A new tariff version being edited: the rule and region tables plus the version's own
// fields. Every change re-runs billing::validate and marks each problem at its cell
// (ValidationMessageRole) or, for the version's own fields, under messageFor(field).
class TariffDraft : public QObject {
    Q_OBJECT

public:
    // The version's own fields as billing::validate names them.
    static constexpr std::string_view kEffectiveFromField = "effectiveFrom";
    static constexpr std::string_view kMonthlyAllowanceField = "monthlyAllowance";
    static constexpr std::string_view kDefaultRequestsField = "defaultRateLimit.requests";
    static constexpr std::string_view kDefaultPeriodField = "defaultRateLimit.periodSeconds";

    explicit TariffDraft(QObject* parent = nullptr);

    // Starts the next version from `base` (usually the version in force): its rules, regions,
    // allowance and default limit, numbered `nextVersion`, with no effective instant yet.
    void startFrom(const billing::TariffVersion& base, int nextVersion);
    // Starts a plan's first version, without rules or regions.
    void startEmpty(const std::string& planCode, int nextVersion);

    EndpointRuleTableModel& rules() { return rules_; }
    RegionMultiplierTableModel& regions() { return regions_; }

    void setMonthlyAllowance(billing::Credits allowance);
    void setDefaultRateLimit(billing::RateLimit limit);
    void setEffectiveFrom(std::chrono::sys_seconds instant);

    // The version as edited so far, ready for PlanRepository::addVersion once valid.
    billing::TariffVersion version() const;
    // What the draft started from; differs from version() once anything was edited.
    const billing::TariffVersion& base() const { return base_; }
    bool isModified() const;

    const billing::ValidationIssues& issues() const { return issues_; }
    bool isValid() const { return issues_.empty(); }

    // The table cell that shows `field` ("rules[2].perCall", "regions[0].region"); an
    // invalid index for the version's own fields and for fields no cell shows.
    QModelIndex indexForField(const std::string& field) const;
    // The messages for one field, joined by newlines; empty when it is fine.
    QString messageFor(std::string_view field) const;

signals:
    // issues() changed (after any edit).
    void validated();

private:
    void revalidate();
    void watch(QAbstractItemModel& model);

    EndpointRuleTableModel rules_;
    RegionMultiplierTableModel regions_;
    billing::TariffVersion base_;
    billing::TariffVersion header_; // the version's own fields; rules and regions unused
    billing::ValidationIssues issues_;
};

} // namespace meterdesk::models

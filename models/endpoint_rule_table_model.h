#pragma once

#include <billing/tariff.h>
#include <models/cell_messages.h>

#include <QAbstractTableModel>

#include <string_view>
#include <vector>

namespace meterdesk::models {

// The endpoint rules of a tariff version being edited, one rule per row. Credit cells are
// edited as decimal credit text and stored as µcr; text that is not an amount is refused
// (setData returns false and editRefused says why). Everything else is stored as typed, so
// that billing::validate can name each problem and the draft can mark its cell.
class EndpointRuleTableModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column {
        Service,
        Endpoint,
        Method,
        PerCall,
        PerUnit,
        Premium,
        RateLimitRequests, // empty: the version's default limit applies
        RateLimitPeriod,   // seconds
        ColumnCount
    };
    Q_ENUM(Column)

    explicit EndpointRuleTableModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    // DisplayRole: text (credits locale-formatted); EditRole: what an editor starts from
    // (credits as editableCredits text, numbers as qint64, empty for no rate-limit override);
    // RawValueRole: credits in µcr; Qt::CheckStateRole for Premium; ValidationMessageRole.
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    // Method text is upper-cased. An empty rate-limit cell removes the rule's override;
    // a number in one cell of a rule without an override starts one (the other at 0, which
    // validation then reports).
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    // New rules are "GET", free, not premium, without a rate-limit override.
    bool insertRows(int row, int count, const QModelIndex& parent = {}) override;
    bool removeRows(int row, int count, const QModelIndex& parent = {}) override;

    void setRules(std::vector<billing::EndpointRule> rules);
    const std::vector<billing::EndpointRule>& rules() const { return rules_; }

    // The column that shows a rule's field: "perCall" -> PerCall, "rateLimit.periodSeconds"
    // -> RateLimitPeriod; the whole rule ("") -> Service; -1 when no column shows it.
    static int columnForField(std::string_view ruleField);

    // Replaces every validation message shown under ValidationMessageRole.
    void setValidationMessages(CellMessages messages);

signals:
    // An edit was refused; `reason` is a sentence for the operator.
    void editRefused(const QModelIndex& index, const QString& reason);

private:
    bool setCredits(const QModelIndex& index, const QVariant& value);
    bool setRateLimit(const QModelIndex& index, const QVariant& value);

    std::vector<billing::EndpointRule> rules_;
    CellMessages messages_;
};

} // namespace meterdesk::models

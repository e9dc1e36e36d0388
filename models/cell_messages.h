#pragma once

#include <QString>
#include <QStringList>
#include <QVariant>

#include <map>
#include <utility>
#include <vector>

namespace meterdesk::models {

// Validation messages attached to table cells, for an editable model to return under
// ValidationMessageRole.
class CellMessages {
public:
    void clear() { messages_.clear(); }
    void add(int row, int column, const QString& message);
    // The cell's messages joined by newlines, or an invalid QVariant when it has none.
    QVariant at(int row, int column) const;
    bool isEmpty() const { return messages_.empty(); }
    // The cells that have messages, as (row, column) pairs, in row order.
    std::vector<std::pair<int, int>> cells() const;
    // Takes `next`'s messages; returns the cells whose marks may have changed (those marked
    // before or after), which a model must repaint.
    std::vector<std::pair<int, int>> replaceWith(CellMessages next);

private:
    std::map<std::pair<int, int>, QStringList> messages_;
};

} // namespace meterdesk::models

#include "cell_messages.h"

namespace meterdesk::models {

void CellMessages::add(int row, int column, const QString& message) {
    messages_[{row, column}].append(message);
}

QVariant CellMessages::at(int row, int column) const {
    const auto found = messages_.find({row, column});
    if (found == messages_.end()) {
        return {};
    }
    return found->second.join(u'\n');
}

std::vector<std::pair<int, int>> CellMessages::cells() const {
    std::vector<std::pair<int, int>> cells;
    cells.reserve(messages_.size());
    for (const auto& entry : messages_) {
        cells.push_back(entry.first);
    }
    return cells;
}

std::vector<std::pair<int, int>> CellMessages::replaceWith(CellMessages next) {
    std::vector<std::pair<int, int>> changed = cells();
    const std::vector<std::pair<int, int>> marked = next.cells();
    changed.insert(changed.end(), marked.begin(), marked.end());
    messages_ = std::move(next.messages_);
    return changed;
}

} // namespace meterdesk::models

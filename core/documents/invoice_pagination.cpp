#include "invoice_pagination.h"

namespace meterdesk::documents {

std::vector<PageRows> paginate(std::span<const double> rowHeights, const PaginationSpace& space) {
    std::vector<PageRows> pages;
    PageRows page;
    double room = space.firstPage - space.tableHeader;
    for (std::size_t row = 0; row < rowHeights.size(); ++row) {
        if (page.count > 0 && rowHeights[row] > room) {
            pages.push_back(page);
            page = {row, 0};
            room = space.laterPages - space.tableHeader;
        }
        ++page.count;
        room -= rowHeights[row];
    }
    pages.push_back(page);
    if (!rowHeights.empty() && space.tail > room)
        pages.push_back({rowHeights.size(), 0});
    return pages;
}

} // namespace meterdesk::documents

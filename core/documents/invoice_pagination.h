#pragma once

#include <cstddef>
#include <span>
#include <vector>

namespace meterdesk::documents {

// The table rows one page holds: rows [first, first + count).
struct PageRows {
    std::size_t first = 0;
    std::size_t count = 0;

    friend bool operator==(const PageRows&, const PageRows&) = default;
};

// Room for the table on each page and the heights of the parts placed in it, all in one unit.
struct PaginationSpace {
    double firstPage = 0;   // below the letterhead and addresses of page 1
    double laterPages = 0;  // below the continuation heading of every later page
    double tableHeader = 0; // repeated at the top of the table on every page with rows
    double tail = 0;        // totals and account, kept together after the last row
};

// Every page holds the table header and as many whole rows as fit, but at least one, so that
// a row taller than a page is still printed. The tail follows the last row when it fits;
// otherwise it gets a page of its own, which holds no rows (count 0, first == row count).
// No rows at all make one page with no rows.
std::vector<PageRows> paginate(std::span<const double> rowHeights, const PaginationSpace& space);

} // namespace meterdesk::documents

#pragma once

#include <billing/money.h>

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace pqxx {
class connection_base;
}

namespace meterdesk::store {

struct Alert {
    std::int64_t tenantId = 0;
    std::int64_t id = 0;
    std::string tenantSlug;
    std::string kind; // low_credit or exhausted
    billing::Credits balance;
    std::chrono::sys_seconds createdAt{};
    std::optional<std::chrono::sys_seconds> acknowledgedAt;
    std::string acknowledgedBy;
};

class AlertRepository {
public:
    explicit AlertRepository(pqxx::connection_base& connection);

    // Newest first; for one tenant when tenantId is given.
    std::vector<Alert> recent(std::optional<std::int64_t> tenantId, bool unacknowledgedOnly,
                              int limit) const;
    void acknowledge(std::int64_t tenantId, std::int64_t alertId);

private:
    pqxx::connection_base& connection_;
};

} // namespace meterdesk::store

#pragma once

#include <store/tenants.h>

#include <chrono>
#include <cstdint>
#include <deque>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace meterdesk::models {

// The tenants a TenantTableModel has loaded, held compactly: scrolled to the end of a million
// tenants, rows of store::Tenant (some 250 bytes before their strings) would not fit the
// console's memory budget. Texts share one string per row, plan codes and regions are
// interned, and a deque grows without copying what is already loaded.
class TenantRows {
public:
    std::size_t size() const { return rows_.size(); }
    void clear();
    void append(std::vector<store::Tenant> tenants);
    void replace(std::size_t row, const store::Tenant& tenant);
    void erase(std::size_t row);

    store::Tenant at(std::size_t row) const;
    std::optional<std::size_t> find(std::int64_t tenantId) const;

    std::int64_t id(std::size_t row) const { return rows_[row].id; }
    std::string_view slug(std::size_t row) const;
    std::string_view name(std::size_t row) const;
    std::string_view email(std::size_t row) const;
    std::string_view planCode(std::size_t row) const { return pool_[rows_[row].plan]; }
    std::string_view region(std::size_t row) const { return pool_[rows_[row].region]; }
    store::TenantStatus status(std::size_t row) const { return rows_[row].status; }
    billing::Credits balance(std::size_t row) const {
        return billing::Credits::fromMicros(rows_[row].balanceMicros);
    }
    std::chrono::sys_seconds createdAt(std::size_t row) const {
        return std::chrono::sys_seconds{std::chrono::seconds{rows_[row].createdAt}};
    }

private:
    struct Row {
        std::int64_t id = 0;
        std::int64_t balanceMicros = 0;
        std::int64_t thresholdMicros = 0;
        std::int64_t createdAt = 0;
        std::string text; // slug, name, email and wallet address, back to back
        std::uint16_t nameAt = 0;
        std::uint16_t emailAt = 0;
        std::uint16_t walletAt = 0;
        std::uint32_t plan = 0;
        std::uint32_t region = 0;
        int rowVersion = 0;
        store::TenantStatus status = store::TenantStatus::Active;
        bool premiumAccess = false;
        bool hasWallet = false;
    };

    Row compact(const store::Tenant& tenant);
    std::uint32_t intern(const std::string& text);
    static std::string_view slice(const Row& row, std::size_t from, std::size_t to);

    std::deque<Row> rows_;
    std::vector<std::string> pool_; // the few distinct plan codes and regions
};

} // namespace meterdesk::models

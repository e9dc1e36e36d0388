#pragma once

#include <store/tenants.h>

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace meterdesk::models {

// The tenants a TenantTableModel has loaded, held compactly: scrolled to the end of a million
// tenants, rows of store::Tenant (some 250 bytes before their strings) would not fit the
// console's memory budget. Rows come in blocks, one per page read: a block keeps its rows'
// texts in one buffer, and plan codes and regions are interned.
//
// A Block is built where the page was read (on the database worker), so the GUI thread only
// moves it in: it neither converts thousands of rows nor frees the worker's thousands of
// strings (each free of another thread's allocation waits for that thread's malloc arena,
// which the worker holds while it reads the next page). Clearing a million rows frees a few
// hundred buffers, not millions of strings.
class TenantRows {
    struct Row {
        std::int64_t id = 0;
        std::int64_t balanceMicros = 0;
        std::int64_t thresholdMicros = 0;
        std::int64_t createdAt = 0;
        std::uint32_t textAt = 0; // in the block's text: slug, name, email, wallet address
        std::uint16_t nameAt = 0; // from textAt
        std::uint16_t emailAt = 0;
        std::uint16_t walletAt = 0;
        std::uint16_t textEnd = 0;
        std::uint32_t plan = 0; // in the pool
        std::uint32_t region = 0;
        int rowVersion = 0;
        store::TenantStatus status = store::TenantStatus::Active;
        bool premiumAccess = false;
        bool hasWallet = false;
    };

public:
    class Block {
    public:
        Block() = default;
        explicit Block(const std::vector<store::Tenant>& tenants);
        std::size_t size() const { return rows_.size(); }

    private:
        friend class TenantRows;
        Row add(const store::Tenant& tenant, std::vector<std::string>& pool);

        std::vector<Row> rows_;
        std::string text_;
        std::vector<std::string> pool_; // what the rows' plan and region index, until appended
    };

    std::size_t size() const { return size_; }
    void clear();
    void append(Block block);
    void append(const std::vector<store::Tenant>& tenants) { append(Block(tenants)); }
    void replace(std::size_t row, const store::Tenant& tenant);
    void erase(std::size_t row);

    store::Tenant at(std::size_t row) const;
    // The row of the tenant. `hint`, a row where it probably is (such as the view's current
    // row), is looked at first: otherwise every row is, and a million of them take milliseconds.
    std::optional<std::size_t> find(std::int64_t tenantId,
                                    std::optional<std::size_t> hint = std::nullopt) const;

    std::int64_t id(std::size_t row) const { return rowAt(row).id; }
    std::string_view slug(std::size_t row) const;
    std::string_view name(std::size_t row) const;
    std::string_view email(std::size_t row) const;
    std::string_view planCode(std::size_t row) const { return pool_[rowAt(row).plan]; }
    std::string_view region(std::size_t row) const { return pool_[rowAt(row).region]; }
    store::TenantStatus status(std::size_t row) const { return rowAt(row).status; }
    billing::Credits balance(std::size_t row) const {
        return billing::Credits::fromMicros(rowAt(row).balanceMicros);
    }
    std::chrono::sys_seconds createdAt(std::size_t row) const {
        return std::chrono::sys_seconds{std::chrono::seconds{rowAt(row).createdAt}};
    }

private:
    struct Location {
        std::size_t block;
        std::size_t index;
    };
    Location locate(std::size_t row) const;
    const Row& rowAt(std::size_t row) const;
    static std::string_view slice(const Block& block, const Row& row, std::size_t from,
                                  std::size_t to);

    std::vector<Block> blocks_;
    std::vector<std::size_t> starts_; // the first row of each block
    std::size_t size_ = 0;
    std::vector<std::string> pool_; // the few distinct plan codes and regions
};

} // namespace meterdesk::models

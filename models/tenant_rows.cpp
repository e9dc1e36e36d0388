#include "tenant_rows.h"

#include <algorithm>
#include <limits>
#include <stdexcept>

namespace meterdesk::models {

namespace {

std::uint16_t offset(std::size_t position) {
    // The database caps slug, name and email far below this; a longer text would be a bug.
    if (position > std::numeric_limits<std::uint16_t>::max()) {
        throw std::length_error("tenant texts longer than 65535 bytes");
    }
    return static_cast<std::uint16_t>(position);
}

std::uint32_t intern(std::vector<std::string>& pool, const std::string& text) {
    const auto found = std::find(pool.begin(), pool.end(), text);
    if (found != pool.end()) {
        return static_cast<std::uint32_t>(found - pool.begin());
    }
    pool.push_back(text);
    return static_cast<std::uint32_t>(pool.size() - 1);
}

} // namespace

TenantRows::Block::Block(const std::vector<store::Tenant>& tenants) {
    rows_.reserve(tenants.size());
    std::size_t textSize = 0;
    for (const store::Tenant& tenant : tenants) {
        textSize += tenant.slug.size() + tenant.name.size() + tenant.email.size() +
                    tenant.walletAddress.value_or(std::string()).size();
    }
    text_.reserve(textSize);
    for (const store::Tenant& tenant : tenants) {
        rows_.push_back(add(tenant, pool_));
    }
}

TenantRows::Row TenantRows::Block::add(const store::Tenant& tenant,
                                       std::vector<std::string>& pool) {
    if (text_.size() > std::numeric_limits<std::uint32_t>::max()) {
        throw std::length_error("a block of tenant texts longer than 4 GiB");
    }
    Row row;
    row.id = tenant.id;
    row.balanceMicros = tenant.balance.micros();
    row.thresholdMicros = tenant.lowCreditThreshold.micros();
    row.createdAt = tenant.createdAt.time_since_epoch().count();
    row.textAt = static_cast<std::uint32_t>(text_.size());
    text_ += tenant.slug;
    row.nameAt = offset(text_.size() - row.textAt);
    text_ += tenant.name;
    row.emailAt = offset(text_.size() - row.textAt);
    text_ += tenant.email;
    row.walletAt = offset(text_.size() - row.textAt);
    text_ += tenant.walletAddress.value_or(std::string());
    row.textEnd = offset(text_.size() - row.textAt);
    row.plan = intern(pool, tenant.planCode);
    row.region = intern(pool, tenant.region);
    row.rowVersion = tenant.rowVersion;
    row.status = tenant.status;
    row.premiumAccess = tenant.premiumAccess;
    row.hasWallet = tenant.walletAddress.has_value();
    return row;
}

void TenantRows::clear() {
    blocks_.clear();
    starts_.clear();
    size_ = 0;
    pool_.clear();
}

void TenantRows::append(Block block) {
    if (block.rows_.empty()) {
        return;
    }
    // The block's plan codes and regions, as indexes into this pool.
    std::vector<std::uint32_t> mapped;
    mapped.reserve(block.pool_.size());
    for (const std::string& text : block.pool_) {
        mapped.push_back(intern(pool_, text));
    }
    for (Row& row : block.rows_) {
        row.plan = mapped[row.plan];
        row.region = mapped[row.region];
    }
    block.pool_.clear();
    starts_.push_back(size_);
    size_ += block.rows_.size();
    blocks_.push_back(std::move(block));
}

void TenantRows::replace(std::size_t row, const store::Tenant& tenant) {
    if (row >= size_) {
        throw std::out_of_range("no tenant row " + std::to_string(row));
    }
    const Location at = locate(row);
    Block& block = blocks_[at.block];
    // The old texts stay unused in the block's buffer until it is cleared: edits are few.
    block.rows_[at.index] = block.add(tenant, pool_);
}

void TenantRows::erase(std::size_t row) {
    const Location at = locate(row);
    std::vector<Row>& rows = blocks_[at.block].rows_;
    rows.erase(rows.begin() + static_cast<std::ptrdiff_t>(at.index));
    for (std::size_t block = at.block + 1; block < starts_.size(); ++block) {
        --starts_[block];
    }
    --size_;
    if (rows.empty()) {
        blocks_.erase(blocks_.begin() + static_cast<std::ptrdiff_t>(at.block));
        starts_.erase(starts_.begin() + static_cast<std::ptrdiff_t>(at.block));
    }
}

TenantRows::Location TenantRows::locate(std::size_t row) const {
    const auto after = std::upper_bound(starts_.begin(), starts_.end(), row);
    const auto block = static_cast<std::size_t>(after - starts_.begin()) - 1;
    return {block, row - starts_[block]};
}

const TenantRows::Row& TenantRows::rowAt(std::size_t row) const {
    const Location at = locate(row);
    return blocks_[at.block].rows_[at.index];
}

std::string_view TenantRows::slice(const Block& block, const Row& row, std::size_t from,
                                   std::size_t to) {
    return std::string_view(block.text_).substr(row.textAt + from, to - from);
}

std::string_view TenantRows::slug(std::size_t row) const {
    const Location at = locate(row);
    const Block& block = blocks_[at.block];
    const Row& r = block.rows_[at.index];
    return slice(block, r, 0, r.nameAt);
}

std::string_view TenantRows::name(std::size_t row) const {
    const Location at = locate(row);
    const Block& block = blocks_[at.block];
    const Row& r = block.rows_[at.index];
    return slice(block, r, r.nameAt, r.emailAt);
}

std::string_view TenantRows::email(std::size_t row) const {
    const Location at = locate(row);
    const Block& block = blocks_[at.block];
    const Row& r = block.rows_[at.index];
    return slice(block, r, r.emailAt, r.walletAt);
}

store::Tenant TenantRows::at(std::size_t row) const {
    if (row >= size_) {
        throw std::out_of_range("no tenant row " + std::to_string(row));
    }
    const Location location = locate(row);
    const Block& block = blocks_[location.block];
    const Row& r = block.rows_[location.index];
    store::Tenant tenant;
    tenant.id = r.id;
    tenant.slug = slice(block, r, 0, r.nameAt);
    tenant.name = slice(block, r, r.nameAt, r.emailAt);
    tenant.email = slice(block, r, r.emailAt, r.walletAt);
    tenant.status = r.status;
    tenant.planCode = pool_[r.plan];
    tenant.region = pool_[r.region];
    tenant.premiumAccess = r.premiumAccess;
    tenant.lowCreditThreshold = billing::Credits::fromMicros(r.thresholdMicros);
    if (r.hasWallet) {
        tenant.walletAddress = std::string(slice(block, r, r.walletAt, r.textEnd));
    }
    tenant.balance = billing::Credits::fromMicros(r.balanceMicros);
    tenant.createdAt = std::chrono::sys_seconds{std::chrono::seconds{r.createdAt}};
    tenant.rowVersion = r.rowVersion;
    return tenant;
}

std::optional<std::size_t> TenantRows::find(std::int64_t tenantId,
                                            std::optional<std::size_t> hint) const {
    if (hint && *hint < size_ && id(*hint) == tenantId)
        return hint;
    for (std::size_t block = 0; block < blocks_.size(); ++block) {
        const std::vector<Row>& rows = blocks_[block].rows_;
        const auto found = std::find_if(rows.begin(), rows.end(),
                                        [tenantId](const Row& row) { return row.id == tenantId; });
        if (found != rows.end()) {
            return starts_[block] + static_cast<std::size_t>(found - rows.begin());
        }
    }
    return std::nullopt;
}

} // namespace meterdesk::models

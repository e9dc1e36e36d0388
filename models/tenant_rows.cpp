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

} // namespace

void TenantRows::clear() {
    rows_.clear();
    pool_.clear();
}

void TenantRows::append(std::vector<store::Tenant> tenants) {
    for (const store::Tenant& tenant : tenants) {
        rows_.push_back(compact(tenant));
    }
}

void TenantRows::replace(std::size_t row, const store::Tenant& tenant) {
    rows_.at(row) = compact(tenant);
}

void TenantRows::erase(std::size_t row) {
    rows_.erase(rows_.begin() + static_cast<std::ptrdiff_t>(row));
}

TenantRows::Row TenantRows::compact(const store::Tenant& tenant) {
    Row row;
    row.id = tenant.id;
    row.balanceMicros = tenant.balance.micros();
    row.thresholdMicros = tenant.lowCreditThreshold.micros();
    row.createdAt = tenant.createdAt.time_since_epoch().count();
    row.text = tenant.slug;
    row.nameAt = offset(row.text.size());
    row.text += tenant.name;
    row.emailAt = offset(row.text.size());
    row.text += tenant.email;
    row.walletAt = offset(row.text.size());
    row.text += tenant.walletAddress.value_or(std::string());
    row.text.shrink_to_fit();
    row.plan = intern(tenant.planCode);
    row.region = intern(tenant.region);
    row.rowVersion = tenant.rowVersion;
    row.status = tenant.status;
    row.premiumAccess = tenant.premiumAccess;
    row.hasWallet = tenant.walletAddress.has_value();
    return row;
}

std::uint32_t TenantRows::intern(const std::string& text) {
    const auto found = std::find(pool_.begin(), pool_.end(), text);
    if (found != pool_.end()) {
        return static_cast<std::uint32_t>(found - pool_.begin());
    }
    pool_.push_back(text);
    return static_cast<std::uint32_t>(pool_.size() - 1);
}

std::string_view TenantRows::slice(const Row& row, std::size_t from, std::size_t to) {
    return std::string_view(row.text).substr(from, to - from);
}

std::string_view TenantRows::slug(std::size_t row) const {
    const Row& r = rows_[row];
    return slice(r, 0, r.nameAt);
}

std::string_view TenantRows::name(std::size_t row) const {
    const Row& r = rows_[row];
    return slice(r, r.nameAt, r.emailAt);
}

std::string_view TenantRows::email(std::size_t row) const {
    const Row& r = rows_[row];
    return slice(r, r.emailAt, r.walletAt);
}

store::Tenant TenantRows::at(std::size_t row) const {
    const Row& r = rows_.at(row);
    store::Tenant tenant;
    tenant.id = r.id;
    tenant.slug = slug(row);
    tenant.name = name(row);
    tenant.email = email(row);
    tenant.status = r.status;
    tenant.planCode = planCode(row);
    tenant.region = region(row);
    tenant.premiumAccess = r.premiumAccess;
    tenant.lowCreditThreshold = billing::Credits::fromMicros(r.thresholdMicros);
    if (r.hasWallet) {
        tenant.walletAddress = std::string(slice(r, r.walletAt, r.text.size()));
    }
    tenant.balance = balance(row);
    tenant.createdAt = createdAt(row);
    tenant.rowVersion = r.rowVersion;
    return tenant;
}

std::optional<std::size_t> TenantRows::find(std::int64_t tenantId) const {
    const auto found = std::find_if(rows_.begin(), rows_.end(),
                                    [tenantId](const Row& row) { return row.id == tenantId; });
    if (found == rows_.end()) {
        return std::nullopt;
    }
    return static_cast<std::size_t>(found - rows_.begin());
}

} // namespace meterdesk::models

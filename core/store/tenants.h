#pragma once

#include <billing/money.h>
#include <billing/validation.h>

#include <chrono>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace pqxx {
class connection_base;
}

namespace meterdesk::store {

enum class TenantStatus { Active, Suspended };
std::string_view toString(TenantStatus status);
TenantStatus tenantStatusFromString(std::string_view text);

struct Tenant {
    std::int64_t id = 0;
    std::string slug;
    std::string name;
    std::string email;
    TenantStatus status = TenantStatus::Active;
    std::string planCode;
    std::string region;
    bool premiumAccess = false;
    billing::Credits lowCreditThreshold;
    std::optional<std::string> walletAddress;
    billing::Credits balance;
    std::chrono::sys_seconds createdAt{};
    int rowVersion = 0;
};

// What an operator types when creating or editing a tenant.
struct TenantDraft {
    std::string slug;
    std::string name;
    std::string email;
    std::string planCode;
    std::string region;
    bool premiumAccess = false;
    billing::Credits lowCreditThreshold;
    std::optional<std::string> walletAddress;
};

// Every problem with a draft at once, each naming its field (slug, name, email, planCode,
// region, lowCreditThreshold, walletAddress) and rule, so a form can show them in place.
std::vector<billing::ValidationIssue> validate(const TenantDraft& draft);

enum class TenantSort { Slug, Name, Email, Status, Plan, Region, Balance, Created };

struct TenantQuery {
    std::string search; // matches slug, name or email; server-side
    std::optional<TenantStatus> status;
    std::optional<std::string> planCode;
    bool lowBalanceOnly = false; // balance at or under the tenant's low-credit threshold
    TenantSort sort = TenantSort::Slug;
    bool descending = false;
};

// Keyset position: the sort key of the last row shown and its id as a tie-breaker.
struct TenantCursor {
    std::string sortKey;
    std::int64_t id = 0;
};

struct TenantPage {
    std::vector<Tenant> rows;
    std::optional<TenantCursor> next; // empty at the end
};

struct ApiKey {
    std::int64_t id = 0;
    std::string prefix;
    std::string label;
    std::chrono::sys_seconds createdAt{};
    std::optional<std::chrono::sys_seconds> revokedAt;
};

// The secret exists only in this value: the database stores its hash.
struct IssuedApiKey {
    ApiKey key;
    std::string secret;
};

// Tenants as the console and the CLI see them. Reads use keyset paging so that a
// million tenants page as fast as a hundred; writes check the row version so that a
// stale edit is refused (StoreError::StaleRowVersion) rather than overwriting.
class TenantRepository {
public:
    explicit TenantRepository(pqxx::connection_base& connection);

    TenantPage page(const TenantQuery& query, const std::optional<TenantCursor>& after,
                    int limit) const;
    std::optional<Tenant> find(std::int64_t id) const;
    std::optional<Tenant> findBySlug(const std::string& slug) const;
    static TenantCursor cursorFor(const Tenant& tenant, TenantSort sort);

    Tenant create(const TenantDraft& draft);
    Tenant update(std::int64_t id, int expectedRowVersion, const TenantDraft& draft);
    Tenant setStatus(std::int64_t id, int expectedRowVersion, TenantStatus status);

    std::vector<ApiKey> apiKeys(std::int64_t tenantId) const;
    IssuedApiKey issueApiKey(std::int64_t tenantId, const std::string& label);
    void revokeApiKey(std::int64_t tenantId, std::int64_t keyId);

private:
    pqxx::connection_base& connection_;
};

} // namespace meterdesk::store

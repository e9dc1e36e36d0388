#include "tenants.h"

#include "errors.h"
#include "sql_values.h"

#include <pqxx/pqxx>

#include <regex>

namespace meterdesk::store {

namespace {

using billing::Credits;
using billing::ValidationIssue;

constexpr const char* tenantColumns = R"(
    t.tenant_id, t.slug, t.name, t.email, t.status, t.plan_code, coalesce(t.region, ''),
    t.premium_access, t.low_credit_threshold_ucr, t.wallet_address,
    coalesce(b.balance_ucr, 0), extract(epoch FROM t.created_at)::bigint, t.row_version)";

constexpr const char* tenantFrom =
    " FROM meter.tenants t LEFT JOIN meter.balances b ON b.tenant_id = t.tenant_id ";

Tenant tenantFromRow(const pqxx::row& row) {
    Tenant tenant;
    tenant.id = row[0].as<std::int64_t>();
    tenant.slug = row[1].as<std::string>();
    tenant.name = row[2].as<std::string>();
    tenant.email = row[3].as<std::string>();
    tenant.status = tenantStatusFromString(row[4].as<std::string>());
    tenant.planCode = row[5].as<std::string>();
    tenant.region = row[6].as<std::string>();
    tenant.premiumAccess = row[7].as<bool>();
    tenant.lowCreditThreshold = Credits::fromMicros(row[8].as<std::int64_t>());
    tenant.walletAddress = sql::optionalText(row[9]);
    tenant.balance = Credits::fromMicros(row[10].as<std::int64_t>());
    tenant.createdAt = sql::timestamp(row[11]);
    tenant.rowVersion = row[12].as<int>();
    return tenant;
}

// The sort column as SQL and the type its keyset value is compared as. Only these fixed
// strings ever reach the query text.
struct SortColumn {
    const char* expression;
    const char* cursorType;
};

SortColumn sortColumn(TenantSort sort) {
    switch (sort) {
    case TenantSort::Slug:
        return {"t.slug", "text"};
    case TenantSort::Name:
        return {"t.name", "text"};
    case TenantSort::Email:
        return {"t.email", "text"};
    case TenantSort::Status:
        return {"t.status", "text"};
    case TenantSort::Plan:
        return {"t.plan_code", "text"};
    case TenantSort::Region:
        return {"coalesce(t.region, '')", "text"};
    case TenantSort::Balance:
        return {"coalesce(b.balance_ucr, 0)", "bigint"};
    case TenantSort::Created:
        return {"extract(epoch FROM t.created_at)::bigint", "bigint"};
    }
    throw std::logic_error("unknown tenant sort");
}

std::string sortKeyOf(const Tenant& tenant, TenantSort sort) {
    switch (sort) {
    case TenantSort::Slug:
        return tenant.slug;
    case TenantSort::Name:
        return tenant.name;
    case TenantSort::Email:
        return tenant.email;
    case TenantSort::Status:
        return std::string(toString(tenant.status));
    case TenantSort::Plan:
        return tenant.planCode;
    case TenantSort::Region:
        return tenant.region;
    case TenantSort::Balance:
        return std::to_string(tenant.balance.micros());
    case TenantSort::Created:
        return std::to_string(sql::epoch(tenant.createdAt));
    }
    throw std::logic_error("unknown tenant sort");
}

void addIssue(std::vector<ValidationIssue>& issues, const char* field, const char* rule,
              std::string message) {
    issues.push_back({field, rule, std::move(message)});
}

StoreError staleOrMissing(pqxx::work& work, std::int64_t id) {
    const bool exists =
        !work.exec_params("SELECT 1 FROM meter.tenants WHERE tenant_id = $1", id).empty();
    if (!exists)
        return StoreError(StoreError::Kind::NotFound,
                          "tenant " + std::to_string(id) + " no longer exists");
    return StoreError(
        StoreError::Kind::StaleRowVersion,
        "someone else changed this tenant since you opened it; reload to see their change");
}

} // namespace

std::string_view toString(TenantStatus status) {
    return status == TenantStatus::Active ? "active" : "suspended";
}

TenantStatus tenantStatusFromString(std::string_view text) {
    if (text == "active")
        return TenantStatus::Active;
    if (text == "suspended")
        return TenantStatus::Suspended;
    throw StoreError(StoreError::Kind::Other, "unknown tenant status '" + std::string(text) + "'");
}

std::vector<ValidationIssue> validate(const TenantDraft& draft) {
    static const std::regex slugPattern("[a-z0-9][a-z0-9-]{0,62}");
    static const std::regex emailPattern(R"([^@\s]+@[^@\s]+\.[^@\s]+)");
    static const std::regex walletPattern("0x[0-9a-f]{40}");
    static const std::regex regionPattern("[a-z]{2,16}");

    std::vector<ValidationIssue> issues;
    if (!std::regex_match(draft.slug, slugPattern))
        addIssue(issues, "slug", "format",
                 "slug must be 1 to 63 lower-case letters, digits or dashes, starting with a "
                 "letter or digit");
    if (draft.name.empty() || draft.name.size() > 200)
        addIssue(issues, "name", "required", "name must be 1 to 200 characters");
    if (!std::regex_match(draft.email, emailPattern))
        addIssue(issues, "email", "format", "email must look like name@example.com");
    if (draft.planCode.empty())
        addIssue(issues, "planCode", "required", "a plan must be chosen");
    if (!draft.region.empty() && !std::regex_match(draft.region, regionPattern))
        addIssue(issues, "region", "format", "region must be 2 to 16 lower-case letters, or empty");
    if (draft.lowCreditThreshold.isNegative())
        addIssue(issues, "lowCreditThreshold", "non_negative",
                 "low-credit threshold must not be negative");
    if (draft.walletAddress && !std::regex_match(*draft.walletAddress, walletPattern))
        addIssue(issues, "walletAddress", "format",
                 "wallet address must be 0x followed by 40 lower-case hex digits");
    return issues;
}

TenantRepository::TenantRepository(pqxx::connection_base& connection)
    : connection_(connection) {}

TenantPage TenantRepository::page(const TenantQuery& query,
                                  const std::optional<TenantCursor>& after, int limit) const {
    return translatingErrors([&] {
        const SortColumn column = sortColumn(query.sort);
        const char* direction = query.descending ? "DESC" : "ASC";
        const char* comparison = query.descending ? "<" : ">";
        std::string text = std::string("SELECT ") + tenantColumns + tenantFrom + R"(
            WHERE ($1 = '' OR t.slug ILIKE $2 OR t.name ILIKE $2 OR t.email ILIKE $2)
              AND ($3::text IS NULL OR t.status = $3)
              AND ($4::text IS NULL OR t.plan_code = $4)
              AND (NOT $5 OR coalesce(b.balance_ucr, 0) <= t.low_credit_threshold_ucr))";
        text += std::string(" AND ($6::text IS NULL OR (") + column.expression + ", t.tenant_id) " +
                comparison + " ($6::text::" + column.cursorType + ", $7::bigint))";
        text += std::string(" ORDER BY ") + column.expression + " " + direction + ", t.tenant_id " +
                direction + " LIMIT $8";

        const std::optional<std::string> status =
            query.status ? std::optional<std::string>(toString(*query.status)) : std::nullopt;
        const std::optional<std::string> cursorKey =
            after ? std::optional<std::string>(after->sortKey) : std::nullopt;
        pqxx::read_transaction read(connection_);
        const auto rows = read.exec_params(text, query.search, sql::likePattern(query.search),
                                           sql::nullable(status), sql::nullable(query.planCode),
                                           query.lowBalanceOnly, sql::nullable(cursorKey),
                                           after ? after->id : 0, limit + 1);

        TenantPage page;
        for (const auto& row : rows) {
            if (static_cast<int>(page.rows.size()) == limit) {
                page.next = cursorFor(page.rows.back(), query.sort);
                break;
            }
            page.rows.push_back(tenantFromRow(row));
        }
        return page;
    });
}

TenantCursor TenantRepository::cursorFor(const Tenant& tenant, TenantSort sort) {
    return {sortKeyOf(tenant, sort), tenant.id};
}

std::optional<Tenant> TenantRepository::find(std::int64_t id) const {
    return translatingErrors([&]() -> std::optional<Tenant> {
        pqxx::read_transaction read(connection_);
        const auto rows = read.exec_params(
            std::string("SELECT ") + tenantColumns + tenantFrom + "WHERE t.tenant_id = $1", id);
        if (rows.empty())
            return std::nullopt;
        return tenantFromRow(rows[0]);
    });
}

std::optional<Tenant> TenantRepository::findBySlug(const std::string& slug) const {
    return translatingErrors([&]() -> std::optional<Tenant> {
        pqxx::read_transaction read(connection_);
        const auto rows = read.exec_params(
            std::string("SELECT ") + tenantColumns + tenantFrom + "WHERE t.slug = $1", slug);
        if (rows.empty())
            return std::nullopt;
        return tenantFromRow(rows[0]);
    });
}

Tenant TenantRepository::create(const TenantDraft& draft) {
    billing::throwIfInvalid(validate(draft));
    const auto id = translatingErrors([&] {
        pqxx::work work(connection_);
        const auto row = work.exec_params1(
            R"(INSERT INTO meter.tenants (slug, name, email, plan_code, region, premium_access,
                                          low_credit_threshold_ucr, wallet_address)
               VALUES ($1, $2, $3, $4, nullif($5, ''), $6, $7, $8) RETURNING tenant_id)",
            draft.slug, draft.name, draft.email, draft.planCode, draft.region, draft.premiumAccess,
            draft.lowCreditThreshold.micros(), sql::nullable(draft.walletAddress));
        work.commit();
        return row[0].as<std::int64_t>();
    });
    return find(id).value();
}

Tenant TenantRepository::update(std::int64_t id, int expectedRowVersion, const TenantDraft& draft) {
    billing::throwIfInvalid(validate(draft));
    translatingErrors([&] {
        pqxx::work work(connection_);
        const auto updated = work.exec_params(
            R"(UPDATE meter.tenants
                  SET slug = $3, name = $4, email = $5, plan_code = $6, region = nullif($7, ''),
                      premium_access = $8, low_credit_threshold_ucr = $9, wallet_address = $10
                WHERE tenant_id = $1 AND row_version = $2)",
            id, expectedRowVersion, draft.slug, draft.name, draft.email, draft.planCode,
            draft.region, draft.premiumAccess, draft.lowCreditThreshold.micros(),
            sql::nullable(draft.walletAddress));
        if (updated.affected_rows() == 0)
            throw staleOrMissing(work, id);
        work.commit();
    });
    return find(id).value();
}

Tenant TenantRepository::setStatus(std::int64_t id, int expectedRowVersion, TenantStatus status) {
    translatingErrors([&] {
        pqxx::work work(connection_);
        const auto updated = work.exec_params(
            "UPDATE meter.tenants SET status = $3 WHERE tenant_id = $1 AND row_version = $2", id,
            expectedRowVersion, std::string(toString(status)));
        if (updated.affected_rows() == 0)
            throw staleOrMissing(work, id);
        work.commit();
    });
    return find(id).value();
}

std::vector<ApiKey> TenantRepository::apiKeys(std::int64_t tenantId) const {
    return translatingErrors([&] {
        pqxx::read_transaction read(connection_);
        std::vector<ApiKey> keys;
        for (
            const auto& row : read.exec_params(
                R"(SELECT key_id, prefix, coalesce(label, ''), extract(epoch FROM created_at)::bigint,
                           extract(epoch FROM revoked_at)::bigint
                      FROM meter.api_keys WHERE tenant_id = $1 ORDER BY key_id DESC)",
                tenantId)) {
            keys.push_back({row[0].as<std::int64_t>(), row[1].as<std::string>(),
                            row[2].as<std::string>(), sql::timestamp(row[3]),
                            sql::optionalSeconds(row[4])});
        }
        return keys;
    });
}

IssuedApiKey TenantRepository::issueApiKey(std::int64_t tenantId, const std::string& label) {
    return translatingErrors([&] {
        pqxx::work work(connection_);
        const auto issued = work.exec_params1(
            "SELECT key_id, secret FROM meter.issue_api_key($1, $2)", tenantId, label);
        const auto row = work.exec_params1(
            R"(SELECT prefix, coalesce(label, ''), extract(epoch FROM created_at)::bigint
                 FROM meter.api_keys WHERE tenant_id = $1 AND key_id = $2)",
            tenantId, issued[0].as<std::int64_t>());
        work.commit();
        IssuedApiKey result;
        result.key = {issued[0].as<std::int64_t>(), row[0].as<std::string>(),
                      row[1].as<std::string>(), sql::timestamp(row[2]), std::nullopt};
        result.secret = issued[1].as<std::string>();
        return result;
    });
}

void TenantRepository::revokeApiKey(std::int64_t tenantId, std::int64_t keyId) {
    translatingErrors([&] {
        pqxx::work work(connection_);
        work.exec_params("SELECT meter.revoke_api_key($1, $2)", tenantId, keyId);
        work.commit();
    });
}

} // namespace meterdesk::store

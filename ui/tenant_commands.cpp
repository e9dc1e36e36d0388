#include "tenant_commands.h"

#include <chrono>

namespace meterdesk::ui {

using models::Retry;

TenantCommands::TenantCommands(models::DatabaseSession& session)
    : session_(session) {}

void TenantCommands::create(QObject* context, store::TenantDraft draft,
                            std::function<void(store::Tenant)> done, Failed failed) {
    session_.run(
        context,
        [draft = std::move(draft)](pqxx::connection& c) {
            return store::TenantRepository(c).create(draft);
        },
        std::move(done), std::move(failed), Retry::Never);
}

void TenantCommands::update(QObject* context, std::int64_t tenantId, int expectedRowVersion,
                            store::TenantDraft draft, std::function<void(store::Tenant)> done,
                            Failed failed) {
    session_.run(
        context,
        [tenantId, expectedRowVersion, draft = std::move(draft)](pqxx::connection& c) {
            return store::TenantRepository(c).update(tenantId, expectedRowVersion, draft);
        },
        std::move(done), std::move(failed), Retry::Never);
}

void TenantCommands::setStatus(QObject* context, std::int64_t tenantId, int expectedRowVersion,
                               store::TenantStatus status, std::function<void(store::Tenant)> done,
                               Failed failed) {
    session_.run(
        context,
        [tenantId, expectedRowVersion, status](pqxx::connection& c) {
            return store::TenantRepository(c).setStatus(tenantId, expectedRowVersion, status);
        },
        std::move(done), std::move(failed), Retry::Never);
}

void TenantCommands::topUp(QObject* context, std::int64_t tenantId, billing::Credits amount,
                           std::string reason, std::function<void(billing::Credits)> done,
                           Failed failed) {
    session_.run(
        context,
        [tenantId, amount, reason = std::move(reason)](pqxx::connection& c) {
            return store::LedgerRepository(c).topUp(tenantId, amount, reason);
        },
        std::move(done), std::move(failed), Retry::Never);
}

void TenantCommands::adjust(QObject* context, std::int64_t tenantId, billing::Credits amount,
                            std::string reason, std::function<void(billing::Credits)> done,
                            Failed failed) {
    session_.run(
        context,
        [tenantId, amount, reason = std::move(reason)](pqxx::connection& c) {
            return store::LedgerRepository(c).adjust(tenantId, amount, reason);
        },
        std::move(done), std::move(failed), Retry::Never);
}

void TenantCommands::issueApiKey(QObject* context, std::int64_t tenantId, std::string label,
                                 std::function<void(store::IssuedApiKey)> done, Failed failed) {
    session_.run(
        context,
        [tenantId, label = std::move(label)](pqxx::connection& c) {
            return store::TenantRepository(c).issueApiKey(tenantId, label);
        },
        std::move(done), std::move(failed), Retry::Never);
}

void TenantCommands::revokeApiKey(QObject* context, std::int64_t tenantId, std::int64_t keyId,
                                  std::function<void()> done, Failed failed) {
    session_.run(
        context,
        [tenantId, keyId](pqxx::connection& c) {
            store::TenantRepository(c).revokeApiKey(tenantId, keyId);
        },
        std::move(done), std::move(failed), Retry::Never);
}

void TenantCommands::monthUsage(QObject* context, std::int64_t tenantId,
                                std::function<void(store::MonthUsage)> done, Failed failed) {
    session_.run(
        context,
        [tenantId](pqxx::connection& c) {
            const auto now =
                std::chrono::floor<std::chrono::seconds>(std::chrono::system_clock::now());
            return store::LedgerRepository(c).monthUsage(tenantId, now);
        },
        std::move(done), std::move(failed), Retry::OnReconnect);
}

} // namespace meterdesk::ui

#pragma once

#include <models/database_session.h>
#include <store/ledger.h>
#include <store/tenants.h>

#include <QObject>

#include <cstdint>
#include <functional>
#include <string>

namespace meterdesk::ui {

// The changes an operator makes to a tenant, each one job on the session. Writes are
// never repeated after a lost connection: the failure is reported so that the dialog
// that asked keeps what the operator typed. Results arrive on `context`'s thread, and
// not at all once `context` is gone.
class TenantCommands {
public:
    using Failed = std::function<void(const store::StoreError&)>;

    explicit TenantCommands(models::DatabaseSession& session);

    void create(QObject* context, store::TenantDraft draft, std::function<void(store::Tenant)> done,
                Failed failed);
    void update(QObject* context, std::int64_t tenantId, int expectedRowVersion,
                store::TenantDraft draft, std::function<void(store::Tenant)> done, Failed failed);
    void setStatus(QObject* context, std::int64_t tenantId, int expectedRowVersion,
                   store::TenantStatus status, std::function<void(store::Tenant)> done,
                   Failed failed);

    // Both report the new balance.
    void topUp(QObject* context, std::int64_t tenantId, billing::Credits amount, std::string reason,
               std::function<void(billing::Credits)> done, Failed failed);
    void adjust(QObject* context, std::int64_t tenantId, billing::Credits amount,
                std::string reason, std::function<void(billing::Credits)> done, Failed failed);

    void issueApiKey(QObject* context, std::int64_t tenantId, std::string label,
                     std::function<void(store::IssuedApiKey)> done, Failed failed);
    void revokeApiKey(QObject* context, std::int64_t tenantId, std::int64_t keyId,
                      std::function<void()> done, Failed failed);

    // A read: repeated after a reconnection.
    void monthUsage(QObject* context, std::int64_t tenantId,
                    std::function<void(store::MonthUsage)> done, Failed failed);

private:
    models::DatabaseSession& session_;
};

} // namespace meterdesk::ui

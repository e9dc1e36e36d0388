#include "live_alerts.h"

#include <store/alerts.h>

namespace meterdesk::models {

LiveAlerts::LiveAlerts(DatabaseSession& session, QObject* parent)
    : QObject(parent)
    , session_(session)
    , model_(new AlertModel(session, this)) {}

void LiveAlerts::reload() {
    model_->setUnacknowledgedOnly(true);
}

void LiveAlerts::alertsRaised(const QList<AlertNotice>& alerts) {
    model_->reload();
    emit raised(alerts);
}

void LiveAlerts::acknowledge(std::int64_t tenantId, std::int64_t alertId) {
    session_.run(
        this,
        [tenantId, alertId](pqxx::connection& connection) {
            store::AlertRepository(connection).acknowledge(tenantId, alertId);
        },
        [this, tenantId, alertId] {
            model_->reload();
            emit acknowledged(tenantId, alertId);
        },
        [this](const store::StoreError& error) {
            emit acknowledgeFailed(QString::fromUtf8(error.what()));
        },
        Retry::Never);
}

} // namespace meterdesk::models

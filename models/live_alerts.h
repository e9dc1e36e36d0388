#pragma once

#include <models/alert_model.h>
#include <models/database_session.h>
#include <models/live_usage_feed.h>

#include <QList>
#include <QObject>
#include <QString>

#include <cstdint>

namespace meterdesk::models {

// The open low-credit and exhausted alerts of every tenant, kept current by the live feed's
// alert notices, and their acknowledgement. Acknowledging goes through
// meter.acknowledge_alert, whose update the database audits under the operator's name.
class LiveAlerts : public QObject {
    Q_OBJECT

public:
    explicit LiveAlerts(DatabaseSession& session, QObject* parent = nullptr);

    // Open alerts, newest first.
    AlertModel& model() const { return *model_; }

    void reload();
    // Notices from LiveUsageFeed: the model is read again and raised() passes them on.
    void alertsRaised(const QList<meterdesk::models::AlertNotice>& alerts);
    // A write: never repeated after a lost connection; the outcome is signalled.
    void acknowledge(std::int64_t tenantId, std::int64_t alertId);

signals:
    void raised(const QList<meterdesk::models::AlertNotice>& alerts);
    void acknowledged(std::int64_t tenantId, std::int64_t alertId);
    void acknowledgeFailed(const QString& reason);

private:
    DatabaseSession& session_;
    AlertModel* model_;
};

} // namespace meterdesk::models

#pragma once

#include <models/live_alerts.h>

#include <QList>
#include <QPointer>
#include <QString>
#include <QWidget>

class QAction;
class QLabel;
class QSystemTrayIcon;
class QTableView;

namespace meterdesk::ui {

class PermissionGuard;

// The open low-credit and exhausted alerts with their tenants, newest first. Alerts raised
// while the console's window is not the active one also become desktop notifications
// through the system tray, where there is one. Acknowledging an alert records who did it
// (the database audits it); the role must be allowed to.
class AlertsPanel : public QWidget {
    Q_OBJECT

public:
    AlertsPanel(models::LiveAlerts& alerts, PermissionGuard& permissions,
                QWidget* parent = nullptr);

    QTableView* table() const { return table_; }
    QAction* acknowledgeAction() const { return acknowledgeAction_; }

signals:
    void statusMessage(const QString& message);
    // A desktop notification was due (shown when a system tray exists).
    void notified(const QString& title, const QString& message);

private:
    void acknowledgeSelected();
    void notifyDesktop(const QList<models::AlertNotice>& alerts);
    void updateActions();
    void updateHeading();

    models::LiveAlerts& alerts_;
    PermissionGuard& permissions_;
    QLabel* heading_;
    QTableView* table_;
    QAction* acknowledgeAction_;
    QPointer<QSystemTrayIcon> tray_;
};

// The notification for alerts raised together: one names the tenant ("acme is out of
// credits"), several are counted ("3 tenants are low on or out of credits").
QString alertNotificationText(const QList<models::AlertNotice>& alerts);

} // namespace meterdesk::ui

#include "alerts_panel.h"

#include "icons.h"
#include "permission_guard.h"
#include "table_views.h"

#include <models/item_roles.h>

#include <QAction>
#include <QApplication>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QSystemTrayIcon>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace meterdesk::ui {

namespace {

constexpr int kNotificationMs = 10'000;

QString describe(const models::AlertNotice& alert) {
    const QString tenant = QString::fromStdString(alert.tenantSlug);
    return alert.kind == "exhausted"
               ? QApplication::translate("AlertsPanel", "%1 is out of credits").arg(tenant)
               : QApplication::translate("AlertsPanel", "%1 is low on credits").arg(tenant);
}

} // namespace

QString alertNotificationText(const QList<models::AlertNotice>& alerts) {
    if (alerts.size() == 1)
        return describe(alerts.front());
    return QApplication::translate("AlertsPanel", "%n tenant(s) are low on or out of credits",
                                   nullptr, static_cast<int>(alerts.size()));
}

AlertsPanel::AlertsPanel(models::LiveAlerts& alerts, PermissionGuard& permissions, QWidget* parent)
    : QWidget(parent)
    , alerts_(alerts)
    , permissions_(permissions)
    , heading_(new QLabel(this))
    , table_(makeTableView(this, QStringLiteral("alertsTable")))
    , acknowledgeAction_(
          new QAction(icons::icon(QStringLiteral("review")), tr("&Acknowledge"), this)) {
    setObjectName(QStringLiteral("alertsPanel"));
    heading_->setObjectName(QStringLiteral("alertsHeading"));
    table_->setModel(&alerts_.model());

    acknowledgeAction_->setObjectName(QStringLiteral("acknowledgeAlertAction"));
    acknowledgeAction_->setToolTip(
        tr("Mark the selected alert as seen; the audit log records that you did"));
    permissions_.guard(
        acknowledgeAction_,
        [](const store::Capabilities& capabilities) { return capabilities.acknowledgeAlerts; },
        tr("acknowledge alerts"));
    connect(acknowledgeAction_, &QAction::triggered, this, &AlertsPanel::acknowledgeSelected);
    auto* acknowledge = new QToolButton(this);
    acknowledge->setDefaultAction(acknowledgeAction_);
    acknowledge->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);

    auto* header = new QHBoxLayout;
    header->addWidget(new QLabel(QStringLiteral("<b>%1</b>").arg(tr("Alerts")), this));
    header->addWidget(heading_, 1);
    header->addWidget(acknowledge);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(header);
    layout->addWidget(table_);

    connect(&alerts_, &models::LiveAlerts::raised, this, &AlertsPanel::notifyDesktop);
    connect(&alerts_, &models::LiveAlerts::acknowledged, this,
            [this] { emit statusMessage(tr("Alert acknowledged.")); });
    connect(&alerts_, &models::LiveAlerts::acknowledgeFailed, this, [this](const QString& reason) {
        emit statusMessage(tr("Could not acknowledge the alert: %1").arg(reason));
    });
    connect(table_->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &AlertsPanel::updateActions);
    connect(&alerts_.model(), &QAbstractItemModel::modelReset, this, [this] {
        updateActions();
        updateHeading();
    });
    updateActions();
    updateHeading();
}

void AlertsPanel::acknowledgeSelected() {
    const QModelIndexList rows = table_->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return;
    const store::Alert& alert = alerts_.model().alertAt(rows.front().row());
    alerts_.acknowledge(alert.tenantId, alert.id);
}

void AlertsPanel::notifyDesktop(const QList<models::AlertNotice>& alerts) {
    if (alerts.isEmpty() || (window() != nullptr && window()->isActiveWindow()))
        return;
    const QString title = tr("Meterdesk alert");
    const QString message = alertNotificationText(alerts);
    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        if (!tray_) {
            tray_ = new QSystemTrayIcon(icons::icon(QStringLiteral("meterdesk")), this);
            tray_->setToolTip(tr("Meterdesk"));
            tray_->show();
        }
        const bool exhausted = std::any_of(alerts.begin(), alerts.end(), [](const auto& alert) {
            return alert.kind == "exhausted";
        });
        tray_->showMessage(title, message,
                           exhausted ? QSystemTrayIcon::Critical : QSystemTrayIcon::Warning,
                           kNotificationMs);
    }
    emit notified(title, message);
}

void AlertsPanel::updateActions() {
    permissions_.setApplicable(acknowledgeAction_, table_->selectionModel()->hasSelection() &&
                                                       alerts_.model().rowCount() > 0);
}

void AlertsPanel::updateHeading() {
    const int open = alerts_.model().rowCount();
    heading_->setText(open == 0 ? tr("none open") : tr("%n open", nullptr, open));
}

} // namespace meterdesk::ui

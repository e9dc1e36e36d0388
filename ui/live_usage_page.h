#pragma once

#include "console_page.h"

#include <models/database_session.h>
#include <store/connection.h>

#include <QString>

#include <cstdint>
#include <memory>
#include <optional>

class QAction;
class QChartView;
class QComboBox;
class QLabel;
class QLineEdit;

namespace meterdesk::models {
class LiveAlerts;
class LiveUsageFeed;
class UsageDashboard;
} // namespace meterdesk::models

namespace meterdesk::ui {

class AlertsPanel;
class PermissionGuard;
class RankingChart;
class StackedAreaChart;

// Watch usage as it happens: calls per second (allowed, and denied by reason, stacked),
// credits per second, and the busiest tenants and endpoints, for every tenant or one tenant
// and endpoint, over 5 minutes (live, per second) to 90 days. Axes are in local time; hovering
// shows a point's figures. Pause freezes the charts; the shown series exports to CSV and the
// charts to PNG. The open alerts are listed below.
//
// Live updates arrive as database notifications on a connection of the page's own (see
// listen()); the dashboard coalesces them, so any ingest rate costs the page a bounded
// amount of work per second.
class LiveUsagePage : public ConsolePage {
    Q_OBJECT

public:
    LiveUsagePage(models::DatabaseSession& session, PermissionGuard& permissions,
                  QWidget* parent = nullptr);
    ~LiveUsagePage() override;

    // Listens for the database's notifications with `settings`, from now on and after every
    // reconnection of the session. The page also follows the session by itself: whenever the
    // session connects to another target, the feed listens there.
    void listen(const store::ConnectionSettings& settings);
    void refresh() override;

    models::UsageDashboard& dashboard() const { return *dashboard_; }
    models::LiveUsageFeed& feed() const { return *feed_; }
    models::LiveAlerts& alerts() const { return *alerts_; }
    AlertsPanel* alertsPanel() const { return alertsPanel_; }
    QWidget* charts() const { return charts_; }
    QChartView* callsChart() const;
    QChartView* creditsChart() const;
    QComboBox* rangePicker() const { return rangePicker_; }
    QLineEdit* tenantEdit() const { return tenantEdit_; }
    QComboBox* endpointPicker() const { return endpointPicker_; }
    QAction* pauseAction() const { return pauseAction_; }
    QString statusText() const;

    // Both return an empty string on success, else why they failed.
    QString exportCsv(const QString& path) const;
    QString exportPng(const QString& path) const;

signals:
    void statusMessage(const QString& message);

protected:
    void showEvent(QShowEvent* event) override;

private:
    QWidget* buildToolbar();
    QWidget* buildCharts();
    void connectLiveUpdates();
    void followSession();
    void chooseTenant();
    void chooseEndpoint();
    void showTenant(std::optional<std::int64_t> tenantId, const QString& slug);
    void fillEndpoints(std::int64_t tenantId);
    void askExportCsv();
    void askExportPng();
    // Every text the status shows, in the order updateStatus() names them.
    static QStringList statusTexts();
    void updateStatus();

    models::DatabaseSession& session_;
    models::UsageDashboard* dashboard_;
    models::LiveUsageFeed* feed_;
    models::LiveAlerts* alerts_;
    std::optional<store::ConnectionSettings> listenSettings_;
    std::unique_ptr<StackedAreaChart> callsChart_;
    std::unique_ptr<StackedAreaChart> creditsChart_;
    std::unique_ptr<RankingChart> tenantsChart_;
    std::unique_ptr<RankingChart> endpointsChart_;
    QWidget* charts_ = nullptr;
    AlertsPanel* alertsPanel_ = nullptr;
    QComboBox* rangePicker_ = nullptr;
    QLineEdit* tenantEdit_ = nullptr;
    QComboBox* endpointPicker_ = nullptr;
    QAction* pauseAction_ = nullptr;
    QAction* exportCsvAction_ = nullptr;
    QAction* exportPngAction_ = nullptr;
    QLabel* status_ = nullptr;
    QString feedProblem_;
    bool loadedOnce_ = false;
};

} // namespace meterdesk::ui

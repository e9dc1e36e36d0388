#pragma once

#include "tenant_commands.h"

#include <store/tenants.h>

#include <QWidget>

#include <optional>

class QLabel;
class QStackedLayout;
class QTabWidget;
class QTableView;

namespace meterdesk::models {
class AlertModel;
class ApiKeyModel;
class LedgerModel;
} // namespace meterdesk::models

namespace meterdesk::ui {

// Everything about the selected tenant: profile, plan, balance, this month's usage and
// spend, recent ledger entries, API keys and alerts.
class TenantDetailPanel : public QWidget {
    Q_OBJECT

public:
    TenantDetailPanel(models::DatabaseSession& session, TenantCommands& commands,
                      QWidget* parent = nullptr);

    // Shows the tenant; its ledger, keys, alerts and usage are re-read when it is another
    // tenant than the one shown.
    void showTenant(const store::Tenant& tenant);
    void clear();
    // Re-reads the shown tenant's ledger, keys, alerts and usage (after a change).
    void reloadActivity();

    std::optional<store::ApiKey> selectedApiKey() const;
    models::LedgerModel& ledger() const { return *ledger_; }
    models::ApiKeyModel& apiKeys() const { return *apiKeys_; }
    models::AlertModel& alerts() const { return *alerts_; }
    QString usageText() const;
    QString balanceText() const;

signals:
    void apiKeySelectionChanged();

private:
    QWidget* buildDetails();
    void showUsage(const store::MonthUsage& usage);

    TenantCommands& commands_;
    models::LedgerModel* ledger_;
    models::ApiKeyModel* apiKeys_;
    models::AlertModel* alerts_;
    QStackedLayout* pages_;
    QLabel* empty_;
    QWidget* details_;
    QLabel* title_;
    QLabel* email_;
    QLabel* plan_;
    QLabel* region_;
    QLabel* premium_;
    QLabel* threshold_;
    QLabel* wallet_;
    QLabel* created_;
    QLabel* balance_;
    QLabel* usage_;
    QTabWidget* tabs_;
    QTableView* ledgerView_;
    QTableView* keyView_;
    QTableView* alertView_;
    std::optional<std::int64_t> shownId_;
};

} // namespace meterdesk::ui

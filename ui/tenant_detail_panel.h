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
    // The details are built when the first tenant is shown: most openings of the Tenants page
    // select none, and the three tables and tabs would double what the page builds.
    void ensureDetails();
    QWidget* buildDetails();
    void showUsage(const store::MonthUsage& usage);

    TenantCommands& commands_;
    models::LedgerModel* ledger_;
    models::ApiKeyModel* apiKeys_;
    models::AlertModel* alerts_;
    QStackedLayout* pages_;
    QLabel* empty_;
    QWidget* details_ = nullptr;
    QLabel* title_ = nullptr;
    QLabel* email_ = nullptr;
    QLabel* plan_ = nullptr;
    QLabel* region_ = nullptr;
    QLabel* premium_ = nullptr;
    QLabel* threshold_ = nullptr;
    QLabel* wallet_ = nullptr;
    QLabel* created_ = nullptr;
    QLabel* balance_ = nullptr;
    QLabel* usage_ = nullptr;
    QTabWidget* tabs_ = nullptr;
    QTableView* ledgerView_ = nullptr;
    QTableView* keyView_ = nullptr;
    QTableView* alertView_ = nullptr;
    std::optional<std::int64_t> shownId_;
};

} // namespace meterdesk::ui

#pragma once

#include "navigation.h"

#include <models/database_session.h>

#include <QMainWindow>

#include <map>

class QActionGroup;
class QLabel;
class QListWidget;
class QSettings;
class QSplitter;
class QStackedWidget;

namespace meterdesk::ui {

class AuditLogPage;
class ConsolePage;
class DatabaseStatusIndicator;
class EscrowsPage;
class InvoicesPage;
class LiveUsagePage;
class NodeStatusIndicator;
class PermissionGuard;
class PlansPage;
class TenantsPage;

// The console's shell: a sidebar of pages over a stack, menus with shortcuts, and a
// status bar with the database and node connections. It never talks to the database
// itself: pages do, through the session's models.
class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    explicit MainWindow(models::DatabaseSession& session, QWidget* parent = nullptr);

    void showPage(Page page);
    Page currentPage() const;
    ConsolePage* page(Page page) const;
    TenantsPage* tenantsPage() const { return tenantsPage_; }
    PlansPage* plansPage() const { return plansPage_; }
    AuditLogPage* auditLogPage() const { return auditLogPage_; }
    InvoicesPage* invoicesPage() const { return invoicesPage_; }
    LiveUsagePage* liveUsagePage() const { return liveUsagePage_; }
    EscrowsPage* escrowsPage() const { return escrowsPage_; }
    PermissionGuard& permissions() const { return *permissions_; }
    models::DatabaseSession& session() const { return session_; }

    // Shown in the title and the status bar's tooltip ("alice@db.example.com:5432/meterdesk").
    void setConnectionTarget(const QString& target);
    // Tells the operator, for this run, that passwords are kept in memory only.
    void showKeychainUnavailable(const QString& reason);
    void showStatusMessage(const QString& message);
    // Opens the node settings; Save stores them and reconnects the Escrows page.
    void editNodeSettings();
    QString databaseStatusText() const;
    QString nodeStatusText() const;

    // Geometry, dock and toolbar state, and the page that was open.
    void restoreSettings(const QSettings& settings);
    void saveSettings(QSettings& settings) const;

signals:
    void connectRequested();

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void buildPages();
    void buildSidebar();
    void buildMenus();
    void buildStatusBar();
    void addPage(Page page, ConsolePage* widget);
    void refreshCurrentPage();
    void showAbout();

    models::DatabaseSession& session_;
    PermissionGuard* permissions_;
    QSplitter* splitter_;
    QListWidget* sidebar_;
    QStackedWidget* stack_;
    std::map<Page, ConsolePage*> pages_;
    std::map<Page, QAction*> pageActions_;
    QActionGroup* pageActionGroup_;
    TenantsPage* tenantsPage_ = nullptr;
    LiveUsagePage* liveUsagePage_ = nullptr;
    EscrowsPage* escrowsPage_ = nullptr;
    PlansPage* plansPage_ = nullptr;
    AuditLogPage* auditLogPage_ = nullptr;
    InvoicesPage* invoicesPage_ = nullptr;
    DatabaseStatusIndicator* databaseStatus_ = nullptr;
    NodeStatusIndicator* nodeStatus_ = nullptr;
    QLabel* keychainStatus_ = nullptr;
    QString target_;
};

} // namespace meterdesk::ui

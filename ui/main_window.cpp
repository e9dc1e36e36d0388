#include "main_window.h"

#include "audit_log_page.h"
#include "console_page.h"
#include "escrows_page.h"
#include "icons.h"
#include "invoices_page.h"
#include "language_menu.h"
#include "live_usage_page.h"
#include "node_settings_dialog.h"
#include "permission_guard.h"
#include "plans_page.h"
#include "status_indicators.h"
#include "tenants_page.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>

namespace meterdesk::ui {

namespace {

const QString kGeometryKey = QStringLiteral("mainWindow/geometry");
const QString kStateKey = QStringLiteral("mainWindow/state");
const QString kPageKey = QStringLiteral("mainWindow/page");
const QString kSplitterKey = QStringLiteral("mainWindow/sidebar");

constexpr int kStatusMessageMs = 10'000;

} // namespace

MainWindow::MainWindow(models::DatabaseSession& session, QWidget* parent)
    : QMainWindow(parent)
    , session_(session)
    , permissions_(new PermissionGuard(this))
    , splitter_(new QSplitter(this))
    , sidebar_(new QListWidget(this))
    , stack_(new QStackedWidget(this))
    , pageActionGroup_(new QActionGroup(this)) {
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Meterdesk"));
    setWindowIcon(icons::icon(QStringLiteral("meterdesk")));

    buildPages();
    buildSidebar();
    buildMenus();
    buildStatusBar();

    splitter_->setObjectName(QStringLiteral("mainSplitter"));
    splitter_->addWidget(sidebar_);
    splitter_->addWidget(stack_);
    splitter_->setStretchFactor(1, 1);
    splitter_->setChildrenCollapsible(false);
    splitter_->setSizes({170, 1100});
    setCentralWidget(splitter_);
    resize(1280, 800);

    connect(&session_, &models::DatabaseSession::sessionDescribed, permissions_,
            &PermissionGuard::setSession);
    connect(&session_, &models::DatabaseSession::stateChanged, this,
            [this](models::DatabaseSession::State state) {
                if (state == models::DatabaseSession::State::Disconnected)
                    permissions_->clearSession();
            });
    if (session_.sessionInfo())
        permissions_->setSession(*session_.sessionInfo());
    showPage(Page::Tenants);
}

void MainWindow::buildPages() {
    tenantsPage_ = new TenantsPage(session_, *permissions_, this);
    plansPage_ = new PlansPage(session_, *permissions_, this);
    auditLogPage_ = new AuditLogPage(session_, this);
    addPage(Page::Tenants, tenantsPage_);
    addPage(Page::Plans, plansPage_);
    liveUsagePage_ = new LiveUsagePage(session_, *permissions_, this);
    addPage(Page::LiveUsage, liveUsagePage_);
    escrowsPage_ = new EscrowsPage(session_, *permissions_, this);
    addPage(Page::Escrows, escrowsPage_);
    invoicesPage_ = new InvoicesPage(session_, *permissions_, this);
    addPage(Page::Invoices, invoicesPage_);
    addPage(Page::AuditLog, auditLogPage_);
    connect(tenantsPage_, &TenantsPage::statusMessage, this, &MainWindow::showStatusMessage);
    connect(plansPage_, &PlansPage::statusMessage, this, &MainWindow::showStatusMessage);
    connect(invoicesPage_, &InvoicesPage::statusMessage, this, &MainWindow::showStatusMessage);
    connect(liveUsagePage_, &LiveUsagePage::statusMessage, this, &MainWindow::showStatusMessage);
    connect(escrowsPage_, &EscrowsPage::statusMessage, this, &MainWindow::showStatusMessage);
}

void MainWindow::addPage(Page page, ConsolePage* widget) {
    widget->setObjectName(pageName(page) + QStringLiteral("Page"));
    pages_[page] = widget;
    stack_->addWidget(widget);
}

void MainWindow::buildSidebar() {
    sidebar_->setObjectName(QStringLiteral("sidebar"));
    sidebar_->setIconSize(QSize(24, 24));
    sidebar_->setSpacing(2);
    sidebar_->setFrameShape(QFrame::NoFrame);
    for (Page page : kAllPages) {
        auto* item = new QListWidgetItem(pageIcon(page), pageTitle(page), sidebar_);
        item->setToolTip(tr("Show %1 (Ctrl+%2)")
                             .arg(pageTitle(page), QString::number(static_cast<int>(page) + 1)));
    }
    sidebar_->setMinimumWidth(150);
    sidebar_->setMaximumWidth(260);
    connect(sidebar_, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0)
            showPage(kAllPages.at(static_cast<std::size_t>(row)));
    });
}

void MainWindow::buildMenus() {
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->setToolTipsVisible(true);
    QAction* connectAction = file->addAction(icons::icon(QStringLiteral("connect")),
                                             tr("&Connect…"), this, &MainWindow::connectRequested);
    connectAction->setObjectName(QStringLiteral("connectAction"));
    connectAction->setShortcut(QKeySequence(tr("Ctrl+Shift+O")));
    connectAction->setToolTip(tr("Choose or edit a connection profile"));
    QAction* nodeSettings =
        file->addAction(icons::icon(QStringLiteral("escrows")), tr("&Node settings…"), this,
                        &MainWindow::editNodeSettings);
    nodeSettings->setObjectName(QStringLiteral("nodeSettingsAction"));
    nodeSettings->setShortcut(QKeySequence(tr("Ctrl+Shift+E")));
    nodeSettings->setToolTip(
        tr("The EVM node, escrow contract, confirmations and settlement rate"));
    file->addSeparator();
    QAction* quit =
        file->addAction(icons::icon(QStringLiteral("quit")), tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence(tr("Ctrl+Q")));
    quit->setMenuRole(QAction::QuitRole);

    QMenu* view = menuBar()->addMenu(tr("&View"));
    view->setToolTipsVisible(true);
    pageActionGroup_->setExclusive(true);
    for (Page page : kAllPages) {
        QAction* action = view->addAction(pageIcon(page), pageTitle(page));
        action->setObjectName(pageName(page) + QStringLiteral("PageAction"));
        action->setCheckable(true);
        action->setShortcut(
            QKeySequence(Qt::CTRL | static_cast<Qt::Key>(Qt::Key_1 + static_cast<int>(page))));
        action->setToolTip(tr("Show the %1 page").arg(pageTitle(page)));
        pageActionGroup_->addAction(action);
        pageActions_[page] = action;
        connect(action, &QAction::triggered, this, [this, page] { showPage(page); });
    }
    view->addSeparator();
    QAction* refresh = view->addAction(icons::icon(QStringLiteral("refresh")), tr("&Refresh"), this,
                                       &MainWindow::refreshCurrentPage);
    refresh->setObjectName(QStringLiteral("refreshAction"));
    refresh->setShortcut(QKeySequence(Qt::Key_F5));
    refresh->setToolTip(tr("Read the current page again from the database"));
    view->addSeparator();
    auto* language = new LanguageMenu(view);
    view->addMenu(language);
    connect(language, &LanguageMenu::languageChosen, this,
            [this](const QString&, const QString& message) { showStatusMessage(message); });

    QMenu* tenant = menuBar()->addMenu(tr("&Tenant"));
    tenant->setToolTipsVisible(true);
    tenant->addActions(tenantsPage_->tenantActions());

    QMenu* plan = menuBar()->addMenu(tr("&Plan"));
    plan->setToolTipsVisible(true);
    plan->addActions(plansPage_->planActions());

    QMenu* escrow = menuBar()->addMenu(tr("&Escrows"));
    escrow->setToolTipsVisible(true);
    escrow->addActions(escrowsPage_->escrowActions());

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    QAction* about = help->addAction(icons::icon(QStringLiteral("meterdesk")),
                                     tr("&About Meterdesk"), this, &MainWindow::showAbout);
    about->setMenuRole(QAction::AboutRole);
    QAction* aboutQt = help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
    aboutQt->setMenuRole(QAction::AboutQtRole);
}

void MainWindow::buildStatusBar() {
    databaseStatus_ = new DatabaseStatusIndicator(session_, this);
    nodeStatus_ = new NodeStatusIndicator(this);
    keychainStatus_ = new QLabel(this);
    keychainStatus_->setObjectName(QStringLiteral("keychainStatus"));
    keychainStatus_->hide();
    statusBar()->addPermanentWidget(keychainStatus_);
    statusBar()->addPermanentWidget(databaseStatus_);
    statusBar()->addPermanentWidget(nodeStatus_);
    connect(&escrowsPage_->desk(), &models::EscrowDesk::nodeConnected, nodeStatus_,
            &NodeStatusIndicator::showConnected);
    connect(&escrowsPage_->desk(), &models::EscrowDesk::nodeFailed, nodeStatus_,
            &NodeStatusIndicator::showProblem);
    connect(&escrowsPage_->desk(), &models::EscrowDesk::nodeConnecting, nodeStatus_,
            &NodeStatusIndicator::showConnecting);
}

void MainWindow::editNodeSettings() {
    QSettings stored;
    const models::NodeSettings& used = escrowsPage_->desk().settings();
    const models::NodeSettings current =
        used.isConfigured() ? used : models::NodeSettings::load(stored);
    auto* dialog = new NodeSettingsDialog(current, *permissions_, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const models::NodeSettings chosen = dialog->settings();
        QSettings settings;
        chosen.save(settings);
        escrowsPage_->configureNode(chosen);
        showStatusMessage(
            tr("Node settings saved: connecting to %1").arg(chosen.rpcUrl.toDisplayString()));
    });
    dialog->open();
}

void MainWindow::showPage(Page page) {
    ConsolePage* widget = pages_.at(page);
    stack_->setCurrentWidget(widget);
    const int row = static_cast<int>(page);
    if (sidebar_->currentRow() != row)
        sidebar_->setCurrentRow(row);
    pageActions_.at(page)->setChecked(true);
    setWindowTitle(target_.isEmpty() ? tr("%1 — Meterdesk").arg(pageTitle(page))
                                     : tr("%1 — %2 — Meterdesk").arg(pageTitle(page), target_));
}

Page MainWindow::currentPage() const {
    for (const auto& [page, widget] : pages_) {
        if (widget == stack_->currentWidget())
            return page;
    }
    return Page::Tenants;
}

ConsolePage* MainWindow::page(Page page) const {
    return pages_.at(page);
}

void MainWindow::setConnectionTarget(const QString& target) {
    target_ = target;
    databaseStatus_->setTarget(target);
    showPage(currentPage());
}

void MainWindow::showKeychainUnavailable(const QString& reason) {
    keychainStatus_->setText(tr("Passwords in memory only"));
    keychainStatus_->setToolTip(
        tr("No system keychain is available, so passwords are kept in memory until Meterdesk "
           "quits and asked for again next time.\n%1")
            .arg(reason));
    keychainStatus_->show();
}

void MainWindow::showStatusMessage(const QString& message) {
    statusBar()->showMessage(message, kStatusMessageMs);
}

QString MainWindow::databaseStatusText() const {
    return databaseStatus_->text();
}

QString MainWindow::nodeStatusText() const {
    return nodeStatus_->text();
}

void MainWindow::restoreSettings(const QSettings& settings) {
    restoreGeometry(settings.value(kGeometryKey).toByteArray());
    restoreState(settings.value(kStateKey).toByteArray());
    splitter_->restoreState(settings.value(kSplitterKey).toByteArray());
    if (const auto page = pageFromName(settings.value(kPageKey).toString()))
        showPage(*page);
}

void MainWindow::saveSettings(QSettings& settings) const {
    settings.setValue(kGeometryKey, saveGeometry());
    settings.setValue(kStateKey, saveState());
    settings.setValue(kSplitterKey, splitter_->saveState());
    settings.setValue(kPageKey, pageName(currentPage()));
}

void MainWindow::closeEvent(QCloseEvent* event) {
    QSettings settings;
    saveSettings(settings);
    event->accept();
}

void MainWindow::refreshCurrentPage() {
    page(currentPage())->refresh();
}

void MainWindow::showAbout() {
    QMessageBox::about(
        this, tr("About Meterdesk"),
        tr("<h3>Meterdesk %1</h3><p>The operator console for API usage metering and prepaid "
           "credits: tenants, plans, usage, escrows and invoices.</p>")
            .arg(QApplication::applicationVersion()));
}

} // namespace meterdesk::ui

#include "tenant_detail_panel.h"

#include "palette.h"
#include "store_error_text.h"
#include "table_views.h"

#include <models/alert_model.h>
#include <models/api_key_model.h>
#include <models/display_format.h>
#include <models/ledger_model.h>

#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QStackedLayout>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace meterdesk::ui {

namespace {

QString fromStd(const std::string& text) {
    return QString::fromStdString(text);
}

QLabel* valueLabel(QWidget* parent, const QString& objectName) {
    auto* label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setWordWrap(true);
    return label;
}

} // namespace

TenantDetailPanel::TenantDetailPanel(models::DatabaseSession& session, TenantCommands& commands,
                                     QWidget* parent)
    : QWidget(parent)
    , commands_(commands)
    , ledger_(new models::LedgerModel(session, this))
    , apiKeys_(new models::ApiKeyModel(session, this))
    , alerts_(new models::AlertModel(session, this))
    , pages_(new QStackedLayout(this))
    , empty_(new QLabel(tr("Select a tenant to see its profile, balance, usage, ledger, API "
                           "keys and alerts."),
                        this)) {
    empty_->setAlignment(Qt::AlignCenter);
    empty_->setWordWrap(true);
    empty_->setEnabled(false);
    pages_->addWidget(empty_);
    pages_->setCurrentWidget(empty_);
}

void TenantDetailPanel::ensureDetails() {
    if (details_ != nullptr)
        return;
    details_ = buildDetails();
    pages_->addWidget(details_);
}

QWidget* TenantDetailPanel::buildDetails() {
    auto* details = new QWidget(this);
    title_ = valueLabel(details, QStringLiteral("tenantTitle"));
    title_->setTextFormat(Qt::RichText);
    email_ = valueLabel(details, QStringLiteral("detailEmail"));
    plan_ = valueLabel(details, QStringLiteral("detailPlan"));
    region_ = valueLabel(details, QStringLiteral("detailRegion"));
    premium_ = valueLabel(details, QStringLiteral("detailPremium"));
    threshold_ = valueLabel(details, QStringLiteral("detailThreshold"));
    wallet_ = valueLabel(details, QStringLiteral("detailWallet"));
    created_ = valueLabel(details, QStringLiteral("detailCreated"));
    balance_ = valueLabel(details, QStringLiteral("detailBalance"));
    usage_ = valueLabel(details, QStringLiteral("detailUsage"));

    // Two label/value pairs per row keep the profile short, so the tables get the height.
    auto* profileBox = new QGroupBox(tr("Profile"), details);
    auto* profile = new QGridLayout(profileBox);
    const auto addPair = [profile, details](int row, int column, const QString& label,
                                            QLabel* value) {
        profile->addWidget(new QLabel(label, details), row, column * 2, Qt::AlignTop);
        profile->addWidget(value, row, column * 2 + 1, Qt::AlignTop);
    };
    addPair(0, 0, tr("Email:"), email_);
    addPair(0, 1, tr("Plan:"), plan_);
    addPair(1, 0, tr("Wallet:"), wallet_);
    addPair(1, 1, tr("Region:"), region_);
    addPair(2, 0, tr("Created:"), created_);
    addPair(2, 1, tr("Premium access:"), premium_);
    profile->setColumnStretch(1, 3);
    profile->setColumnStretch(3, 2);

    auto* creditBox = new QGroupBox(tr("Credits"), details);
    auto* credit = new QFormLayout(creditBox);
    credit->addRow(tr("Balance:"), balance_);
    credit->addRow(tr("Low-credit alert at:"), threshold_);
    credit->addRow(tr("This month:"), usage_);

    ledgerView_ = makeTableView(details, QStringLiteral("ledgerView"));
    ledgerView_->setModel(ledger_);
    // Reasons are the long column; references and authors get a fixed share.
    QHeaderView* ledgerHeader = ledgerView_->horizontalHeader();
    ledgerHeader->setStretchLastSection(false);
    ledgerHeader->setSectionResizeMode(models::LedgerModel::Reason, QHeaderView::Stretch);
    for (int column : {int(models::LedgerModel::Reference), int(models::LedgerModel::CreatedBy)}) {
        ledgerHeader->setSectionResizeMode(column, QHeaderView::Interactive);
        ledgerHeader->resizeSection(column, 14 * ledgerView_->fontMetrics().averageCharWidth());
    }
    keyView_ = makeTableView(details, QStringLiteral("apiKeyView"));
    keyView_->setModel(apiKeys_);
    keyView_->horizontalHeader()->setSectionResizeMode(models::ApiKeyModel::Label,
                                                       QHeaderView::Stretch);
    alertView_ = makeTableView(details, QStringLiteral("alertView"));
    alertView_->setModel(alerts_);
    alertView_->hideColumn(models::AlertModel::Tenant);
    alertView_->horizontalHeader()->setSectionResizeMode(models::AlertModel::Acknowledged,
                                                         QHeaderView::Stretch);
    connect(keyView_->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &TenantDetailPanel::apiKeySelectionChanged);
    connect(apiKeys_, &QAbstractItemModel::modelReset, this,
            &TenantDetailPanel::apiKeySelectionChanged);

    tabs_ = new QTabWidget(details);
    tabs_->setObjectName(QStringLiteral("detailTabs"));
    tabs_->addTab(ledgerView_, tr("Ledger"));
    tabs_->setTabToolTip(0, tr("The most recent credit ledger entries, newest first"));
    tabs_->addTab(keyView_, tr("API keys"));
    tabs_->setTabToolTip(1, tr("Keys the tenant's requests carry; secrets are never stored"));
    tabs_->addTab(alertView_, tr("Alerts"));
    tabs_->setTabToolTip(2, tr("Low-credit and exhausted alerts, newest first"));

    auto* layout = new QVBoxLayout(details);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(title_);
    layout->addWidget(profileBox);
    layout->addWidget(creditBox);
    layout->addWidget(tabs_, 1);
    return details;
}

void TenantDetailPanel::showTenant(const store::Tenant& tenant) {
    ensureDetails();
    const bool suspended = tenant.status == store::TenantStatus::Suspended;
    const QString status = suspended ? tr("suspended") : tr("active");
    const QColor statusColor = suspended ? palette::errorText() : palette::goodText();
    title_->setText(QStringLiteral("<span style='font-size:large; font-weight:600'>%1</span>"
                                   "&nbsp;&nbsp;%2 · <span style='color:%3'>%4</span>")
                        .arg(fromStd(tenant.name).toHtmlEscaped(),
                             fromStd(tenant.slug).toHtmlEscaped(), statusColor.name(), status));
    email_->setText(fromStd(tenant.email));
    plan_->setText(fromStd(tenant.planCode));
    region_->setText(tenant.region.empty() ? tr("none") : fromStd(tenant.region));
    premium_->setText(tenant.premiumAccess ? tr("yes") : tr("no"));
    threshold_->setText(models::formatCredits(tenant.lowCreditThreshold));
    wallet_->setText(tenant.walletAddress ? fromStd(*tenant.walletAddress) : tr("none"));
    created_->setText(models::formatLocalTime(tenant.createdAt));
    balance_->setText(QStringLiteral("<b>%1</b>").arg(models::formatCredits(tenant.balance)));
    pages_->setCurrentWidget(details_);

    if (shownId_ != tenant.id) {
        shownId_ = tenant.id;
        reloadActivity();
    }
}

void TenantDetailPanel::clear() {
    shownId_.reset();
    ledger_->setTenant(std::nullopt);
    apiKeys_->setTenant(std::nullopt);
    alerts_->setTenant(std::nullopt);
    pages_->setCurrentWidget(empty_);
}

void TenantDetailPanel::reloadActivity() {
    if (!shownId_)
        return;
    const std::int64_t id = *shownId_;
    ledger_->setTenant(id);
    apiKeys_->setTenant(id);
    alerts_->setTenant(id);
    usage_->setText(tr("loading…"));
    commands_.monthUsage(
        this, id,
        [this, id](store::MonthUsage usage) {
            if (shownId_ == id)
                showUsage(usage);
        },
        [this, id](const store::StoreError& error) {
            if (shownId_ == id)
                usage_->setText(tr("not available: %1").arg(QString::fromUtf8(error.what())));
        });
}

void TenantDetailPanel::showUsage(const store::MonthUsage& usage) {
    const QLocale locale;
    usage_->setText(tr("%1 calls (%2 denied), %3 units, %4 credits spent")
                        .arg(locale.toString(usage.allowedCalls + usage.deniedCalls),
                             locale.toString(usage.deniedCalls), locale.toString(usage.units),
                             models::formatCredits(usage.credits)));
}

std::optional<store::ApiKey> TenantDetailPanel::selectedApiKey() const {
    if (keyView_ == nullptr)
        return std::nullopt;
    const QModelIndexList rows = keyView_->selectionModel()->selectedRows();
    if (rows.isEmpty() || rows.front().row() >= apiKeys_->rowCount())
        return std::nullopt;
    return apiKeys_->keyAt(rows.front().row());
}

QString TenantDetailPanel::usageText() const {
    return usage_ != nullptr ? usage_->text() : QString();
}

QString TenantDetailPanel::balanceText() const {
    return balance_ != nullptr ? balance_->text() : QString();
}

} // namespace meterdesk::ui

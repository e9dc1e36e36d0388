#include "screenshot_tour.h"

#include "audit_log_page.h"
#include "connection_dialog.h"
#include "credit_dialog.h"
#include "escrows_page.h"
#include "invoices_page.h"
#include "live_usage_page.h"
#include "main_window.h"
#include "password_vault.h"
#include "plans_page.h"
#include "profile_store.h"
#include "tariff_editor_dialog.h"
#include "tenant_detail_panel.h"
#include "tenant_dialog.h"
#include "tenants_page.h"

#include <models/endpoint_rule_table_model.h>
#include <models/invoice_list_model.h>
#include <models/plan_list_model.h>
#include <models/session_table_model.h>
#include <models/usage_dashboard.h>
#include <models/usage_range.h>

#include <QAction>
#include <QComboBox>
#include <QLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSettings>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>

#include <algorithm>
#include <memory>

namespace meterdesk::ui {

namespace {

constexpr int kPollMs = 50;
constexpr int kQuietMs = 300;
constexpr int kPatienceMs = 30'000;

QTextStream& log() {
    static QTextStream stream(stderr);
    return stream;
}

int planWithMostVersions(const models::PlanListModel& plans) {
    int best = 0;
    for (int row = 1; row < plans.rowCount(); ++row) {
        if (plans.planAt(row).versionCount > plans.planAt(best).versionCount)
            best = row;
    }
    return best;
}

} // namespace

ScreenshotTour::ScreenshotTour(MainWindow& window, const QString& directory, QObject* parent)
    : QObject(parent)
    , window_(window)
    , directory_(directory)
    , poll_(new QTimer(this)) {
    poll_->setInterval(kPollMs);
    connect(poll_, &QTimer::timeout, this, [this] {
        waitedMs_ += kPollMs;
        quietMs_ = isBusy() ? 0 : quietMs_ + kPollMs;
        const bool settled = quietMs_ >= kQuietMs;
        if (!settled && waitedMs_ < kPatienceMs)
            return;
        if (!settled)
            log() << "screenshot: still loading after " << kPatienceMs / 1000
                  << " s, capturing anyway\n";
        poll_->stop();
        Step step = std::move(waiting_);
        step();
    });
}

bool ScreenshotTour::isBusy() const {
    if (window_.session().state() != models::DatabaseSession::State::Connected)
        return true;
    if (window_.escrowsPage() && window_.escrowsPage()->isLoading())
        return true;
    if (window_.liveUsagePage() && window_.liveUsagePage()->dashboard().isLoading())
        return true;
    const auto models = window_.findChildren<models::SessionTableModel*>();
    return std::any_of(models.begin(), models.end(),
                       [](const models::SessionTableModel* model) { return model->isLoading(); });
}

void ScreenshotTour::start() {
    if (!directory_.mkpath(QStringLiteral("."))) {
        fail(tr("cannot create %1").arg(directory_.path()));
        return;
    }
    planSteps();
    next();
}

void ScreenshotTour::planSteps() {
    TenantsPage* tenants = window_.tenantsPage();
    PlansPage* plans = window_.plansPage();

    steps_.push_back([this, tenants] {
        window_.showPage(Page::Tenants);
        whenSettled([this, tenants] {
            tenants->table()->selectRow(0);
            whenSettled([this] {
                capture(&window_, QStringLiteral("01-tenants"));
                next();
            });
        });
    });
    steps_.push_back([this, tenants] {
        tenants->editAction()->trigger();
        if (TenantDialog* dialog = tenants->openTenantDialog()) {
            capture(dialog, QStringLiteral("02-tenant-edit"));
            dialog->reject();
        }
        tenants->topUpAction()->trigger();
        if (CreditDialog* dialog = tenants->openCreditDialog()) {
            dialog->findChild<QLineEdit*>(QStringLiteral("amount"))->setText(QStringLiteral("25"));
            dialog->findChild<QPlainTextEdit*>(QStringLiteral("reason"))
                ->setPlainText(tr("Order 2026-1142"));
            capture(dialog, QStringLiteral("03-top-up"));
            dialog->reject();
        }
        next();
    });
    steps_.push_back([this, plans] {
        window_.showPage(Page::Plans);
        whenSettled([this, plans] {
            plans->planTable()->selectRow(planWithMostVersions(plans->plans()));
            whenSettled([this] {
                capture(&window_, QStringLiteral("04-plans"));
                next();
            });
        });
    });
    steps_.push_back([this, plans] {
        plans->newVersionAction()->trigger();
        TariffEditorDialog* editor = plans->openEditor();
        if (!editor) {
            next();
            return;
        }
        capture(editor, QStringLiteral("05-tariff-editor"));
        auto& rules = editor->draft().rules();
        if (rules.rowCount() > 1) {
            rules.setData(rules.index(0, models::EndpointRuleTableModel::PerCall),
                          QStringLiteral("0.75"));
            rules.setData(rules.index(1, models::EndpointRuleTableModel::Method),
                          QStringLiteral("FETCH"));
        }
        capture(editor, QStringLiteral("06-tariff-problems"));
        if (rules.rowCount() > 1)
            rules.setData(rules.index(1, models::EndpointRuleTableModel::Method),
                          QStringLiteral("*"));
        editor->showReview();
        capture(editor, QStringLiteral("07-tariff-review"));
        editor->reject();
        next();
    });
    // The last 24 hours: the sandbox's history has no traffic of the last five minutes.
    steps_.push_back([this] {
        window_.showPage(Page::LiveUsage);
        const auto day = std::find(models::kAllUsageRanges.begin(), models::kAllUsageRanges.end(),
                                   models::UsageRange::Day);
        window_.liveUsagePage()->rangePicker()->setCurrentIndex(
            static_cast<int>(day - models::kAllUsageRanges.begin()));
        whenSettled([this] {
            capture(&window_, QStringLiteral("08-") + pageName(Page::LiveUsage));
            next();
        });
    });
    // With a node configured: the escrows, the first one (a refund request) selected with its
    // history and its job's usage.
    steps_.push_back([this] {
        window_.showPage(Page::Escrows);
        whenSettled([this] {
            EscrowsPage* escrows = window_.escrowsPage();
            if (escrows->table()->model()->rowCount() > 0)
                escrows->table()->selectRow(0);
            whenSettled([this] {
                capture(&window_, QStringLiteral("09-") + pageName(Page::Escrows));
                next();
            });
        });
    });
    steps_.push_back([this] {
        window_.showPage(Page::Invoices);
        whenSettled([this] { showIssuedInvoice(); });
    });
    steps_.push_back([this] {
        window_.showPage(Page::AuditLog);
        whenSettled([this] {
            window_.auditLogPage()->table()->selectRow(0);
            whenSettled([this] {
                capture(&window_, QStringLiteral("11-audit-log"));
                next();
            });
        });
    });
    steps_.push_back([this] {
        QTemporaryDir scratch;
        QSettings settings(scratch.filePath(QStringLiteral("profiles.ini")), QSettings::IniFormat);
        ProfileStore profiles(settings);
        ConnectionProfile example;
        example.name = tr("Production");
        example.host = QStringLiteral("db.example.com");
        example.user = QStringLiteral("alice");
        example.sslMode = QStringLiteral("verify-full");
        profiles.save(example);
        profiles.setLastUsed(example.name);
        PasswordVault vault;
        ConnectionDialog dialog(profiles, vault, &window_);
        dialog.show();
        capture(&dialog, QStringLiteral("12-connection-dialog"));
        next();
    });
}

// The Invoices page with its preview: the first issued invoice of the period, else the first
// row (a tenant's computed draft), once the preview has arrived.
void ScreenshotTour::showIssuedInvoice() {
    InvoicesPage* invoices = window_.invoicesPage();
    const auto& model = invoices->model();
    int row = model.rowCount() > 0 ? 0 : -1;
    for (int r = 0; r < model.rowCount(); ++r) {
        if (model.rowAt(r).status == store::InvoiceStatus::Issued) {
            row = r;
            break;
        }
    }
    const auto shoot = [this] {
        whenSettled([this] {
            capture(&window_, QStringLiteral("10-invoices"));
            next();
        });
    };
    if (row < 0) {
        shoot();
        return;
    }
    auto connection = std::make_shared<QMetaObject::Connection>();
    *connection = connect(invoices, &InvoicesPage::previewUpdated, this, [connection, shoot] {
        disconnect(*connection);
        shoot();
    });
    invoices->table()->selectRow(row);
}

void ScreenshotTour::next() {
    if (nextStep_ == steps_.size()) {
        emit finished(0);
        return;
    }
    Step step = steps_[nextStep_++];
    // Each step starts from the event loop, so the previous step's widgets have closed.
    QTimer::singleShot(0, this, std::move(step));
}

void ScreenshotTour::whenSettled(Step step) {
    waiting_ = std::move(step);
    waitedMs_ = 0;
    quietMs_ = 0;
    poll_->start();
}

void ScreenshotTour::capture(QWidget* widget, const QString& name) {
    const QString path = directory_.filePath(name + QStringLiteral(".png"));
    // A dialog filled in the same turn of the event loop has not laid out its grown texts yet.
    if (widget->layout() != nullptr)
        widget->layout()->activate();
    if (!widget->grab().save(path)) {
        fail(tr("cannot write %1").arg(path));
        return;
    }
    written_.append(path);
    log() << "screenshot: " << path << '\n';
}

void ScreenshotTour::fail(const QString& reason) {
    log() << "screenshot: " << reason << '\n';
    poll_->stop();
    steps_.clear();
    emit finished(1);
}

} // namespace meterdesk::ui

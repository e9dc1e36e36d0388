#include "live_usage_page.h"

#include "alerts_panel.h"
#include "icons.h"

#include <models/live_alerts.h>
#include <models/live_usage_feed.h>
#include <models/usage_dashboard.h>
#include <store/tenants.h>
#include <store/usage.h>

#include <QAction>
#include <QAreaSeries>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QCursor>
#include <QDateTimeAxis>
#include <QFileDialog>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHorizontalStackedBarSeries>
#include <QLabel>
#include <QLineEdit>
#include <QLineSeries>
#include <QLocale>
#include <QSaveFile>
#include <QSplitter>
#include <QToolButton>
#include <QToolTip>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>
#include <cmath>
#include <functional>
#include <memory>

namespace meterdesk::ui {

namespace {

using models::UsageChartModel;
using namespace std::chrono_literals;

constexpr auto kEndpointHistory = std::chrono::days{90};

struct StackedColumn {
    UsageChartModel::Column column;
    QString name;
    QColor color;
};

// Allowed at the bottom, then the denials from the most to the least telling.
std::vector<StackedColumn> callColumns() {
    return {
        {UsageChartModel::Allowed, LiveUsagePage::tr("Allowed"), QColor(0x2e, 0x7d, 0x32)},
        {UsageChartModel::RateLimited, LiveUsagePage::tr("Rate limited"), QColor(0xef, 0x6c, 0x00)},
        {UsageChartModel::NoCredits, LiveUsagePage::tr("No credits"), QColor(0xc6, 0x28, 0x28)},
        {UsageChartModel::NotInPlan, LiveUsagePage::tr("Not in plan"), QColor(0x6a, 0x1b, 0x9a)},
        {UsageChartModel::PremiumRequired, LiveUsagePage::tr("Premium required"),
         QColor(0x15, 0x65, 0xc0)},
        {UsageChartModel::Suspended, LiveUsagePage::tr("Suspended"), QColor(0x61, 0x61, 0x61)},
    };
}

QString timeFormat(std::chrono::seconds step) {
    if (step < 1min)
        return QStringLiteral("HH:mm:ss");
    if (step < 1h)
        return QStringLiteral("HH:mm");
    return QStringLiteral("d MMM");
}

// An axis from 0 to just above `highest` (at least `least`), with ticks on round values:
// 1, 2 or 5 times a power of ten apart, about five of them.
void showUpTo(QValueAxis& axis, double highest, double least) {
    const double top = std::max(highest, least);
    const double rough = top / 5;
    const double power = std::pow(10.0, std::floor(std::log10(rough)));
    const double step = rough <= power       ? power
                        : rough <= 2 * power ? 2 * power
                        : rough <= 5 * power ? 5 * power
                                             : 10 * power;
    axis.setTickType(QValueAxis::TicksDynamic);
    axis.setTickAnchor(0);
    axis.setTickInterval(step);
    axis.setRange(0, std::ceil(top / step) * step);
}

qint64 epochMs(std::chrono::sys_seconds instant) {
    return static_cast<qint64>(instant.time_since_epoch().count()) * 1000;
}

QChartView* makeChartView(QChart* chart, const QString& objectName, QWidget* parent) {
    auto* view = new QChartView(chart, parent);
    view->setObjectName(objectName);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumSize(320, 200);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->legend()->setAlignment(Qt::AlignBottom);
    return view;
}

// Calls the model's changes, however many arrive in one event-loop turn, into one rebuild.
void rebuildOnChange(QAbstractItemModel& model, QObject* context, std::function<void()> rebuild) {
    auto pending = std::make_shared<bool>(false);
    auto schedule = [context, pending, rebuild = std::move(rebuild)] {
        if (*pending)
            return;
        *pending = true;
        QMetaObject::invokeMethod(
            context,
            [pending, rebuild] {
                *pending = false;
                rebuild();
            },
            Qt::QueuedConnection);
    };
    QObject::connect(&model, &QAbstractItemModel::modelReset, context, schedule);
    QObject::connect(&model, &QAbstractItemModel::dataChanged, context, schedule);
    QObject::connect(&model, &QAbstractItemModel::rowsInserted, context, schedule);
    QObject::connect(&model, &QAbstractItemModel::rowsRemoved, context, schedule);
}

} // namespace

// Columns of the series model per second over time, stacked as areas.
class StackedAreaChart {
public:
    // The value axis shows at least 0 to `leastTop`, so that an empty chart has sane ticks.
    StackedAreaChart(UsageChartModel& model, std::vector<StackedColumn> columns,
                     const QString& title, const QString& unit, double leastTop,
                     const QString& objectName, QWidget* parent)
        : model_(model)
        , columns_(std::move(columns))
        , unit_(unit)
        , leastTop_(leastTop)
        , chart_(new QChart)
        , timeAxis_(new QDateTimeAxis(chart_))
        , valueAxis_(new QValueAxis(chart_)) {
        chart_->setTitle(title);
        chart_->addAxis(timeAxis_, Qt::AlignBottom);
        chart_->addAxis(valueAxis_, Qt::AlignLeft);
        valueAxis_->setTitleText(unit);
        valueAxis_->setLabelFormat(QStringLiteral("%g"));
        valueAxis_->setTruncateLabels(false);
        timeAxis_->setTickCount(7);
        QLineSeries* lower = nullptr;
        for (const StackedColumn& column : columns_) {
            auto* upper = new QLineSeries(chart_);
            auto* area = new QAreaSeries(upper, lower);
            area->setName(column.name);
            area->setColor(column.color);
            area->setBorderColor(column.color.darker(115));
            chart_->addSeries(area);
            area->attachAxis(timeAxis_);
            area->attachAxis(valueAxis_);
            QObject::connect(
                area, &QAreaSeries::hovered, chart_,
                [this](const QPointF& point, bool state) { showTooltip(point, state); });
            uppers_.push_back(upper);
            lower = upper;
        }
        chart_->legend()->setVisible(columns_.size() > 1);
        view_ = makeChartView(chart_, objectName, parent);
        rebuildOnChange(model, view_, [this] { rebuild(); });
    }

    QChartView* view() const { return view_; }

    void rebuild() {
        const int rows = model_.rowCount();
        std::vector<double> stacked(static_cast<std::size_t>(rows), 0.0);
        for (std::size_t i = 0; i < columns_.size(); ++i) {
            QList<QPointF> points;
            points.reserve(rows);
            for (int row = 0; row < rows; ++row) {
                auto& height = stacked[static_cast<std::size_t>(row)];
                height +=
                    model_
                        .data(model_.index(row, columns_[i].column), UsageChartModel::PerSecondRole)
                        .toDouble();
                points.append(QPointF(static_cast<double>(epochMs(model_.startAt(row))), height));
            }
            uppers_[i]->replace(points);
        }
        // Smoothing edges costs the paint far more than it shows once the points are closer
        // than four pixels (a month by the hour, a day by the minute, five minutes by the
        // second). Its cost grows with the length of the areas' edges: with five minutes of
        // sparse calls, spikes from zero to the top of the axis and back, smoothing held the GUI
        // thread 100 to 380 ms at each repaint, every second; without, 20 to 30 ms.
        view_->setRenderHint(QPainter::Antialiasing, 4 * rows <= chart_->plotArea().width());
        const auto& window = model_.window();
        timeAxis_->setFormat(timeFormat(window.step));
        timeAxis_->setRange(QDateTime::fromMSecsSinceEpoch(epochMs(window.from)),
                            QDateTime::fromMSecsSinceEpoch(epochMs(window.until - window.step)));
        const double highest =
            stacked.empty() ? 0 : *std::max_element(stacked.begin(), stacked.end());
        showUpTo(*valueAxis_, highest, leastTop_);
    }

private:
    void showTooltip(const QPointF& point, bool hovering) {
        const int row = model_.rowAt(
            std::chrono::sys_seconds{std::chrono::seconds{static_cast<qint64>(point.x()) / 1000}});
        if (!hovering || row < 0) {
            QToolTip::hideText();
            return;
        }
        QStringList lines{
            QStringLiteral("<b>%1</b>")
                .arg(model_.data(model_.index(row, UsageChartModel::Start)).toString())};
        for (const StackedColumn& column : columns_) {
            const QModelIndex cell = model_.index(row, column.column);
            lines << LiveUsagePage::tr("%1: %2 (%3 %4)")
                         .arg(column.name, model_.data(cell).toString(),
                              QLocale().toString(
                                  model_.data(cell, UsageChartModel::PerSecondRole).toDouble(), 'g',
                                  4),
                              unit_);
        }
        QToolTip::showText(QCursor::pos(), lines.join(QStringLiteral("<br>")), view_);
    }

    const UsageChartModel& model_;
    std::vector<StackedColumn> columns_;
    QString unit_;
    double leastTop_;
    QChart* chart_;
    QDateTimeAxis* timeAxis_;
    QValueAxis* valueAxis_;
    std::vector<QLineSeries*> uppers_;
    QChartView* view_ = nullptr;
};

// The busiest tenants or endpoints as horizontal bars of allowed and denied calls, the
// busiest on top. Clicking a bar reports its row.
class RankingChart {
public:
    RankingChart(models::UsageRankingModel& model, const QString& title, const QString& objectName,
                 QWidget* parent)
        : model_(model)
        , chart_(new QChart)
        , series_(new QHorizontalStackedBarSeries(chart_))
        , allowed_(new QBarSet(LiveUsagePage::tr("Allowed")))
        , denied_(new QBarSet(LiveUsagePage::tr("Denied")))
        , names_(new QBarCategoryAxis(chart_))
        , calls_(new QValueAxis(chart_)) {
        chart_->setTitle(title);
        allowed_->setColor(QColor(0x2e, 0x7d, 0x32));
        denied_->setColor(QColor(0xc6, 0x28, 0x28));
        series_->append(allowed_);
        series_->append(denied_);
        chart_->addSeries(series_);
        chart_->addAxis(names_, Qt::AlignLeft);
        chart_->addAxis(calls_, Qt::AlignBottom);
        series_->attachAxis(names_);
        series_->attachAxis(calls_);
        calls_->setLabelFormat(QStringLiteral("%.0f"));
        names_->setTruncateLabels(false);
        calls_->setTitleText(LiveUsagePage::tr("calls"));
        QObject::connect(series_, &QAbstractBarSeries::hovered, chart_,
                         [this](bool state, int index, QBarSet*) { showTooltip(state, index); });
        view_ = makeChartView(chart_, objectName, parent);
        rebuildOnChange(model, view_, [this] { rebuild(); });
    }

    QChartView* view() const { return view_; }
    QHorizontalStackedBarSeries* series() const { return series_; }
    // The model row of a bar: bars run from the bottom, rows from the busiest.
    int rowOf(int barIndex) const { return model_.rowCount() - 1 - barIndex; }

    void rebuild() {
        allowed_->remove(0, allowed_->count());
        denied_->remove(0, denied_->count());
        QStringList names;
        double highest = 0;
        for (int row = model_.rowCount() - 1; row >= 0; --row) {
            const store::UsageCounts& counts = model_.countsAt(row);
            allowed_->append(static_cast<double>(counts.allowed));
            denied_->append(static_cast<double>(counts.denied()));
            names << model_.nameAt(row);
            highest = std::max(highest, static_cast<double>(counts.calls()));
        }
        names_->setCategories(names);
        // Calls are whole: at least 0 to 5, so that the ticks fall on whole numbers.
        showUpTo(*calls_, highest, 5);
    }

private:
    void showTooltip(bool hovering, int index) {
        const int row = rowOf(index);
        if (!hovering || row < 0 || row >= model_.rowCount()) {
            QToolTip::hideText();
            return;
        }
        const store::UsageCounts& counts = model_.countsAt(row);
        const QLocale locale;
        QToolTip::showText(
            QCursor::pos(),
            LiveUsagePage::tr("<b>%1</b><br>%2 calls, %3 denied<br>%4 credits")
                .arg(model_.nameAt(row).toHtmlEscaped(), locale.toString(counts.calls()),
                     locale.toString(counts.denied()),
                     model_.data(model_.index(row, models::UsageRankingModel::Credits)).toString()),
            view_);
    }

    const models::UsageRankingModel& model_;
    QChart* chart_;
    QHorizontalStackedBarSeries* series_;
    QBarSet* allowed_;
    QBarSet* denied_;
    QBarCategoryAxis* names_;
    QValueAxis* calls_;
    QChartView* view_ = nullptr;
};

LiveUsagePage::LiveUsagePage(models::DatabaseSession& session, PermissionGuard& permissions,
                             QWidget* parent)
    : ConsolePage(parent)
    , session_(session)
    , dashboard_(new models::UsageDashboard(session, this))
    , feed_(new models::LiveUsageFeed(this))
    , alerts_(new models::LiveAlerts(session, this)) {
    alertsPanel_ = new AlertsPanel(*alerts_, permissions, this);
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("liveUsageSplitter"));
    splitter->addWidget(buildCharts());
    splitter->addWidget(alertsPanel_);
    splitter->setStretchFactor(0, 4);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(buildToolbar());
    layout->addWidget(splitter, 1);
    connectLiveUpdates();
    updateStatus();
}

LiveUsagePage::~LiveUsagePage() = default;

QChartView* LiveUsagePage::callsChart() const {
    return callsChart_->view();
}

QChartView* LiveUsagePage::creditsChart() const {
    return creditsChart_->view();
}

QWidget* LiveUsagePage::buildToolbar() {
    auto* bar = new QWidget(this);
    rangePicker_ = new QComboBox(bar);
    rangePicker_->setObjectName(QStringLiteral("rangePicker"));
    rangePicker_->setToolTip(tr("The period the charts show"));
    for (models::UsageRange range : models::kAllUsageRanges)
        rangePicker_->addItem(models::usageRangeTitle(range), models::usageRangeName(range));
    connect(rangePicker_, &QComboBox::currentIndexChanged, this, [this](int index) {
        dashboard_->setRange(models::kAllUsageRanges.at(static_cast<std::size_t>(index)));
    });

    tenantEdit_ = new QLineEdit(bar);
    tenantEdit_->setObjectName(QStringLiteral("tenantFilter"));
    tenantEdit_->setPlaceholderText(tr("All tenants (type a slug, Enter)"));
    tenantEdit_->setClearButtonEnabled(true);
    tenantEdit_->setToolTip(
        tr("Show one tenant's usage: type its slug and press Enter, or click its bar"));
    connect(tenantEdit_, &QLineEdit::returnPressed, this, &LiveUsagePage::chooseTenant);
    connect(tenantEdit_, &QLineEdit::textChanged, this, [this](const QString& text) {
        if (text.isEmpty() && dashboard_->filter().tenantId)
            chooseTenant();
    });

    endpointPicker_ = new QComboBox(bar);
    endpointPicker_->setObjectName(QStringLiteral("endpointFilter"));
    endpointPicker_->setToolTip(tr("Show one endpoint of the tenant"));
    endpointPicker_->addItem(tr("All endpoints"));
    endpointPicker_->setEnabled(false);
    endpointPicker_->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    connect(endpointPicker_, &QComboBox::activated, this, &LiveUsagePage::chooseEndpoint);

    pauseAction_ = new QAction(tr("&Pause"), this);
    pauseAction_->setObjectName(QStringLiteral("pauseAction"));
    pauseAction_->setCheckable(true);
    pauseAction_->setShortcut(QKeySequence(Qt::Key_Space));
    pauseAction_->setToolTip(tr("Freeze the charts; live updates wait until you resume"));
    connect(pauseAction_, &QAction::toggled, dashboard_, &models::UsageDashboard::setPaused);
    exportCsvAction_ = new QAction(icons::icon(QStringLiteral("copy")), tr("Export &CSV…"), this);
    exportCsvAction_->setObjectName(QStringLiteral("exportCsvAction"));
    exportCsvAction_->setToolTip(tr("Save the series shown, bucket by bucket, as CSV"));
    connect(exportCsvAction_, &QAction::triggered, this, &LiveUsagePage::askExportCsv);
    exportPngAction_ = new QAction(tr("Export &PNG…"), this);
    exportPngAction_->setObjectName(QStringLiteral("exportPngAction"));
    exportPngAction_->setToolTip(tr("Save the charts as a PNG picture"));
    connect(exportPngAction_, &QAction::triggered, this, &LiveUsagePage::askExportPng);

    status_ = new QLabel(bar);
    status_->setObjectName(QStringLiteral("liveStatus"));
    // Room for the longest state, so that the toolbar never cuts one off when it changes.
    int widest = 0;
    for (const QString& text : statusTexts())
        widest = std::max(widest, status_->fontMetrics().horizontalAdvance(text));
    status_->setMinimumWidth(widest);

    auto* layout = new QHBoxLayout(bar);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(new QLabel(tr("Range:"), bar));
    layout->addWidget(rangePicker_);
    layout->addSpacing(12);
    layout->addWidget(new QLabel(tr("Tenant:"), bar));
    layout->addWidget(tenantEdit_, 1);
    layout->addWidget(endpointPicker_);
    for (QAction* action : {pauseAction_, exportCsvAction_, exportPngAction_}) {
        auto* button = new QToolButton(bar);
        button->setDefaultAction(action);
        button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        layout->addWidget(button);
    }
    layout->addSpacing(12);
    layout->addWidget(status_);
    return bar;
}

QWidget* LiveUsagePage::buildCharts() {
    charts_ = new QWidget(this);
    charts_->setObjectName(QStringLiteral("liveUsageCharts"));
    callsChart_ = std::make_unique<StackedAreaChart>(dashboard_->series(), callColumns(),
                                                     tr("Calls per second"), tr("calls/s"), 1.0,
                                                     QStringLiteral("callsChart"), charts_);
    creditsChart_ = std::make_unique<StackedAreaChart>(
        dashboard_->series(),
        std::vector<StackedColumn>{
            {UsageChartModel::Credits, tr("Credits"), QColor(0x00, 0x83, 0x8f)}},
        tr("Credits per second"), tr("credits/s"), 0.001, QStringLiteral("creditsChart"), charts_);
    tenantsChart_ = std::make_unique<RankingChart>(dashboard_->topTenants(), tr("Top tenants"),
                                                   QStringLiteral("topTenantsChart"), charts_);
    endpointsChart_ =
        std::make_unique<RankingChart>(dashboard_->topEndpoints(), tr("Top endpoints"),
                                       QStringLiteral("topEndpointsChart"), charts_);
    connect(tenantsChart_->series(), &QAbstractBarSeries::clicked, this,
            [this](int index, QBarSet*) {
                const int row = tenantsChart_->rowOf(index);
                const auto& ranking = dashboard_->topTenants();
                if (row < 0 || row >= ranking.rowCount() || !ranking.tenantIdAt(row))
                    return;
                tenantEdit_->setText(ranking.nameAt(row));
                showTenant(ranking.tenantIdAt(row), ranking.nameAt(row));
            });

    auto* grid = new QGridLayout(charts_);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->addWidget(callsChart_->view(), 0, 0);
    grid->addWidget(creditsChart_->view(), 1, 0);
    grid->addWidget(tenantsChart_->view(), 0, 1);
    grid->addWidget(endpointsChart_->view(), 1, 1);
    grid->setColumnStretch(0, 3);
    grid->setColumnStretch(1, 2);
    // Equal rows: the lower ranking needs the height to name each of its ten bars.
    grid->setRowStretch(0, 1);
    grid->setRowStretch(1, 1);
    return charts_;
}

void LiveUsagePage::connectLiveUpdates() {
    connect(feed_, &models::LiveUsageFeed::usageCommitted, dashboard_,
            &models::UsageDashboard::usageCommitted);
    connect(feed_, &models::LiveUsageFeed::alertsRaised, alerts_,
            &models::LiveAlerts::alertsRaised);
    connect(feed_, &models::LiveUsageFeed::listening, this, [this] {
        feedProblem_.clear();
        updateStatus();
    });
    connect(feed_, &models::LiveUsageFeed::connectionLost, this, [this](const QString& reason) {
        feedProblem_ = reason.trimmed();
        updateStatus();
    });
    connect(dashboard_, &models::UsageDashboard::loadingChanged, this,
            &LiveUsagePage::updateStatus);
    connect(dashboard_, &models::UsageDashboard::pausedChanged, this, [this](bool paused) {
        pauseAction_->setChecked(paused);
        pauseAction_->setText(paused ? tr("&Resume") : tr("&Pause"));
        updateStatus();
    });
    connect(dashboard_, &models::UsageDashboard::loadFailed, this, [this](const QString& reason) {
        emit statusMessage(tr("Could not read usage: %1").arg(reason));
    });
    connect(alertsPanel_, &AlertsPanel::statusMessage, this, &LiveUsagePage::statusMessage);
    connect(&session_, &models::DatabaseSession::stateChanged, this,
            [this](models::DatabaseSession::State state) {
                if (state != models::DatabaseSession::State::Connected)
                    return;
                followSession();
                if (isVisible())
                    refresh();
            });
}

void LiveUsagePage::followSession() {
    const auto& target = session_.settings();
    if (target && (!listenSettings_ || listenSettings_->uri != target->uri ||
                   listenSettings_->password != target->password)) {
        listen(*target);
        return;
    }
    if (listenSettings_ && !feed_->isListening())
        feed_->start(*listenSettings_);
}

void LiveUsagePage::listen(const store::ConnectionSettings& settings) {
    listenSettings_ = settings;
    listenSettings_->applicationName = "meterdesk live feed";
    feed_->start(*listenSettings_);
}

void LiveUsagePage::refresh() {
    loadedOnce_ = true;
    dashboard_->reload();
    alerts_->reload();
}

void LiveUsagePage::showEvent(QShowEvent* event) {
    ConsolePage::showEvent(event);
    if (!loadedOnce_)
        refresh();
}

void LiveUsagePage::chooseTenant() {
    const QString slug = tenantEdit_->text().trimmed();
    if (slug.isEmpty()) {
        showTenant(std::nullopt, {});
        return;
    }
    session_.run(
        this,
        [slug = slug.toStdString()](pqxx::connection& connection) {
            return store::TenantRepository(connection).findBySlug(slug);
        },
        [this, slug](const std::optional<store::Tenant>& tenant) {
            if (!tenant) {
                emit statusMessage(tr("There is no tenant '%1'.").arg(slug));
                return;
            }
            showTenant(tenant->id, slug);
        },
        [this](const store::StoreError& error) {
            emit statusMessage(tr("Could not find the tenant: %1").arg(error.what()));
        },
        models::Retry::OnReconnect);
}

void LiveUsagePage::showTenant(std::optional<std::int64_t> tenantId, const QString& slug) {
    endpointPicker_->clear();
    endpointPicker_->addItem(tr("All endpoints"));
    endpointPicker_->setEnabled(tenantId.has_value());
    dashboard_->setFilter({tenantId, std::nullopt});
    if (tenantId) {
        fillEndpoints(*tenantId);
        emit statusMessage(tr("Showing the usage of %1.").arg(slug));
    }
}

void LiveUsagePage::fillEndpoints(std::int64_t tenantId) {
    const auto since = std::chrono::floor<std::chrono::seconds>(std::chrono::system_clock::now()) -
                       kEndpointHistory;
    session_.run(
        this,
        [tenantId, since](pqxx::connection& connection) {
            return store::UsageRepository(connection).endpointsOf(tenantId, since);
        },
        [this, tenantId](const std::vector<store::EndpointKey>& endpoints) {
            if (dashboard_->filter().tenantId != tenantId)
                return;
            for (const auto& endpoint : endpoints) {
                endpointPicker_->addItem(
                    QString::fromStdString(endpoint.service + ' ' + endpoint.endpoint),
                    QStringList{QString::fromStdString(endpoint.service),
                                QString::fromStdString(endpoint.endpoint)});
            }
        },
        [this](const store::StoreError& error) {
            emit statusMessage(tr("Could not list the tenant's endpoints: %1").arg(error.what()));
        },
        models::Retry::OnReconnect);
}

void LiveUsagePage::chooseEndpoint() {
    store::UsageFilter filter = dashboard_->filter();
    const QStringList endpoint = endpointPicker_->currentData().toStringList();
    filter.endpoint = endpoint.size() == 2
                          ? std::optional<store::EndpointKey>(
                                {endpoint[0].toStdString(), endpoint[1].toStdString()})
                          : std::nullopt;
    dashboard_->setFilter(filter);
}

QString LiveUsagePage::exportCsv(const QString& path) const {
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Text))
        return file.errorString();
    file.write(dashboard_->series().toCsv().toUtf8());
    if (!file.commit())
        return file.errorString();
    return {};
}

QString LiveUsagePage::exportPng(const QString& path) const {
    if (!charts_->grab().save(path, "PNG"))
        return tr("the picture could not be written to %1").arg(path);
    return {};
}

void LiveUsagePage::askExportCsv() {
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export the usage series"),
        QStringLiteral("usage-%1.csv").arg(models::usageRangeName(dashboard_->range())),
        tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    const QString problem = exportCsv(path);
    emit statusMessage(problem.isEmpty() ? tr("Saved the series to %1.").arg(path)
                                         : tr("Could not save %1: %2").arg(path, problem));
}

void LiveUsagePage::askExportPng() {
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export the charts"),
        QStringLiteral("usage-%1.png").arg(models::usageRangeName(dashboard_->range())),
        tr("PNG pictures (*.png)"));
    if (path.isEmpty())
        return;
    const QString problem = exportPng(path);
    emit statusMessage(problem.isEmpty() ? tr("Saved the charts to %1.").arg(path)
                                         : tr("Could not save %1: %2").arg(path, problem));
}

QString LiveUsagePage::statusText() const {
    return status_->text();
}

QStringList LiveUsagePage::statusTexts() {
    return {tr("Loading…"), tr("Paused"), tr("Live feed lost; reconnecting"), tr("Live"),
            tr("Not live")};
}

void LiveUsagePage::updateStatus() {
    enum Text { Loading, Paused, FeedLost, Live, NotLive };
    const QStringList texts = statusTexts();
    Text text = NotLive;
    QString tooltip = tr("Not listening for the database's notifications");
    if (dashboard_->isLoading()) {
        text = Loading;
        tooltip.clear();
    } else if (dashboard_->isPaused()) {
        text = Paused;
        tooltip = tr("Live updates wait until you resume");
    } else if (!feedProblem_.isEmpty()) {
        text = FeedLost;
        tooltip = feedProblem_;
    } else if (feed_->isListening()) {
        text = Live;
        tooltip = tr("Updated from the database's notifications as calls are metered");
    }
    status_->setText(texts.at(text));
    status_->setToolTip(tooltip);
}

} // namespace meterdesk::ui

#include "audit_log_page.h"

#include "icons.h"
#include "palette.h"
#include "table_views.h"

#include <models/audit_log_model.h>
#include <store/tenants.h>

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QSet>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

#include <chrono>

namespace meterdesk::ui {

namespace {

std::chrono::sys_seconds toSysSeconds(const QDateTime& local) {
    return std::chrono::sys_seconds(std::chrono::seconds(local.toSecsSinceEpoch()));
}

QPlainTextEdit* jsonPane(QWidget* parent, const QString& objectName, const QString& tooltip) {
    auto* pane = new QPlainTextEdit(parent);
    pane->setObjectName(objectName);
    pane->setReadOnly(true);
    pane->setLineWrapMode(QPlainTextEdit::NoWrap);
    pane->setFont(QFont(QStringLiteral("monospace")));
    pane->setToolTip(tooltip);
    return pane;
}

} // namespace

QStringList changedFields(const QString& beforeJson, const QString& afterJson) {
    const QJsonObject before = QJsonDocument::fromJson(beforeJson.toUtf8()).object();
    const QJsonObject after = QJsonDocument::fromJson(afterJson.toUtf8()).object();
    QSet<QString> keys;
    for (const QString& key : before.keys())
        keys.insert(key);
    for (const QString& key : after.keys())
        keys.insert(key);
    QStringList changed;
    for (const QString& key : keys) {
        if (before.value(key) != after.value(key))
            changed.append(key);
    }
    changed.sort();
    return changed;
}

QString prettyJson(const QString& json) {
    const QJsonDocument document = QJsonDocument::fromJson(json.toUtf8());
    if (document.isNull())
        return json;
    return QString::fromUtf8(document.toJson(QJsonDocument::Indented)).trimmed();
}

AuditLogPage::AuditLogPage(models::DatabaseSession& session, QWidget* parent)
    : ConsolePage(parent)
    , session_(session)
    , model_(new models::AuditLogModel(session, this))
    , tenant_(new QLineEdit(this))
    , tenantProblem_(new QLabel(this))
    , operator_(new QComboBox(this))
    , tableFilter_(new QComboBox(this))
    , fromEnabled_(new QCheckBox(tr("From"), this))
    , from_(new QDateTimeEdit(this))
    , untilEnabled_(new QCheckBox(tr("until"), this))
    , until_(new QDateTimeEdit(this))
    , table_(makeTableView(this, QStringLiteral("auditTable")))
    , summary_(new QLabel(this))
    , before_(jsonPane(this, QStringLiteral("beforeJson"), tr("The row before the change")))
    , after_(jsonPane(this, QStringLiteral("afterJson"), tr("The row after the change")))
    , count_(new QLabel(this)) {
    table_->setModel(model_);
    QHeaderView* header = table_->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setStretchLastSection(true);
    const int unit = table_->fontMetrics().averageCharWidth();
    const std::pair<int, int> widths[] = {
        {models::AuditLogModel::At, 24},           {models::AuditLogModel::Operator, 18},
        {models::AuditLogModel::DatabaseRole, 18}, {models::AuditLogModel::Table, 18},
        {models::AuditLogModel::Operation, 10},    {models::AuditLogModel::Tenant, 24},
    };
    for (const auto& [column, chars] : widths)
        header->resizeSection(column, chars * unit);

    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("auditSplitter"));
    auto* top = new QWidget(splitter);
    auto* topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addWidget(table_, 1);
    topLayout->addWidget(count_);
    splitter->addWidget(top);
    splitter->addWidget(buildComparison());
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(buildFilterBar());
    layout->addWidget(splitter, 1);

    connect(table_->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &AuditLogPage::showSelectedEntry);
    connect(model_, &QAbstractItemModel::modelReset, this, &AuditLogPage::showSelectedEntry);
    connect(model_, &models::AuditLogModel::filterChoicesLoaded, this, &AuditLogPage::fillChoices);
    const auto updateCount = [this] {
        const int rows = model_->rowCount();
        count_->setText(model_->canFetchMore({})
                            ? tr("%1 entries loaded, newest first; older ones load as you scroll")
                                  .arg(QLocale().toString(rows))
                            : tr("%1 entries, newest first").arg(QLocale().toString(rows)));
    };
    connect(model_, &QAbstractItemModel::modelReset, this, updateCount);
    connect(model_, &QAbstractItemModel::rowsInserted, this, updateCount);
    connect(model_, &models::AuditLogModel::loadFailed, this, [this](const QString& reason) {
        count_->setText(tr("Could not load the audit log: %1").arg(reason));
    });
    updateCount();
    model_->loadFilterChoices();
    showSelectedEntry();
}

QWidget* AuditLogPage::buildFilterBar() {
    auto* bar = new QWidget(this);
    tenant_->setObjectName(QStringLiteral("tenantFilter"));
    tenant_->setPlaceholderText(tr("Tenant slug or id"));
    tenant_->setToolTip(tr("Only changes to one tenant's rows; press Enter to apply"));
    tenant_->setClearButtonEnabled(true);
    connect(tenant_, &QLineEdit::editingFinished, this, &AuditLogPage::applyTenantFilter);
    connect(tenant_, &QLineEdit::textChanged, this, [this](const QString& text) {
        if (text.isEmpty())
            applyTenantFilter();
    });
    tenantProblem_->setObjectName(QStringLiteral("tenantProblem"));
    tenantProblem_->setPalette(palette::withErrorText(tenantProblem_->palette()));
    tenantProblem_->hide();

    operator_->setObjectName(QStringLiteral("operatorFilter"));
    operator_->setToolTip(tr("Only changes made by one operator"));
    operator_->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    tableFilter_->setObjectName(QStringLiteral("tableFilter"));
    tableFilter_->setToolTip(tr("Only changes to one table"));
    tableFilter_->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    fillChoices({}, {});
    connect(operator_, &QComboBox::currentIndexChanged, this,
            [this] { model_->setOperatorFilter(operator_->currentData().toString()); });
    connect(tableFilter_, &QComboBox::currentIndexChanged, this,
            [this] { model_->setTableFilter(tableFilter_->currentData().toString()); });

    const QDateTime now = QDateTime::currentDateTime();
    for (QDateTimeEdit* edit : {from_, until_}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QLocale().dateTimeFormat(QLocale::ShortFormat));
        edit->setEnabled(false);
    }
    from_->setObjectName(QStringLiteral("fromFilter"));
    from_->setToolTip(tr("Only changes at or after this local time"));
    from_->setDateTime(now.addDays(-7));
    until_->setObjectName(QStringLiteral("untilFilter"));
    until_->setToolTip(tr("Only changes before this local time"));
    until_->setDateTime(now.addSecs(3600));
    fromEnabled_->setToolTip(tr("Limit the entries to a start time"));
    untilEnabled_->setToolTip(tr("Limit the entries to an end time"));
    connect(from_, &QDateTimeEdit::dateTimeChanged, this, &AuditLogPage::applyTimeRange);
    connect(until_, &QDateTimeEdit::dateTimeChanged, this, &AuditLogPage::applyTimeRange);
    connect(fromEnabled_, &QCheckBox::toggled, from_, &QWidget::setEnabled);
    connect(untilEnabled_, &QCheckBox::toggled, until_, &QWidget::setEnabled);
    connect(fromEnabled_, &QCheckBox::toggled, this, &AuditLogPage::applyTimeRange);
    connect(untilEnabled_, &QCheckBox::toggled, this, &AuditLogPage::applyTimeRange);

    auto* row = new QHBoxLayout(bar);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(tenant_, 1);
    row->addWidget(tenantProblem_);
    row->addWidget(operator_);
    row->addWidget(tableFilter_);
    row->addWidget(fromEnabled_);
    row->addWidget(from_);
    row->addWidget(untilEnabled_);
    row->addWidget(until_);
    return bar;
}

QWidget* AuditLogPage::buildComparison() {
    auto* comparison = new QWidget(this);
    summary_->setObjectName(QStringLiteral("changedFields"));
    summary_->setWordWrap(true);
    auto* grid = new QGridLayout(comparison);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->addWidget(summary_, 0, 0, 1, 2);
    grid->addWidget(new QLabel(tr("Before"), comparison), 1, 0);
    grid->addWidget(new QLabel(tr("After"), comparison), 1, 1);
    grid->addWidget(before_, 2, 0);
    grid->addWidget(after_, 2, 1);
    grid->setRowStretch(2, 1);
    return comparison;
}

void AuditLogPage::refresh() {
    model_->reload();
    model_->loadFilterChoices();
}

void AuditLogPage::setTenantFilterText(const QString& text) {
    tenant_->setText(text);
    applyTenantFilter();
}

void AuditLogPage::applyTenantFilter() {
    const QString text = tenant_->text().trimmed();
    tenantProblem_->hide();
    if (text.isEmpty()) {
        model_->setTenantFilter(std::nullopt);
        return;
    }
    bool isNumber = false;
    const qint64 id = text.toLongLong(&isNumber);
    if (isNumber) {
        model_->setTenantFilter(id);
        return;
    }
    session_.run(
        this,
        [slug = text.toStdString()](pqxx::connection& c) {
            return store::TenantRepository(c).findBySlug(slug);
        },
        [this, text](const std::optional<store::Tenant>& found) {
            if (tenant_->text().trimmed() != text)
                return;
            if (found) {
                model_->setTenantFilter(found->id);
                return;
            }
            tenantProblem_->setText(tr("No tenant %1").arg(text));
            tenantProblem_->show();
        },
        [this](const store::StoreError& error) {
            tenantProblem_->setText(QString::fromUtf8(error.what()));
            tenantProblem_->show();
        },
        models::Retry::OnReconnect);
}

void AuditLogPage::applyTimeRange() {
    std::optional<std::chrono::sys_seconds> from;
    std::optional<std::chrono::sys_seconds> until;
    if (fromEnabled_->isChecked())
        from = toSysSeconds(from_->dateTime());
    if (untilEnabled_->isChecked())
        until = toSysSeconds(until_->dateTime());
    model_->setTimeRange(from, until);
}

void AuditLogPage::fillChoices(const QStringList& tables, const QStringList& operators) {
    const auto refill = [](QComboBox* combo, const QString& anyText, const QStringList& choices) {
        const QString chosen = combo->currentData().toString();
        QSignalBlocker blocker(combo);
        combo->clear();
        combo->addItem(anyText, QString());
        for (const QString& choice : choices)
            combo->addItem(choice, choice);
        const int index = combo->findData(chosen);
        combo->setCurrentIndex(index < 0 ? 0 : index);
    };
    refill(operator_, tr("Any operator"), operators);
    refill(tableFilter_, tr("Any table"), tables);
}

void AuditLogPage::showSelectedEntry() {
    const QModelIndex current = table_->currentIndex();
    if (!current.isValid()) {
        summary_->setText(tr("Select an entry to compare the row before and after the change."));
        before_->clear();
        after_->clear();
        return;
    }
    const QModelIndex index = model_->index(current.row(), 0);
    const QString before = index.data(models::AuditLogModel::BeforeJsonRole).toString();
    const QString after = index.data(models::AuditLogModel::AfterJsonRole).toString();
    before_->setPlainText(before.isEmpty() ? tr("(none: the row was inserted)")
                                           : prettyJson(before));
    after_->setPlainText(after.isEmpty() ? tr("(none: the row was deleted)") : prettyJson(after));
    const QStringList changed = changedFields(before, after);
    summary_->setText(changed.isEmpty()
                          ? tr("No field changed.")
                          : tr("Changed: %1").arg(changed.join(QStringLiteral(", "))));
}

QString AuditLogPage::beforeText() const {
    return before_->toPlainText();
}

QString AuditLogPage::afterText() const {
    return after_->toPlainText();
}

QString AuditLogPage::changedFieldsText() const {
    return summary_->text();
}

} // namespace meterdesk::ui

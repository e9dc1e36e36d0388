#include "tariff_editor_dialog.h"

#include "confirmation.h"
#include "icons.h"
#include "palette.h"
#include "tariff_delegates.h"
#include "validated_form.h"

#include <billing/ledger.h>
#include <models/display_format.h>
#include <models/issue_text.h>
#include <models/tariff_diff.h>

#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

#include <limits>

namespace meterdesk::ui {

namespace {

using models::TariffDraft;

constexpr std::string_view kEffectiveFrom = TariffDraft::kEffectiveFromField;
constexpr std::string_view kAllowance = TariffDraft::kMonthlyAllowanceField;
constexpr std::string_view kRequests = TariffDraft::kDefaultRequestsField;
constexpr std::string_view kPeriod = TariffDraft::kDefaultPeriodField;

QString qs(std::string_view text) {
    return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
}

QDateTime localDateTime(std::chrono::sys_seconds instant) {
    return QDateTime::fromSecsSinceEpoch(instant.time_since_epoch().count()).toLocalTime();
}

std::chrono::sys_seconds sysSeconds(const QDateTime& dateTime) {
    return std::chrono::sys_seconds(std::chrono::seconds(dateTime.toSecsSinceEpoch()));
}

int clampToInt(std::int64_t value) {
    return static_cast<int>(std::clamp<std::int64_t>(value, 0, std::numeric_limits<int>::max()));
}

QTableView* editorTable(QWidget* parent, const QString& objectName) {
    auto* view = new QTableView(parent);
    view->setObjectName(objectName);
    view->setSelectionBehavior(QAbstractItemView::SelectItems);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                          QAbstractItemView::AnyKeyPressed);
    view->setAlternatingRowColors(true);
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 10);
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    view->horizontalHeader()->setStretchLastSection(true);
    return view;
}

QPushButton* rowButton(QWidget* parent, const QString& icon, const QString& text,
                       const QString& tooltip) {
    auto* button = new QPushButton(icons::icon(icon), text, parent);
    button->setToolTip(tooltip);
    return button;
}

// "Rule 3, credits per call" for "rules[2].perCall": where the operator finds the problem.
QString describeTariffField(const std::string& field, models::TariffDraft& draft) {
    static const QRegularExpression pattern(
        QStringLiteral("^(rules|regions)\\[(\\d+)\\]\\.?(.*)$"));
    const QRegularExpressionMatch match = pattern.match(QString::fromStdString(field));
    if (!match.hasMatch())
        return QString::fromStdString(field);
    const bool isRule = match.captured(1) == QLatin1String("rules");
    const QString row = QString::number(match.captured(2).toInt() + 1);
    const std::string part = match.captured(3).toStdString();
    const QString subject = isRule ? TariffEditorDialog::tr("Rule %1").arg(row)
                                   : TariffEditorDialog::tr("Region %1").arg(row);
    const int column = isRule ? models::EndpointRuleTableModel::columnForField(part)
                              : models::RegionMultiplierTableModel::columnForField(part);
    if (part.empty() || column < 0)
        return subject;
    const QAbstractItemModel& model = isRule ? static_cast<QAbstractItemModel&>(draft.rules())
                                             : static_cast<QAbstractItemModel&>(draft.regions());
    // Mid-sentence, English and French write the column in lower case; German keeps its nouns
    // capitalised.
    const QString header = model.headerData(column, Qt::Horizontal).toString();
    const QLocale locale;
    return TariffEditorDialog::tr("%1, %2").arg(
        subject, locale.language() == QLocale::German ? header : locale.toLower(header));
}

} // namespace

std::chrono::sys_seconds defaultEffectiveFrom(std::chrono::sys_seconds now,
                                              const billing::TariffVersion* latest) {
    return billing::nextMonthStart(latest ? std::max(now, latest->effectiveFrom) : now);
}

TariffEditorDialog::TariffEditorDialog(const billing::Plan& plan,
                                       const billing::TariffVersion* latest,
                                       const billing::TariffVersion* inForce, int nextVersion,
                                       std::chrono::sys_seconds now, QWidget* parent)
    : SubmittingDialog(parent)
    , plan_(plan)
    , inForce_(inForce ? std::optional(*inForce) : std::nullopt)
    , latest_(latest ? std::optional(*latest) : std::nullopt)
    , now_(now)
    , header_(new ValidatedForm(this))
    , effectiveFrom_(new QDateTimeEdit(this))
    , allowance_(new QLineEdit(this))
    , defaultRequests_(new QSpinBox(this))
    , defaultPeriod_(new QSpinBox(this))
    , tabs_(new QTabWidget(this))
    , rulesView_(editorTable(this, QStringLiteral("rulesView")))
    , regionsView_(editorTable(this, QStringLiteral("regionsView")))
    , problemsHeading_(new QLabel(this))
    , problems_(new QListWidget(this))
    , changes_(new QListWidget(this))
    , reviewHeading_(new QLabel(this))
    , buttons_(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this)) {
    setWindowTitle(
        tr("New version %1 of plan %2").arg(QString::number(nextVersion), qs(plan.code)));
    resize(980, 680);
    if (latest)
        draft_.startFrom(*latest, nextVersion);
    else
        draft_.startEmpty(plan.code, nextVersion);

    tabs_->setObjectName(QStringLiteral("editorTabs"));
    tabs_->addTab(buildRulesTab(), tr("Endpoint rules"));
    tabs_->addTab(buildRegionsTab(), tr("Region multipliers"));
    tabs_->addTab(buildReviewTab(), icons::icon(QStringLiteral("review")), tr("Review changes"));
    tabs_->setTabToolTip(2, tr("What saving changes against the version in force"));

    problems_->setObjectName(QStringLiteral("problems"));
    problems_->setToolTip(tr("Every problem that stops saving; click one to go to its cell"));
    problems_->setMaximumHeight(problems_->fontMetrics().lineSpacing() * 6);
    connect(problems_, &QListWidget::currentRowChanged, this, &TariffEditorDialog::showIssueCell);

    QPushButton* save = buttons_->button(QDialogButtonBox::Save);
    save->setObjectName(QStringLiteral("saveButton"));
    save->setText(tr("Save version %1…").arg(nextVersion));
    auto* review = buttons_->addButton(tr("Review changes"), QDialogButtonBox::ActionRole);
    review->setObjectName(QStringLiteral("reviewButton"));
    review->setIcon(icons::icon(QStringLiteral("review")));
    review->setToolTip(tr("Show what saving changes against the version in force"));
    connect(review, &QPushButton::clicked, this, &TariffEditorDialog::showReview);
    connect(buttons_, &QDialogButtonBox::accepted, this, &TariffEditorDialog::accept);
    connect(buttons_, &QDialogButtonBox::rejected, this, &TariffEditorDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(failureLabel());
    layout->addWidget(buildHeader());
    layout->addWidget(tabs_, 1);
    problemsHeading_->setText(tr("Problems to fix before saving:"));
    layout->addWidget(problemsHeading_);
    layout->addWidget(problems_);
    layout->addWidget(buttons_);

    connect(&draft_, &TariffDraft::validated, this, &TariffEditorDialog::revalidate);
    connect(&draft_.rules(), &models::EndpointRuleTableModel::editRefused, this,
            [this](const QModelIndex&, const QString& reason) { saveFailed(reason); });
    connect(&draft_.regions(), &models::RegionMultiplierTableModel::editRefused, this,
            [this](const QModelIndex&, const QString& reason) { saveFailed(reason); });
    pushHeaderToDraft();
}

QWidget* TariffEditorDialog::buildHeader() {
    const billing::TariffVersion start = draft_.version();

    effectiveFrom_->setObjectName(QStringLiteral("effectiveFrom"));
    effectiveFrom_->setCalendarPopup(true);
    effectiveFrom_->setDisplayFormat(QLocale().dateTimeFormat(QLocale::ShortFormat));
    effectiveFrom_->setDateTime(
        localDateTime(defaultEffectiveFrom(now_, latest_ ? &*latest_ : nullptr)));
    effectiveFrom_->setMinimumWidth(effectiveFrom_->fontMetrics().averageCharWidth() * 24);
    effectiveFrom_->setToolTip(
        tr("In your local time; stored in UTC. The version in force is never "
           "changed: this one takes over from this instant."));
    allowance_->setObjectName(QStringLiteral("monthlyAllowance"));
    allowance_->setText(models::editableCredits(start.monthlyAllowance));
    allowance_->setToolTip(tr("Credits granted at the start of each month; what is left expires"));
    allowance_->setMaximumWidth(allowance_->fontMetrics().averageCharWidth() * 24);
    defaultRequests_->setObjectName(QStringLiteral("defaultRequests"));
    defaultRequests_->setRange(0, std::numeric_limits<int>::max());
    defaultRequests_->setValue(clampToInt(start.defaultRateLimit.requests));
    defaultRequests_->setToolTip(
        tr("Requests allowed per period for rules without their own limit"));
    defaultPeriod_->setObjectName(QStringLiteral("defaultPeriod"));
    defaultPeriod_->setRange(0, std::numeric_limits<int>::max());
    defaultPeriod_->setSuffix(tr(" s"));
    defaultPeriod_->setValue(clampToInt(start.defaultRateLimit.periodSeconds));
    defaultPeriod_->setToolTip(tr("The rate-limit window, in seconds"));

    header_->addField(qs(kEffectiveFrom), tr("Effective from:"), effectiveFrom_);
    header_->addField(qs(kAllowance), tr("Monthly allowance:"), allowance_);
    header_->addField(qs(kRequests), tr("Default rate limit, requests:"), defaultRequests_);
    header_->addField(qs(kPeriod), tr("Default rate limit, period:"), defaultPeriod_);

    connect(effectiveFrom_, &QDateTimeEdit::dateTimeChanged, this,
            &TariffEditorDialog::pushHeaderToDraft);
    connect(allowance_, &QLineEdit::textChanged, this, &TariffEditorDialog::pushHeaderToDraft);
    connect(defaultRequests_, &QSpinBox::valueChanged, this,
            &TariffEditorDialog::pushHeaderToDraft);
    connect(defaultPeriod_, &QSpinBox::valueChanged, this, &TariffEditorDialog::pushHeaderToDraft);
    return header_;
}

QWidget* TariffEditorDialog::buildRulesTab() {
    auto* tab = new QWidget(this);
    rulesView_->setModel(&draft_.rules());
    rulesView_->setItemDelegate(new IssueAwareDelegate(rulesView_));
    rulesView_->setItemDelegateForColumn(models::EndpointRuleTableModel::Method,
                                         new MethodDelegate(rulesView_));
    rulesView_->setItemDelegateForColumn(models::EndpointRuleTableModel::PerCall,
                                         new CreditsDelegate(rulesView_));
    rulesView_->setItemDelegateForColumn(models::EndpointRuleTableModel::PerUnit,
                                         new CreditsDelegate(rulesView_));
    auto* add =
        rowButton(tab, QStringLiteral("add-row"), tr("Add rule"), tr("Add an endpoint rule"));
    add->setObjectName(QStringLiteral("addRule"));
    auto* remove = rowButton(tab, QStringLiteral("remove-row"), tr("Remove rule"),
                             tr("Remove the selected endpoint rule"));
    remove->setObjectName(QStringLiteral("removeRule"));
    connect(add, &QPushButton::clicked, this, [this] {
        auto& rules = draft_.rules();
        const int row = rules.rowCount();
        rules.insertRows(row, 1);
        rulesView_->setCurrentIndex(rules.index(row, models::EndpointRuleTableModel::Service));
        rulesView_->edit(rulesView_->currentIndex());
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        const QModelIndex current = rulesView_->currentIndex();
        if (current.isValid())
            draft_.rules().removeRows(current.row(), 1);
    });

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch();
    auto* layout = new QVBoxLayout(tab);
    layout->addWidget(rulesView_, 1);
    layout->addLayout(buttons);
    return tab;
}

QWidget* TariffEditorDialog::buildRegionsTab() {
    auto* tab = new QWidget(this);
    regionsView_->setModel(&draft_.regions());
    regionsView_->setItemDelegate(new IssueAwareDelegate(regionsView_));
    auto* add =
        rowButton(tab, QStringLiteral("add-row"), tr("Add region"), tr("Add a region multiplier"));
    add->setObjectName(QStringLiteral("addRegion"));
    auto* remove = rowButton(tab, QStringLiteral("remove-row"), tr("Remove region"),
                             tr("Remove the selected region multiplier"));
    remove->setObjectName(QStringLiteral("removeRegion"));
    connect(add, &QPushButton::clicked, this, [this] {
        auto& regions = draft_.regions();
        const int row = regions.rowCount();
        regions.insertRows(row, 1);
        regionsView_->setCurrentIndex(
            regions.index(row, models::RegionMultiplierTableModel::Region));
        regionsView_->edit(regionsView_->currentIndex());
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        const QModelIndex current = regionsView_->currentIndex();
        if (current.isValid())
            draft_.regions().removeRows(current.row(), 1);
    });

    auto* note = new QLabel(tr("10000 basis points charge ×1; 12500 charge ×1.25. Regions not "
                               "listed charge ×1."),
                            tab);
    note->setWordWrap(true);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch();
    auto* layout = new QVBoxLayout(tab);
    layout->addWidget(regionsView_, 1);
    layout->addWidget(note);
    layout->addLayout(buttons);
    return tab;
}

QWidget* TariffEditorDialog::buildReviewTab() {
    auto* tab = new QWidget(this);
    reviewHeading_->setObjectName(QStringLiteral("reviewHeading"));
    reviewHeading_->setWordWrap(true);
    changes_->setObjectName(QStringLiteral("changes"));
    changes_->setAlternatingRowColors(true);
    auto* layout = new QVBoxLayout(tab);
    layout->addWidget(reviewHeading_);
    layout->addWidget(changes_, 1);
    return tab;
}

void TariffEditorDialog::pushHeaderToDraft() {
    // The draft validates the version itself; the instant must also lie ahead, after every
    // saved version, because a version that has started is never rewritten.
    editorIssues_.clear();
    const auto effective = sysSeconds(effectiveFrom_->dateTime());
    if (effective <= now_)
        editorIssues_.insert(qs(kEffectiveFrom),
                             tr("must be in the future: a version in force is never rewritten."));
    else if (latest_ && effective <= latest_->effectiveFrom)
        editorIssues_.insert(qs(kEffectiveFrom),
                             tr("must be after the start of version %1 (%2).")
                                 .arg(QString::number(latest_->version),
                                      models::formatLocalTime(latest_->effectiveFrom)));
    QString allowanceProblem;
    const auto allowance = models::parseCredits(allowance_->text(), &allowanceProblem);
    if (!allowance)
        editorIssues_.insert(qs(kAllowance), allowanceProblem);

    failureLabel()->hide();
    draft_.setEffectiveFrom(effective);
    if (allowance)
        draft_.setMonthlyAllowance(*allowance);
    draft_.setDefaultRateLimit({defaultRequests_->value(), defaultPeriod_->value()});
    revalidate();
}

void TariffEditorDialog::revalidate() {
    problems_->clear();
    problemFields_.clear();
    const auto listProblem = [this](const QString& text, const std::string& field) {
        problems_->addItem(text);
        problemFields_.push_back(field);
    };

    QMultiHash<QString, QString> headerMessages = editorIssues_;
    for (std::string_view field : {kEffectiveFrom, kAllowance, kRequests, kPeriod}) {
        const QString fromDraft = draft_.messageFor(field);
        if (!headerMessages.contains(qs(field)) && !fromDraft.isEmpty())
            headerMessages.insert(qs(field), fromDraft);
    }
    header_->showIssues(headerMessages);
    for (auto it = headerMessages.cbegin(); it != headerMessages.cend(); ++it)
        listProblem(headerFieldLabel(it.key()) + QStringLiteral(": ") + it.value(),
                    it.key().toStdString());
    for (const auto& issue : draft_.issues()) {
        if (!headerMessages.contains(QString::fromStdString(issue.field)))
            listProblem(describeTariffField(issue.field, draft_) + QStringLiteral(": ") +
                            models::issueText(issue),
                        issue.field);
    }
    problems_->setVisible(problems_->count() > 0);
    problemsHeading_->setVisible(problems_->count() > 0);

    const models::TariffDiff diff = currentDiff();
    changes_->clear();
    for (const models::TariffChange& change : diff.changes()) {
        auto* item = new QListWidgetItem(change.description, changes_);
        if (change.kind == models::TariffChange::Kind::Added)
            item->setForeground(palette::goodText());
        else if (change.kind == models::TariffChange::Kind::Removed)
            item->setForeground(palette::errorText());
    }
    reviewHeading_->setText(
        inForce_ ? tr("Saving changes these against version %1, in force since %2:")
                       .arg(QString::number(inForce_->version),
                            models::formatLocalTime(inForce_->effectiveFrom))
                 : tr("No version of plan %1 is in force yet; saving adds:").arg(qs(plan_.code)));
    tabs_->setTabText(0, tr("Endpoint rules (%1)").arg(draft_.rules().rowCount()));
    tabs_->setTabText(1, tr("Region multipliers (%1)").arg(draft_.regions().rowCount()));
    tabs_->setTabText(2, tr("Review changes (%1)").arg(static_cast<int>(diff.changes().size())));

    QPushButton* save = buttons_->button(QDialogButtonBox::Save);
    save->setEnabled(canSave());
    save->setToolTip(problems_->count() > 0 ? tr("Fix the problems listed first")
                     : diff.isEmpty()       ? tr("Nothing differs from the version in force")
                                            : tr("Review the changes once more, then save"));
}

models::TariffDiff TariffEditorDialog::currentDiff() const {
    return models::TariffDiff::between(inForce_ ? &*inForce_ : nullptr, draft_.version());
}

QString TariffEditorDialog::headerFieldLabel(const QString& field) const {
    if (field == qs(kEffectiveFrom))
        return tr("Effective from");
    if (field == qs(kAllowance))
        return tr("Monthly allowance");
    if (field == qs(kRequests))
        return tr("Default rate limit, requests");
    if (field == qs(kPeriod))
        return tr("Default rate limit, period");
    return field;
}

bool TariffEditorDialog::canSave() const {
    return !isBusy() && problems_->count() == 0 && !currentDiff().isEmpty();
}

QStringList TariffEditorDialog::problems() const {
    QStringList all;
    for (int row = 0; row < problems_->count(); ++row)
        all.append(problems_->item(row)->text());
    return all;
}

QStringList TariffEditorDialog::changes() const {
    QStringList all;
    for (int row = 0; row < changes_->count(); ++row)
        all.append(changes_->item(row)->text());
    return all;
}

void TariffEditorDialog::showReview() {
    tabs_->setCurrentIndex(2);
}

void TariffEditorDialog::showIssueCell(int problemRow) {
    if (problemRow < 0 || static_cast<std::size_t>(problemRow) >= problemFields_.size())
        return;
    const std::string& field = problemFields_[static_cast<std::size_t>(problemRow)];
    const QModelIndex index = draft_.indexForField(field);
    if (!index.isValid()) {
        if (QWidget* editor = header_->editor(QString::fromStdString(field)))
            editor->setFocus();
        return;
    }
    QTableView* view = index.model() == &draft_.rules() ? rulesView_ : regionsView_;
    tabs_->setCurrentWidget(view->parentWidget());
    view->setCurrentIndex(index);
    view->scrollTo(index);
}

void TariffEditorDialog::accept() {
    if (!canSave())
        return;
    askToSave();
}

void TariffEditorDialog::askToSave() {
    const billing::TariffVersion version = draft_.version();
    const QStringList lines = currentDiff().lines();
    confirmation_ = askConfirmation(
        this, tr("Save tariff version"),
        tr("Save version %1 of plan %2, effective from %3?")
            .arg(QString::number(version.version), qs(plan_.code),
                 models::formatLocalTime(version.effectiveFrom)),
        tr("Changes against the version in force:\n• %1").arg(lines.join(QStringLiteral("\n• "))),
        tr("Save version %1").arg(version.version), [this, version] {
            startSubmitting();
            emit submitted(version);
        });
}

void TariffEditorDialog::onBusyChanged(bool busy) {
    header_->setEnabled(!busy);
    tabs_->setEnabled(!busy);
    buttons_->button(QDialogButtonBox::Save)->setEnabled(canSave());
}

} // namespace meterdesk::ui

#pragma once

#include "submitting_dialog.h"

#include <billing/tariff.h>
#include <models/tariff_diff.h>
#include <models/tariff_draft.h>

#include <QMessageBox>
#include <QMultiHash>
#include <QPointer>
#include <QStringList>

#include <chrono>

class QDateTimeEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;

class QSpinBox;
class QTabWidget;
class QTableView;

namespace meterdesk::ui {

class ValidatedForm;

// Edits the next tariff version of a plan: allowance, default rate limit, the instant it
// takes effect (local time on screen, UTC when saved; next month's start by default),
// endpoint rules and region multipliers. Every problem is shown at its field or cell
// and listed; the Review tab shows what changes against the version in force. Save asks
// once more with that list, then emits submitted(); the dialog stays open until the page
// reports the outcome, so a refused save (another operator saved first) keeps every edit.
class TariffEditorDialog : public SubmittingDialog {
    Q_OBJECT

public:
    // Starts from `latest` (the plan's newest version, possibly scheduled) or empty, and
    // compares with `inForce`; both may be null.
    TariffEditorDialog(const billing::Plan& plan, const billing::TariffVersion* latest,
                       const billing::TariffVersion* inForce, int nextVersion,
                       std::chrono::sys_seconds now, QWidget* parent = nullptr);

    models::TariffDraft& draft() { return draft_; }
    QTableView* rulesView() const { return rulesView_; }
    QTableView* regionsView() const { return regionsView_; }
    QDateTimeEdit* effectiveFromEdit() const { return effectiveFrom_; }
    QLineEdit* allowanceEdit() const { return allowance_; }

    // Every problem as listed under the tables.
    QStringList problems() const;
    // What saving would change, as shown on the Review tab.
    QStringList changes() const;
    bool canSave() const;
    void showReview();
    QMessageBox* confirmation() const { return confirmation_.data(); }
    void accept() override;

signals:
    void submitted(const meterdesk::billing::TariffVersion& version);

private:
    QWidget* buildHeader();
    QWidget* buildRulesTab();
    QWidget* buildRegionsTab();
    QWidget* buildReviewTab();
    void pushHeaderToDraft();
    void revalidate();
    models::TariffDiff currentDiff() const;
    QString headerFieldLabel(const QString& field) const;
    void showIssueCell(int problemRow);
    void onBusyChanged(bool busy) override;
    void askToSave();

    const billing::Plan plan_;
    const std::optional<billing::TariffVersion> inForce_;
    const std::optional<billing::TariffVersion> latest_;
    const std::chrono::sys_seconds now_;
    models::TariffDraft draft_;

    ValidatedForm* header_;
    QDateTimeEdit* effectiveFrom_;
    QLineEdit* allowance_;
    QSpinBox* defaultRequests_;
    QSpinBox* defaultPeriod_;
    QTabWidget* tabs_;
    QTableView* rulesView_;
    QTableView* regionsView_;
    QLabel* problemsHeading_;
    QListWidget* problems_;
    QListWidget* changes_;
    QLabel* reviewHeading_;
    QDialogButtonBox* buttons_;
    QPointer<QMessageBox> confirmation_;
    // Problems of the header that only the editor knows (the instant must lie ahead, the
    // allowance must be an amount), by field.
    QMultiHash<QString, QString> editorIssues_;
    std::vector<std::string> problemFields_;
};

// The instant a new version takes effect unless the operator picks another: the start of
// the calendar month (UTC) after now, or after the latest version's start when that one
// is still scheduled.
std::chrono::sys_seconds defaultEffectiveFrom(std::chrono::sys_seconds now,
                                              const billing::TariffVersion* latest);

} // namespace meterdesk::ui

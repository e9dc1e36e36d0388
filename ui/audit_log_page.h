#pragma once

#include "console_page.h"

#include <models/database_session.h>

#include <QStringList>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QTableView;

namespace meterdesk::models {
class AuditLogModel;
}

namespace meterdesk::ui {

// Who changed what and when: the audit log newest first, loaded as the view scrolls,
// filtered by tenant, operator, table and time. Selecting an entry shows the row before
// and after the change side by side, with the changed fields named.
class AuditLogPage : public ConsolePage {
    Q_OBJECT

public:
    explicit AuditLogPage(models::DatabaseSession& session, QWidget* parent = nullptr);

    void refresh() override;

    models::AuditLogModel& model() const { return *model_; }
    QTableView* table() const { return table_; }
    QString beforeText() const;
    QString afterText() const;
    QString changedFieldsText() const;

    // The tenant filter: a slug or an id; empty for every tenant.
    void setTenantFilterText(const QString& text);

private:
    QWidget* buildFilterBar();
    QWidget* buildComparison();
    void applyTenantFilter();
    void applyTimeRange();
    void fillChoices(const QStringList& tables, const QStringList& operators);
    void showSelectedEntry();

    models::DatabaseSession& session_;
    models::AuditLogModel* model_;
    QLineEdit* tenant_;
    QLabel* tenantProblem_;
    QComboBox* operator_;
    QComboBox* tableFilter_;
    QCheckBox* fromEnabled_;
    QDateTimeEdit* from_;
    QCheckBox* untilEnabled_;
    QDateTimeEdit* until_;
    QTableView* table_;
    QLabel* summary_;
    QPlainTextEdit* before_;
    QPlainTextEdit* after_;
    QLabel* count_;
};

// The top-level fields whose values differ between two JSON objects, sorted; every field
// of the one present when the other is empty (an INSERT or a DELETE).
QStringList changedFields(const QString& beforeJson, const QString& afterJson);
// Indented JSON for reading; the text as it is when it is not JSON.
QString prettyJson(const QString& json);

} // namespace meterdesk::ui

#pragma once

#include <QHash>
#include <QMultiHash>
#include <QString>
#include <QStringList>
#include <QWidget>

class QFormLayout;
class QLabel;

namespace meterdesk::ui {

// A form whose fields show their own validation problems: the editor turns red, its
// tooltip and a line under it say what is wrong. Dialogs feed it the issues of a
// validate() function keyed by the same field names the validator uses.
class ValidatedForm : public QWidget {
    Q_OBJECT

public:
    explicit ValidatedForm(QWidget* parent = nullptr);

    void addField(const QString& field, const QString& label, QWidget* editor);
    void addRow(const QString& label, QWidget* widget);
    void addRow(QWidget* widget);

    // Marks each field that has messages and clears the others. Returns the messages of
    // fields this form does not show, so the dialog can list them elsewhere.
    QStringList showIssues(const QMultiHash<QString, QString>& messagesByField);

    bool hasIssues() const { return !marked_.isEmpty(); }
    QStringList fieldsWithIssues() const { return marked_; }
    QString messageAt(const QString& field) const;
    QWidget* editor(const QString& field) const;

private:
    struct Field {
        QWidget* editor = nullptr;
        QLabel* message = nullptr;
        QString tooltip;
    };

    void mark(Field& field, const QStringList& messages);
    void clear(Field& field);

    QFormLayout* layout_;
    QHash<QString, Field> fields_;
    QStringList marked_;
};

} // namespace meterdesk::ui

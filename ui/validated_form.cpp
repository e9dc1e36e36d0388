#include "validated_form.h"

#include "palette.h"

#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace meterdesk::ui {

ValidatedForm::ValidatedForm(QWidget* parent)
    : QWidget(parent)
    , layout_(new QFormLayout(this)) {
    layout_->setContentsMargins(0, 0, 0, 0);
    layout_->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
}

void ValidatedForm::addField(const QString& field, const QString& label, QWidget* editor) {
    auto* cell = new QWidget(this);
    auto* column = new QVBoxLayout(cell);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(2);
    column->addWidget(editor);
    auto* message = new QLabel(cell);
    message->setPalette(palette::withErrorText(message->palette()));
    message->hide();
    column->addWidget(message);
    layout_->addRow(label, cell);
    fields_.insert(field, Field{editor, message, editor->toolTip()});
}

void ValidatedForm::addRow(const QString& label, QWidget* widget) {
    layout_->addRow(label, widget);
}

void ValidatedForm::addRow(QWidget* widget) {
    layout_->addRow(widget);
}

QStringList ValidatedForm::showIssues(const QMultiHash<QString, QString>& messagesByField) {
    marked_.clear();
    for (auto it = fields_.begin(); it != fields_.end(); ++it) {
        const QStringList messages = messagesByField.values(it.key());
        if (messages.isEmpty()) {
            clear(it.value());
        } else {
            mark(it.value(), messages);
            marked_.append(it.key());
        }
    }
    QStringList elsewhere;
    for (auto it = messagesByField.begin(); it != messagesByField.end(); ++it) {
        if (!fields_.contains(it.key()))
            elsewhere.append(it.value());
    }
    return elsewhere;
}

QString ValidatedForm::messageAt(const QString& field) const {
    const auto found = fields_.find(field);
    if (found == fields_.end() || found->message->isHidden())
        return {};
    return found->message->text();
}

QWidget* ValidatedForm::editor(const QString& field) const {
    return fields_.value(field).editor;
}

void ValidatedForm::mark(Field& field, const QStringList& messages) {
    const QString text = messages.join(QLatin1Char('\n'));
    field.editor->setPalette(palette::withErrorBase(QPalette()));
    field.editor->setToolTip(text);
    field.message->setText(text);
    field.message->show();
}

void ValidatedForm::clear(Field& field) {
    field.editor->setPalette(QPalette());
    field.editor->setToolTip(field.tooltip);
    field.message->clear();
    field.message->hide();
}

} // namespace meterdesk::ui

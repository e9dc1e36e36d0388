#include "tariff_delegates.h"

#include "palette.h"

#include <billing/tariff.h>
#include <models/display_format.h>
#include <models/item_roles.h>

#include <QAbstractItemView>
#include <QComboBox>
#include <QHelpEvent>
#include <QLineEdit>
#include <QToolTip>

namespace meterdesk::ui {

QStringList ruleMethods() {
    return {QString::fromLatin1(billing::kAnyMethod.data(),
                                static_cast<qsizetype>(billing::kAnyMethod.size())),
            QStringLiteral("GET"),
            QStringLiteral("POST"),
            QStringLiteral("PUT"),
            QStringLiteral("PATCH"),
            QStringLiteral("DELETE"),
            QStringLiteral("HEAD"),
            QStringLiteral("OPTIONS")};
}

QWidget* IssueAwareDelegate::createEditor(QWidget* parent, const QStyleOptionViewItem&,
                                          const QModelIndex&) const {
    auto* editor = new QLineEdit(parent);
    editor->setFrame(false);
    return editor;
}

void IssueAwareDelegate::setEditorData(QWidget* editor, const QModelIndex& index) const {
    if (auto* line = qobject_cast<QLineEdit*>(editor))
        line->setText(index.data(Qt::EditRole).toString());
}

void IssueAwareDelegate::setModelData(QWidget* editor, QAbstractItemModel* model,
                                      const QModelIndex& index) const {
    if (auto* line = qobject_cast<QLineEdit*>(editor))
        model->setData(index, line->text(), Qt::EditRole);
}

bool IssueAwareDelegate::helpEvent(QHelpEvent* event, QAbstractItemView* view,
                                   const QStyleOptionViewItem& option, const QModelIndex& index) {
    const QVariant message = index.data(models::ValidationMessageRole);
    if (event->type() == QEvent::ToolTip && message.isValid()) {
        QToolTip::showText(event->globalPos(), message.toString(), view);
        return true;
    }
    return QStyledItemDelegate::helpEvent(event, view, option, index);
}

void IssueAwareDelegate::initStyleOption(QStyleOptionViewItem* option,
                                         const QModelIndex& index) const {
    QStyledItemDelegate::initStyleOption(option, index);
    if (index.data(models::ValidationMessageRole).isValid()) {
        option->backgroundBrush = palette::errorBackground();
        option->palette.setColor(QPalette::Text, palette::errorText());
    }
}

QWidget* MethodDelegate::createEditor(QWidget* parent, const QStyleOptionViewItem&,
                                      const QModelIndex&) const {
    auto* combo = new QComboBox(parent);
    combo->addItems(ruleMethods());
    combo->setToolTip(tr("\"*\" matches every method"));
    return combo;
}

void MethodDelegate::setEditorData(QWidget* editor, const QModelIndex& index) const {
    auto* combo = static_cast<QComboBox*>(editor);
    const QString method = index.data(Qt::EditRole).toString();
    if (combo->findText(method) < 0)
        combo->addItem(method);
    combo->setCurrentText(method);
}

void MethodDelegate::setModelData(QWidget* editor, QAbstractItemModel* model,
                                  const QModelIndex& index) const {
    model->setData(index, static_cast<QComboBox*>(editor)->currentText(), Qt::EditRole);
}

QWidget* CreditsDelegate::createEditor(QWidget* parent, const QStyleOptionViewItem& option,
                                       const QModelIndex& index) const {
    auto* editor = static_cast<QLineEdit*>(IssueAwareDelegate::createEditor(parent, option, index));
    editor->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    editor->setPlaceholderText(models::editableCredits(billing::Credits()));
    QObject::connect(editor, &QLineEdit::textChanged, editor, [editor](const QString& text) {
        QString reason;
        const bool readable = models::parseCredits(text, &reason).has_value();
        editor->setPalette(readable ? QPalette() : palette::withErrorBase(QPalette()));
        editor->setToolTip(readable ? QString() : reason);
    });
    return editor;
}

} // namespace meterdesk::ui

#pragma once

#include <QStyledItemDelegate>

namespace meterdesk::ui {

// Paints a cell that breaks a validation rule with a red background and shows the rule's
// message (ValidationMessageRole) as its tooltip; edits every cell as plain text, so the
// model decides what the text means and refuses what it cannot read.
class IssueAwareDelegate : public QStyledItemDelegate {
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option,
                          const QModelIndex& index) const override;
    void setEditorData(QWidget* editor, const QModelIndex& index) const override;
    void setModelData(QWidget* editor, QAbstractItemModel* model,
                      const QModelIndex& index) const override;
    bool helpEvent(QHelpEvent* event, QAbstractItemView* view, const QStyleOptionViewItem& option,
                   const QModelIndex& index) override;

protected:
    void initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const override;
};

// The HTTP method of an endpoint rule, chosen from the methods billing knows and "*".
class MethodDelegate : public IssueAwareDelegate {
    Q_OBJECT

public:
    using IssueAwareDelegate::IssueAwareDelegate;

    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option,
                          const QModelIndex& index) const override;
    void setEditorData(QWidget* editor, const QModelIndex& index) const override;
    void setModelData(QWidget* editor, QAbstractItemModel* model,
                      const QModelIndex& index) const override;
};

// An amount of credits, typed as decimal text; the editor turns red and says why while
// the text is not an amount.
class CreditsDelegate : public IssueAwareDelegate {
    Q_OBJECT

public:
    using IssueAwareDelegate::IssueAwareDelegate;

    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option,
                          const QModelIndex& index) const override;
};

// HTTP methods in the order an operator expects them, "*" (any) first.
QStringList ruleMethods();

} // namespace meterdesk::ui

#pragma once

#include <QCache>
#include <QFont>
#include <QStyledItemDelegate>
#include <QTextLayout>

namespace meterdesk::ui {

// Paints a text cell as QStyledItemDelegate does (the style's panel for selection and
// alternate rows, its text margins, its focus frame, elided on the right) but lays the text out
// once, and keeps the layout for the next paint: the style lays it out three times (its size,
// its elision, its drawing) on every paint, which made painting a screen of tenants take several
// times as long as the query that fetched them. Cells with a check box, an icon, wrapping or
// several lines are left to QStyledItemDelegate.
class TextCellDelegate : public QStyledItemDelegate {
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;

private:
    struct LaidOutText {
        LaidOutText(const QString& text, const QFont& font)
            : layout(text, font) {}
        QTextLayout layout;
        int height = 0; // whole pixels, as the style places text
    };

    void drawText(QPainter* painter, const QStyleOptionViewItem& cell) const;
    const LaidOutText& laidOut(const QStyleOptionViewItem& cell, int width) const;

    // Texts laid out by what decides their layout (text, width, alignment, elision, font):
    // repainting rows already on screen (after a reload, a selection, scrolling back) draws them
    // without shaping their texts again. A few screens' worth.
    static constexpr int kCachedTexts = 4096;
    mutable QCache<QString, LaidOutText> laidOut_{kCachedTexts};
    mutable QFont cachedFont_;
};

} // namespace meterdesk::ui

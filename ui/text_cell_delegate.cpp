#include "text_cell_delegate.h"

#include <QApplication>
#include <QPainter>
#include <QtMath>

namespace meterdesk::ui {

namespace {

QPalette::ColorGroup colorGroup(const QStyleOptionViewItem& cell) {
    if (!(cell.state & QStyle::State_Enabled))
        return QPalette::Disabled;
    return (cell.state & QStyle::State_Active) ? QPalette::Normal : QPalette::Inactive;
}

qreal layOut(QTextLayout& layout, int width) {
    layout.beginLayout();
    QTextLine line = layout.createLine();
    line.setLineWidth(width);
    line.setPosition(QPointF(0, 0));
    layout.endLayout();
    return line.height();
}

void drawFocus(QPainter* painter, const QStyleOptionViewItem& cell, const QStyle* style) {
    QStyleOptionFocusRect focus;
    focus.QStyleOption::operator=(cell);
    focus.rect = style->subElementRect(QStyle::SE_ItemViewItemFocusRect, &cell, cell.widget);
    focus.state |= QStyle::State_KeyboardFocusChange | QStyle::State_Item;
    const QPalette::ColorGroup group =
        (cell.state & QStyle::State_Enabled) ? QPalette::Normal : QPalette::Disabled;
    focus.backgroundColor = cell.palette.color(
        group, (cell.state & QStyle::State_Selected) ? QPalette::Highlight : QPalette::Window);
    style->drawPrimitive(QStyle::PE_FrameFocusRect, &focus, painter, cell.widget);
}

} // namespace

void TextCellDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                             const QModelIndex& index) const {
    QStyleOptionViewItem cell = option;
    initStyleOption(&cell, index);
    constexpr auto kOthers = QStyleOptionViewItem::HasCheckIndicator |
                             QStyleOptionViewItem::HasDecoration | QStyleOptionViewItem::WrapText;
    if ((cell.features & kOthers) || cell.text.contains(QChar::LineSeparator)) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    const QWidget* widget = cell.widget;
    const QStyle* style = widget != nullptr ? widget->style() : QApplication::style();
    painter->save();
    painter->setClipRect(cell.rect);
    style->drawPrimitive(QStyle::PE_PanelItemViewItem, &cell, painter, widget);
    if (!cell.text.isEmpty())
        drawText(painter, cell);
    if (cell.state & QStyle::State_HasFocus)
        drawFocus(painter, cell, style);
    painter->restore();
}

void TextCellDelegate::drawText(QPainter* painter, const QStyleOptionViewItem& cell) const {
    const QStyle* style = cell.widget != nullptr ? cell.widget->style() : QApplication::style();
    const int margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, cell.widget) + 1;
    const QRect area = cell.rect.adjusted(margin, 0, -margin, 0);
    painter->setPen(cell.palette.color(colorGroup(cell), (cell.state & QStyle::State_Selected)
                                                             ? QPalette::HighlightedText
                                                             : QPalette::Text));
    const LaidOutText& text = laidOut(cell, area.width());
    int top = area.top();
    if (cell.displayAlignment & Qt::AlignVCenter)
        top += (area.height() - text.height) / 2;
    else if (cell.displayAlignment & Qt::AlignBottom)
        top += area.height() - text.height;
    text.layout.draw(painter, QPointF(area.left(), top));
}

const TextCellDelegate::LaidOutText& TextCellDelegate::laidOut(const QStyleOptionViewItem& cell,
                                                               int width) const {
    if (cell.font != cachedFont_) {
        laidOut_.clear();
        cachedFont_ = cell.font;
    }
    const Qt::Alignment alignment = QStyle::visualAlignment(cell.direction, cell.displayAlignment);
    const QString key = cell.text + QChar(0x1f) + QString::number(width) + QChar(0x1f) +
                        QString::number(alignment.toInt()) + QChar(0x1f) +
                        QString::number(cell.direction) + QChar(0x1f) +
                        QString::number(cell.textElideMode);
    if (const LaidOutText* cached = laidOut_.object(key))
        return *cached;

    QTextOption textOption;
    textOption.setWrapMode(QTextOption::ManualWrap);
    textOption.setTextDirection(cell.direction);
    textOption.setAlignment(alignment);
    auto* text = new LaidOutText(cell.text, cell.font);
    // Keeps the shaped glyphs too: without it drawing shapes the text again.
    text->layout.setCacheEnabled(true);
    text->layout.setTextOption(textOption);
    qreal height = layOut(text->layout, width);
    if (text->layout.lineAt(0).naturalTextWidth() > width) {
        text->layout.setText(cell.fontMetrics.elidedText(cell.text, cell.textElideMode, width));
        height = layOut(text->layout, width);
    }
    text->height = qCeil(height);
    laidOut_.insert(key, text);
    return *text;
}

} // namespace meterdesk::ui

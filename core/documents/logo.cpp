#include "logo.h"

#include <QColor>
#include <QPainter>
#include <QPainterPath>
#include <QRectF>

namespace meterdesk::documents {

namespace {

const QColor kBrandBlue(0x2f, 0x6f, 0xdd);
const QColor kBrandGreen(0x1b, 0x7a, 0x33);

} // namespace

void paintLogo(QPainter& painter, const QRectF& square) {
    painter.save();
    painter.translate(square.topLeft());
    // Drawn on a 24-unit grid, like the icon set.
    painter.scale(square.width() / 24.0, square.height() / 24.0);
    painter.setRenderHint(QPainter::Antialiasing);

    painter.setPen(Qt::NoPen);
    painter.setBrush(kBrandBlue);
    painter.drawRoundedRect(QRectF(0, 0, 24, 24), 5, 5);

    painter.setBrush(QColor(255, 255, 255, 90));
    const double barWidth = 3.2;
    const double heights[] = {5.0, 8.5, 12.0};
    for (int bar = 0; bar < 3; ++bar) {
        const double x = 4.5 + bar * 5.5;
        painter.drawRoundedRect(QRectF(x, 19.5 - heights[bar], barWidth, heights[bar]), 0.8, 0.8);
    }

    QPainterPath line;
    line.moveTo(4.0, 14.5);
    line.lineTo(9.0, 10.0);
    line.lineTo(13.0, 12.5);
    line.lineTo(20.0, 5.0);
    painter.setBrush(Qt::NoBrush);
    painter.setPen(QPen(Qt::white, 2.0, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    painter.drawPath(line);
    painter.setPen(Qt::NoPen);
    painter.setBrush(kBrandGreen);
    painter.drawEllipse(QPointF(20.0, 5.0), 1.8, 1.8);
    painter.restore();
}

} // namespace meterdesk::documents

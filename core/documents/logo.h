#pragma once

class QPainter;
class QRectF;

namespace meterdesk::documents {

// The Meterdesk mark (a meter's rising bars under a usage line, as resources/icons/meterdesk.svg),
// drawn as vectors so that it stays sharp in a PDF without an SVG renderer.
void paintLogo(QPainter& painter, const QRectF& square);

} // namespace meterdesk::documents

#pragma once

#include <QString>

class QTableView;
class QWidget;

namespace meterdesk::ui {

// A read-only table as every page shows one: whole rows selected one at a time,
// alternating row colours, columns sized to their contents, the last one stretched.
QTableView* makeTableView(QWidget* parent, const QString& objectName);

} // namespace meterdesk::ui

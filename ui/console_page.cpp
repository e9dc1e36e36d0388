#include "console_page.h"

#include "icons.h"

#include <QLabel>
#include <QVBoxLayout>

namespace meterdesk::ui {

PlaceholderPage::PlaceholderPage(const QString& title, const QString& iconName, QWidget* parent)
    : ConsolePage(parent) {
    auto* icon = new QLabel(this);
    icon->setPixmap(icons::pixmap(iconName, 64, this));
    icon->setAlignment(Qt::AlignCenter);
    auto* heading = new QLabel(QStringLiteral("<h2>%1</h2>").arg(title.toHtmlEscaped()), this);
    heading->setAlignment(Qt::AlignCenter);
    auto* note = new QLabel(tr("This page arrives in a later version of Meterdesk."), this);
    note->setObjectName(QStringLiteral("placeholderNote"));
    note->setAlignment(Qt::AlignCenter);

    auto* layout = new QVBoxLayout(this);
    layout->addStretch();
    layout->addWidget(icon);
    layout->addWidget(heading);
    layout->addWidget(note);
    layout->addStretch();
}

} // namespace meterdesk::ui

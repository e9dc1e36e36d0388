#include "navigation.h"

#include "icons.h"

#include <QCoreApplication>

namespace meterdesk::ui {

QString pageName(Page page) {
    switch (page) {
    case Page::Tenants:
        return QStringLiteral("tenants");
    case Page::Plans:
        return QStringLiteral("plans");
    case Page::LiveUsage:
        return QStringLiteral("live-usage");
    case Page::Escrows:
        return QStringLiteral("escrows");
    case Page::Invoices:
        return QStringLiteral("invoices");
    case Page::AuditLog:
        return QStringLiteral("audit-log");
    }
    return {};
}

std::optional<Page> pageFromName(const QString& name) {
    for (Page page : kAllPages) {
        if (pageName(page) == name)
            return page;
    }
    return std::nullopt;
}

QString pageTitle(Page page) {
    switch (page) {
    case Page::Tenants:
        return QCoreApplication::translate("Navigation", "Tenants");
    case Page::Plans:
        return QCoreApplication::translate("Navigation", "Plans");
    case Page::LiveUsage:
        return QCoreApplication::translate("Navigation", "Live usage");
    case Page::Escrows:
        return QCoreApplication::translate("Navigation", "Escrows");
    case Page::Invoices:
        return QCoreApplication::translate("Navigation", "Invoices");
    case Page::AuditLog:
        return QCoreApplication::translate("Navigation", "Audit log");
    }
    return {};
}

QIcon pageIcon(Page page) {
    return icons::icon(pageName(page));
}

} // namespace meterdesk::ui

#pragma once

#include <QIcon>
#include <QString>

#include <array>
#include <optional>

namespace meterdesk::ui {

// The console's pages, in sidebar order; View > Ctrl+1..6 follow the same order.
enum class Page { Tenants, Plans, LiveUsage, Escrows, Invoices, AuditLog };

inline constexpr std::array kAllPages{Page::Tenants, Page::Plans,    Page::LiveUsage,
                                      Page::Escrows, Page::Invoices, Page::AuditLog};

// The stable name used by `meterdesk --page NAME`, in settings and in screenshot file
// names: "tenants", "plans", "live-usage", "escrows", "invoices", "audit-log".
QString pageName(Page page);
std::optional<Page> pageFromName(const QString& name);

// What the sidebar and the View menu show (translated).
QString pageTitle(Page page);
QIcon pageIcon(Page page);

} // namespace meterdesk::ui

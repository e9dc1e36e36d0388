#pragma once

#include <store/session.h>

#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>
#include <optional>
#include <vector>

class QAction;

namespace meterdesk::ui {

// Disables what the connected role may not do and says why in the tooltip ("Your role
// meterdesk_viewer may not top up credits"). An action is enabled only when the role
// allows it AND its page says it applies (a tenant is selected, ...). The database
// enforces the same rules; this only spares the operator a refusal.
class PermissionGuard : public QObject {
    Q_OBJECT

public:
    using Permission = std::function<bool(const store::Capabilities&)>;

    explicit PermissionGuard(QObject* parent = nullptr);

    // `deed` completes "Your role X may not ...", e.g. tr("top up credits").
    void guard(QAction* action, Permission permission, const QString& deed);
    // Whether the action applies right now, independently of the role.
    void setApplicable(QAction* action, bool applicable);

    void setSession(const store::SessionInfo& session);
    void clearSession();
    bool allows(const Permission& permission) const;
    // The role as the operator knows it: the meterdesk_* group when there is one.
    QString roleName() const;

signals:
    void sessionChanged();

private:
    struct Guarded {
        QPointer<QAction> action;
        Permission permission;
        QString deed;
        QString tooltip; // the action's own tooltip, shown when it is allowed
        bool applicable = true;
    };

    void apply(Guarded& guarded) const;
    Guarded* find(QAction* action);

    std::vector<Guarded> guarded_;
    std::optional<store::SessionInfo> session_;
};

} // namespace meterdesk::ui

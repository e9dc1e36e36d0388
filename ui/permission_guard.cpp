#include "permission_guard.h"

#include <QAction>

#include <algorithm>

namespace meterdesk::ui {

PermissionGuard::PermissionGuard(QObject* parent)
    : QObject(parent) {}

void PermissionGuard::guard(QAction* action, Permission permission, const QString& deed) {
    guarded_.push_back(Guarded{action, std::move(permission), deed, action->toolTip(), true});
    apply(guarded_.back());
}

void PermissionGuard::setApplicable(QAction* action, bool applicable) {
    if (Guarded* guarded = find(action)) {
        guarded->applicable = applicable;
        apply(*guarded);
    } else {
        action->setEnabled(applicable);
    }
}

void PermissionGuard::setSession(const store::SessionInfo& session) {
    session_ = session;
    for (auto& guarded : guarded_)
        apply(guarded);
    emit sessionChanged();
}

void PermissionGuard::clearSession() {
    session_.reset();
    for (auto& guarded : guarded_)
        apply(guarded);
    emit sessionChanged();
}

bool PermissionGuard::allows(const Permission& permission) const {
    return session_ && permission(session_->capabilities);
}

QString PermissionGuard::roleName() const {
    if (!session_)
        return {};
    return QString::fromStdString(session_->groupRole.empty() ? session_->role
                                                              : session_->groupRole);
}

void PermissionGuard::apply(Guarded& guarded) const {
    if (!guarded.action)
        return;
    if (!session_) {
        guarded.action->setEnabled(false);
        guarded.action->setToolTip(tr("Not connected to a metering database"));
        return;
    }
    const bool allowed = guarded.permission(session_->capabilities);
    guarded.action->setEnabled(allowed && guarded.applicable);
    guarded.action->setToolTip(
        allowed ? guarded.tooltip : tr("Your role %1 may not %2").arg(roleName(), guarded.deed));
}

PermissionGuard::Guarded* PermissionGuard::find(QAction* action) {
    const auto found = std::find_if(guarded_.begin(), guarded_.end(),
                                    [action](const Guarded& g) { return g.action == action; });
    return found == guarded_.end() ? nullptr : &*found;
}

} // namespace meterdesk::ui

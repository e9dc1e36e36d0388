#include <ui/permission_guard.h>

#include <QAction>
#include <QSignalSpy>
#include <QTest>

using namespace meterdesk;
using ui::PermissionGuard;

namespace {

store::SessionInfo session(const std::string& groupRole, store::Capabilities capabilities) {
    store::SessionInfo info;
    info.role = "carol";
    info.groupRole = groupRole;
    info.serverVersion = "15.14";
    info.capabilities = capabilities;
    return info;
}

} // namespace

class TestPermissionGuard : public QObject {
    Q_OBJECT

private slots:
    void enablesWhatTheRoleMayDo_data() {
        QTest::addColumn<bool>("mayCredit");
        QTest::addColumn<bool>("applicable");
        QTest::addColumn<QString>("groupRole");
        QTest::addColumn<bool>("enabled");
        QTest::addColumn<QString>("tooltip");

        QTest::newRow("allowed and applicable")
            << true << true << "meterdesk_billing" << true << "Add purchased credits";
        QTest::newRow("allowed, nothing selected")
            << true << false << "meterdesk_billing" << false << "Add purchased credits";
        QTest::newRow("viewer") << false << true << "meterdesk_viewer" << false
                                << "Your role meterdesk_viewer may not top up credits";
        QTest::newRow("login role without a group")
            << false << true << "" << false << "Your role carol may not top up credits";
    }

    void enablesWhatTheRoleMayDo() {
        QFETCH(bool, mayCredit);
        QFETCH(bool, applicable);
        QFETCH(QString, groupRole);
        QFETCH(bool, enabled);
        QFETCH(QString, tooltip);

        QAction topUp(QStringLiteral("Top up"));
        topUp.setToolTip(QStringLiteral("Add purchased credits"));
        PermissionGuard guard;
        guard.guard(
            &topUp, [](const store::Capabilities& c) { return c.credit; },
            QStringLiteral("top up credits"));
        guard.setApplicable(&topUp, applicable);
        store::Capabilities capabilities;
        capabilities.credit = mayCredit;
        guard.setSession(session(groupRole.toStdString(), capabilities));

        QCOMPARE(topUp.isEnabled(), enabled);
        QCOMPARE(topUp.toolTip(), tooltip);
    }

    void disconnectedDisablesEverything() {
        QAction edit(QStringLiteral("Edit"));
        edit.setToolTip(QStringLiteral("Edit the tenant"));
        PermissionGuard guard;
        QSignalSpy changes(&guard, &PermissionGuard::sessionChanged);
        guard.guard(
            &edit, [](const store::Capabilities& c) { return c.editTenants; },
            QStringLiteral("edit tenants"));
        QVERIFY(!edit.isEnabled());

        store::Capabilities all;
        all.editTenants = true;
        guard.setSession(session("meterdesk_admin", all));
        QVERIFY(edit.isEnabled());
        QCOMPARE(edit.toolTip(), QStringLiteral("Edit the tenant"));
        QCOMPARE(guard.roleName(), QStringLiteral("meterdesk_admin"));

        guard.clearSession();
        QVERIFY(!edit.isEnabled());
        QVERIFY(edit.toolTip().contains(QStringLiteral("Not connected")));
        QCOMPARE(changes.size(), 2);
    }

    void applicabilityOutlivesASessionChange() {
        QAction suspend(QStringLiteral("Suspend"));
        PermissionGuard guard;
        guard.guard(
            &suspend, [](const store::Capabilities& c) { return c.suspend; },
            QStringLiteral("suspend tenants"));
        guard.setApplicable(&suspend, false);
        store::Capabilities support;
        support.suspend = true;
        guard.setSession(session("meterdesk_support", support));
        QVERIFY2(!suspend.isEnabled(), "a new session re-enabled an action that does not apply");
        guard.setApplicable(&suspend, true);
        QVERIFY(suspend.isEnabled());
    }

    void aDeletedActionIsForgotten() {
        PermissionGuard guard;
        auto* action = new QAction(QStringLiteral("Gone"));
        guard.guard(
            action, [](const store::Capabilities&) { return true; }, QStringLiteral("go"));
        delete action;
        guard.setSession(session("meterdesk_admin", {}));
        QVERIFY(guard.allows([](const store::Capabilities&) { return true; }));
    }
};

QTEST_MAIN(TestPermissionGuard)
#include "tst_permission_guard.moc"

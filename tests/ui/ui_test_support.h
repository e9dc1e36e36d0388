#pragma once

// Helpers shared by the suites that drive the console against the sandbox database.

#include <models/database_session.h>
#include <store/connection.h>

#include <QApplication>
#include <QCoreApplication>
#include <QDateTime>
#include <QTest>
#include <QWidget>

#include <pqxx/pqxx>

#include <memory>
#include <string>

namespace meterdesk::uitest {

// A connection of the test's own (the libpq environment the fixture sets), to prepare data
// and to check what the console wrote, independently of the console's session.
inline std::unique_ptr<pqxx::connection> checkConnection() {
    return store::connect({{}, {}, "tst_ui_check"});
}

// Different in every run and process, so suites sharing the database never collide.
inline std::string uniqueSuffix() {
    return QString::number(QCoreApplication::applicationPid(), 36).toStdString() + "-" +
           QString::number(QDateTime::currentMSecsSinceEpoch() % 1'000'000'000, 36).toStdString();
}

// A plan whose version 1 has been in force for a month: two rules, one region.
inline void createPlanInForce(pqxx::connection& connection, const std::string& code) {
    pqxx::work work(connection);
    work.exec_params("INSERT INTO meter.plans (code, name) VALUES ($1, $2)", code,
                     "UI test " + code);
    work.exec_params(R"(INSERT INTO meter.plan_versions (plan_code, version, effective_from,
                            monthly_allowance_ucr, rate_limit_requests, rate_limit_period_s)
                        VALUES ($1, 1, now() - interval '30 days', 10000000, 600, 60))",
                     code);
    work.exec_params(
        R"(INSERT INTO meter.endpoint_rules (plan_code, version, service, endpoint, method,
                            per_call_ucr, per_unit_ucr, premium)
                        VALUES ($1, 1, 'maps', '/v1/geocode', 'GET', 500000, 0, false),
                               ($1, 1, 'ai', '/v1/complete', 'POST', 2000000, 1000, true))",
        code);
    work.exec_params(
        "INSERT INTO meter.region_multipliers (plan_code, version, region, basis_points) "
        "VALUES ($1, 1, 'eu', 12500)",
        code);
    work.commit();
}

inline bool waitUntilDescribed(models::DatabaseSession& session, int timeoutMs = 20'000) {
    return QTest::qWaitFor([&] { return session.sessionInfo().has_value(); }, timeoutMs);
}

// The open top-level widget of type T with the given object name ("" for any), if any: the
// console opens its dialogs window-modal with open(), so a test answers them like this.
template <typename T>
T* openWindow(const QString& objectName = {}) {
    for (QWidget* widget : QApplication::topLevelWidgets()) {
        auto* window = qobject_cast<T*>(widget);
        if (window && window->isVisible() &&
            (objectName.isEmpty() || window->objectName() == objectName))
            return window;
    }
    return nullptr;
}

template <typename T>
T* waitForWindow(const QString& objectName = {}, int timeoutMs = 10'000) {
    T* found = nullptr;
    if (!QTest::qWaitFor([&] { return (found = openWindow<T>(objectName)) != nullptr; }, timeoutMs))
        return nullptr;
    return found;
}

} // namespace meterdesk::uitest

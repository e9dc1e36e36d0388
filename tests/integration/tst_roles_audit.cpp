// What each Meterdesk group role may and may not do, what the audit log records of it, and the
// history the database refuses to rewrite: the ledger and tariff versions in force.

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <pqxx/pqxx>

#include <iterator>
#include <map>
#include <memory>
#include <string>

namespace {

// Unique per run: roles are cluster-wide and the ledger is append-only.
const std::string runTag = std::to_string(QDateTime::currentMSecsSinceEpoch() % 100'000'000);
const std::string planCode = "audit-" + runTag;
const std::string slug = "audit-" + runTag;

const char* const groups[] = {"admin", "billing", "support", "viewer", "gateway"};

std::string loginOf(const std::string& group) {
    return "md_test_" + runTag + "_" + group;
}

QJsonObject json(const pqxx::field& field) {
    return field.is_null() ? QJsonObject()
                           : QJsonDocument::fromJson(QByteArray(field.c_str())).object();
}

} // namespace

class TestRolesAudit : public QObject {
    Q_OBJECT

    std::unique_ptr<pqxx::connection> owner_;
    std::map<std::string, std::unique_ptr<pqxx::connection>> logins_;
    long long tenant_ = 0;
    long long alert_ = 0;

    // The statement with its placeholders filled in.
    std::string expand(QString sql) const {
        return sql.replace("TENANT_ID", QString::number(tenant_))
            .replace("ALERT_ID", QString::number(alert_))
            .replace("SLUG", QString::fromStdString(slug))
            .replace("PLAN", QString::fromStdString(planCode))
            .replace("TAG", QString::fromStdString(runTag))
            .toStdString();
    }

    // Runs sql in a transaction that is rolled back; returns the SQLSTATE of its error, or "".
    static std::string stateOf(pqxx::connection& connection, const std::string& sql) {
        try {
            pqxx::work work(connection);
            work.exec(sql);
            return "";
        } catch (const pqxx::insufficient_privilege&) {
            return "42501"; // libpqxx 6.4 leaves sqlstate() empty for this one class
        } catch (const pqxx::sql_error& error) {
            return error.sqlstate();
        }
    }

    pqxx::result auditRows(const std::string& table, const std::string& rowKey) {
        return pqxx::read_transaction(*owner_).exec_params(
            R"(SELECT operation, db_role, operator, before, after, tenant_id FROM meter.audit_log
                WHERE table_name = $1 AND row_key = $2 ORDER BY audit_id)",
            table, rowKey);
    }

private slots:
    // A plan whose version 1 is in force (with a region) and version 2 is still to come; a tenant
    // with credits and one open low-credit alert; a login role in every group.
    void initTestCase() {
        owner_ = std::make_unique<pqxx::connection>();
        {
            pqxx::work work(*owner_);
            work.exec_params("INSERT INTO meter.plans (code, name) VALUES ($1, 'Audit')", planCode);
            work.exec_params(R"(INSERT INTO meter.plan_versions (plan_code, version, effective_from,
                                    rate_limit_requests, rate_limit_period_s)
                                VALUES ($1, 1, now(), 1000, 60), ($1, 2, now() + interval '30 days', 1000, 60))",
                             planCode);
            work.exec_params(
                R"(INSERT INTO meter.endpoint_rules (plan_code, version, service, endpoint, method,
                                    per_call_ucr)
                                VALUES ($1, 1, 'audit', '/paid', 'GET', 2000), ($1, 2, 'audit', '/paid', 'GET', 3000))",
                planCode);
            work.exec_params(
                R"(INSERT INTO meter.region_multipliers (plan_code, version, region, basis_points)
                                VALUES ($1, 1, 'eu', 12000))",
                planCode);
            tenant_ = work.exec_params1(R"(INSERT INTO meter.tenants (slug, name, email, plan_code,
                                                                      low_credit_threshold_ucr)
                                           VALUES ($1, 'Audit Tenant', 'audit@example.com', $2, 5000)
                                           RETURNING tenant_id)",
                                        slug, planCode)[0]
                          .as<long long>();
            work.exec_params("SELECT meter.top_up($1, 6000, 'opening credits')", tenant_);
            work.exec_params("SELECT * FROM meter.track($1, 'audit', '/paid', 'GET')", slug);
            alert_ = work.exec_params1("SELECT alert_id FROM meter.alerts WHERE tenant_id = $1",
                                       tenant_)[0]
                         .as<long long>();
            for (const char* group : groups)
                work.exec("CREATE ROLE " + loginOf(group) + " LOGIN IN ROLE meterdesk_" + group);
            work.commit();
        }
        for (const char* group : groups)
            logins_[group] = std::make_unique<pqxx::connection>("user=" + loginOf(group));
    }

    void cleanupTestCase() {
        logins_.clear();
        pqxx::nontransaction drop(*owner_);
        for (const char* group : groups)
            drop.exec("DROP ROLE IF EXISTS " + loginOf(group));
    }

    void rolesMayDoOnlyTheirPart_data() {
        QTest::addColumn<QString>("group");
        QTest::addColumn<QString>("sql");
        QTest::addColumn<bool>("permitted");

        const QString suspend =
            "UPDATE meter.tenants SET status = 'suspended' WHERE tenant_id = TENANT_ID";
        const QString rename =
            "UPDATE meter.tenants SET name = 'Renamed' WHERE tenant_id = TENANT_ID";
        const QString topUp = "SELECT meter.top_up(TENANT_ID, 1000, 'test')";
        const QString adjust = "SELECT meter.adjust(TENANT_ID, -1000, 'test correction')";
        const QString newPlan =
            "INSERT INTO meter.plans (code, name) VALUES ('role-TAG', 'Role test')";
        const QString futurePrice = "UPDATE meter.endpoint_rules SET per_call_ucr = 1 WHERE "
                                    "plan_code = 'PLAN' AND version = 2";
        const QString track = "SELECT * FROM meter.track('SLUG', 'audit', '/paid', 'GET')";
        const QString trackBatch = R"(SELECT * FROM meter.track_batch(
            '[{"tenant": "SLUG", "service": "audit", "endpoint": "/paid", "method": "GET"}]'))";
        const QString readTenants = "SELECT count(*) FROM meter.tenants";
        const QString readLedger = "SELECT count(*) FROM meter.ledger";
        const QString readAudit = "SELECT count(*) FROM meter.audit_log";
        const QString acknowledge = "SELECT meter.acknowledge_alert(TENANT_ID, ALERT_ID)";
        const QString issueKey = "SELECT * FROM meter.issue_api_key(TENANT_ID, 'ci')";
        const QString writeLedger = "INSERT INTO meter.ledger (tenant_id, kind, amount_ucr, "
                                    "reason) VALUES (TENANT_ID, 'grant', 5, 'forged')";
        const QString writeBalance =
            "UPDATE meter.balances SET balance_ucr = 1 WHERE tenant_id = TENANT_ID";
        const QString forgeAudit = "INSERT INTO meter.audit_log (table_name, operation, row_key) "
                                   "VALUES ('plans', 'DELETE', 'code=x')";
        const QString eraseAudit = "DELETE FROM meter.audit_log WHERE tenant_id = TENANT_ID";
        const QString eraseUsage = "DELETE FROM meter.usage_rollups WHERE tenant_id = TENANT_ID";
        const QString internal = "SELECT * FROM meter.meter_events('[]', true)";
        const QString newTenant = R"(INSERT INTO meter.tenants (slug, name, email, plan_code)
                                     VALUES ('role-TAG', 'Role test', 'role@example.com', 'PLAN'))";
        const QString newVersion =
            R"(INSERT INTO meter.plan_versions (plan_code, version, effective_from,
                                          rate_limit_requests, rate_limit_period_s)
                                      VALUES ('PLAN', 3, now() + interval '90 days', 10, 60);
                                      INSERT INTO meter.endpoint_rules (plan_code, version, service, endpoint, method)
                                      VALUES ('PLAN', 3, 'audit', '/new', 'GET'))";

        const auto row = [](const char* group, const QString& sql, bool permitted) {
            QTest::addRow("%s: %s", group, qPrintable(sql.simplified().left(60)))
                << QString(group) << sql << permitted;
        };
        for (const QString& sql : {readTenants, readLedger, readAudit})
            row("viewer", sql, true);
        for (const QString& sql : {suspend, topUp, newPlan, track, acknowledge, issueKey})
            row("viewer", sql, false);

        for (const QString& sql : {track, trackBatch})
            row("gateway", sql, true);
        for (const QString& sql : {readTenants, readLedger, topUp, suspend, internal})
            row("gateway", sql, false);

        for (const QString& sql : {suspend, acknowledge, readLedger})
            row("support", sql, true);
        for (const QString& sql : {rename, topUp, adjust, issueKey, newPlan})
            row("support", sql, false);

        for (const QString& sql : {topUp, adjust, readAudit})
            row("billing", sql, true);
        for (const QString& sql :
             {newPlan, newVersion, futurePrice, newTenant, suspend, writeLedger, issueKey})
            row("billing", sql, false);

        for (const QString& sql : {newPlan, newVersion, futurePrice, newTenant, rename, suspend,
                                   topUp, issueKey, acknowledge, track})
            row("admin", sql, true);
        for (const QString& sql : {writeLedger, writeBalance, forgeAudit, eraseAudit, eraseUsage})
            row("admin", sql, false);
    }

    void rolesMayDoOnlyTheirPart() {
        QFETCH(QString, group);
        QFETCH(QString, sql);
        QFETCH(bool, permitted);
        const std::string state = stateOf(*logins_.at(group.toStdString()), expand(sql));
        QCOMPARE(QString::fromStdString(state), QString(permitted ? "" : "42501"));
    }

    void capabilitiesMatchTheGrants_data() {
        QTest::addColumn<QString>("group");
        QTest::addColumn<QList<bool>>(
            "expected"); // tenants, plans, credit, suspend, keys, alerts, admin
        QTest::newRow("admin") << "admin" << QList<bool>{true, true, true, true, true, true, true};
        QTest::newRow("billing") << "billing"
                                 << QList<bool>{false, false, true, false, false, false, false};
        QTest::newRow("support") << "support"
                                 << QList<bool>{false, false, false, true, false, true, false};
        QTest::newRow("viewer") << "viewer"
                                << QList<bool>{false, false, false, false, false, false, false};
        QTest::newRow("gateway") << "gateway"
                                 << QList<bool>{false, false, false, false, false, false, false};
    }

    void capabilitiesMatchTheGrants() {
        QFETCH(QString, group);
        QFETCH(QList<bool>, expected);
        const auto row =
            pqxx::read_transaction(*logins_.at(group.toStdString()))
                .exec1(R"(SELECT can_edit_tenants, can_edit_plans, can_credit, can_suspend,
                                              can_manage_keys, can_ack_alerts, is_admin
                                         FROM meter.current_capabilities())");
        QList<bool> actual;
        for (const auto& field : row)
            actual.append(field.as<bool>());
        QCOMPARE(actual, expected);
    }

    void auditsEveryEditWithRoleOperatorAndRows() {
        pqxx::connection& admin = *logins_.at("admin");
        pqxx::nontransaction(admin).exec("SET meterdesk.operator = 'alice@example.com'");
        const std::string code = "audited-" + runTag;
        for (const std::string& sql :
             {"INSERT INTO meter.plans (code, name) VALUES ('" + code + "', 'First')",
              "UPDATE meter.plans SET name = 'Second' WHERE code = '" + code + "'",
              "DELETE FROM meter.plans WHERE code = '" + code + "'"}) {
            pqxx::work work(admin);
            work.exec(sql);
            work.commit();
        }
        pqxx::nontransaction(admin).exec("RESET meterdesk.operator");

        const auto rows = auditRows("plans", "code=" + code);
        const char* const operations[] = {"INSERT", "UPDATE", "DELETE"};
        QCOMPARE(rows.size(), std::size(operations));
        for (pqxx::result::size_type i = 0; i < rows.size(); ++i) {
            QCOMPARE(rows[i]["operation"].as<std::string>(), std::string(operations[i]));
            QCOMPARE(rows[i]["db_role"].as<std::string>(), loginOf("admin"));
            QCOMPARE(rows[i]["operator"].as<std::string>(), std::string("alice@example.com"));
            QVERIFY(rows[i]["tenant_id"].is_null());
        }
        QVERIFY(rows[0]["before"].is_null());
        QCOMPARE(json(rows[0]["after"])["name"].toString(), QString("First"));
        QCOMPARE(json(rows[1]["before"])["name"].toString(), QString("First"));
        QCOMPARE(json(rows[1]["after"])["name"].toString(), QString("Second"));
        QCOMPARE(json(rows[1]["after"])["row_version"].toInt(), 2);
        QCOMPARE(json(rows[2]["before"])["name"].toString(), QString("Second"));
        QVERIFY(rows[2]["after"].is_null());
    }

    void auditsSuspensionBySupport() {
        pqxx::work work(*logins_.at("support"));
        work.exec_params("UPDATE meter.tenants SET status = 'suspended' WHERE tenant_id = $1",
                         tenant_);
        work.exec_params("UPDATE meter.tenants SET status = 'active' WHERE tenant_id = $1",
                         tenant_);
        work.commit();

        const auto rows = auditRows("tenants", "tenant_id=" + std::to_string(tenant_));
        QVERIFY(rows.size() >= 3); // the creation and the two changes
        const auto suspension = rows[rows.size() - 2];
        QCOMPARE(suspension["operation"].as<std::string>(), std::string("UPDATE"));
        QCOMPARE(suspension["db_role"].as<std::string>(), loginOf("support"));
        QCOMPARE(suspension["operator"].as<std::string>(), loginOf("support"));
        QCOMPARE(suspension["tenant_id"].as<long long>(), tenant_);
        QCOMPARE(json(suspension["before"])["status"].toString(), QString("active"));
        QCOMPARE(json(suspension["after"])["status"].toString(), QString("suspended"));
        QCOMPARE(json(rows[rows.size() - 1]["after"])["status"].toString(), QString("active"));
    }

    void auditsCreditsButNotMeteredUsage() {
        {
            pqxx::work work(*logins_.at("billing"));
            work.exec_params("SELECT meter.top_up($1, 777, 'audited top-up')", tenant_);
            work.commit();
        }
        {
            pqxx::work work(*logins_.at("gateway"));
            work.exec_params("SELECT * FROM meter.track($1, 'audit', '/paid', 'GET')", slug);
            work.commit();
        }
        pqxx::read_transaction read(*owner_);
        const auto topUp = read.exec_params1(
            R"(SELECT db_role, after ->> 'amount_ucr', after ->> 'reason' FROM meter.audit_log
                WHERE table_name = 'ledger' AND tenant_id = $1 AND after ->> 'kind' = 'top_up'
                ORDER BY audit_id DESC LIMIT 1)",
            tenant_);
        QCOMPARE(topUp[0].as<std::string>(), loginOf("billing"));
        QCOMPARE(topUp[1].as<std::string>(), std::string("777"));
        QCOMPARE(topUp[2].as<std::string>(), std::string("audited top-up"));
        QVERIFY(read.exec_params1(
                        "SELECT count(*) FROM meter.ledger WHERE tenant_id = $1 AND kind = 'usage'",
                        tenant_)[0]
                    .as<long long>() >= 2);
        QCOMPARE(read.exec_params1(R"(SELECT count(*) FROM meter.audit_log
                                       WHERE table_name = 'ledger' AND after ->> 'kind' = 'usage')")
                     [0]
                         .as<long long>(),
                 0LL);
    }

    void historyIsAppendOnly_data() {
        QTest::addColumn<QString>("sql");
        QTest::newRow("update ledger")
            << "UPDATE meter.ledger SET amount_ucr = 1 WHERE tenant_id = TENANT_ID";
        QTest::newRow("delete ledger") << "DELETE FROM meter.ledger WHERE tenant_id = TENANT_ID";
        QTest::newRow("truncate ledger") << "TRUNCATE meter.ledger CASCADE";
        QTest::newRow("update audit log")
            << "UPDATE meter.audit_log SET operator = 'x' WHERE tenant_id = TENANT_ID";
        QTest::newRow("delete audit log")
            << "DELETE FROM meter.audit_log WHERE tenant_id = TENANT_ID";
        QTest::newRow("truncate audit log") << "TRUNCATE meter.audit_log";
    }

    // Even the owner, who holds every privilege, cannot rewrite history.
    void historyIsAppendOnly() {
        QFETCH(QString, sql);
        try {
            pqxx::work work(*owner_);
            work.exec(expand(sql));
            QFAIL("history was rewritten");
        } catch (const pqxx::sql_error& error) {
            QCOMPARE(error.sqlstate(), std::string("23000"));
            QVERIFY2(QString(error.what()).contains("append-only"), error.what());
        }
    }

    void versionInForceIsFrozen_data() {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<QString>("state"); // the SQLSTATE expected, "" for success
        const QString v1 = "plan_code = 'PLAN' AND version = 1";
        const QString v2 = "plan_code = 'PLAN' AND version = 2";
        const QString existingRule =
            R"(INSERT INTO meter.endpoint_rules (plan_code, version, service, endpoint,
                                            method, per_call_ucr) VALUES ('PLAN', 1, 'audit', '/paid', 'GET', 2000))";
        const QString refused = "23000";
        QTest::newRow("change version in force")
            << "UPDATE meter.plan_versions SET monthly_allowance_ucr = 5 WHERE " + v1 << refused;
        QTest::newRow("delete version in force")
            << "DELETE FROM meter.plan_versions WHERE " + v1 << refused;
        QTest::newRow("change its rule")
            << "UPDATE meter.endpoint_rules SET per_call_ucr = 1 WHERE " + v1 << refused;
        QTest::newRow("delete its rule")
            << "DELETE FROM meter.endpoint_rules WHERE " + v1 << refused;
        QTest::newRow("add a rule")
            << R"(INSERT INTO meter.endpoint_rules (plan_code, version, service, endpoint, method)
                                          VALUES ('PLAN', 1, 'audit', '/new', 'GET'))"
            << refused;
        QTest::newRow("change its region")
            << "UPDATE meter.region_multipliers SET basis_points = 1 WHERE " + v1 << refused;
        QTest::newRow("add a region")
            << "INSERT INTO meter.region_multipliers VALUES ('PLAN', 1, 'us', 9000)" << refused;
        QTest::newRow("upsert its rule")
            << existingRule + " ON CONFLICT (plan_code, version, service, endpoint, method)"
                              " DO UPDATE SET per_call_ucr = 1"
            << refused;
        QTest::newRow("delete the plan")
            << "DELETE FROM meter.plans WHERE code = 'PLAN'" << refused;
        QTest::newRow("insert an existing rule again") << existingRule << "23505";
        QTest::newRow("insert an existing rule again, on conflict do nothing")
            << existingRule + " ON CONFLICT DO NOTHING"
            << "";
        QTest::newRow("change future version")
            << "UPDATE meter.plan_versions SET monthly_allowance_ucr = 5 WHERE " + v2 << "";
        QTest::newRow("change future rule")
            << "UPDATE meter.endpoint_rules SET per_call_ucr = 1 WHERE " + v2 << "";
        QTest::newRow("delete future version")
            << "DELETE FROM meter.plan_versions WHERE " + v2 << "";
        QTest::newRow("create a version in force with its rules")
            << R"(INSERT INTO meter.plan_versions (plan_code, version, effective_from, rate_limit_requests,
                                                   rate_limit_period_s) VALUES ('PLAN', 3, now(), 10, 60);
                  INSERT INTO meter.endpoint_rules (plan_code, version, service, endpoint, method)
                  VALUES ('PLAN', 3, 'audit', '/new', 'GET');
                  INSERT INTO meter.region_multipliers VALUES ('PLAN', 3, 'us', 9000))"
            << "";
    }

    void versionInForceIsFrozen() {
        QFETCH(QString, sql);
        QFETCH(QString, state);
        QCOMPARE(QString::fromStdString(stateOf(*owner_, expand(sql))), state);
    }
};

QTEST_GUILESS_MAIN(TestRolesAudit)
#include "tst_roles_audit.moc"

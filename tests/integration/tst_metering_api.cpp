// meter.track and meter.track_batch against a real database: the shared rating vectors,
// idempotency, every denial, every refused argument, rollups and alerts with their NOTIFYs.

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <pqxx/pqxx>

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <optional>
#include <random>
#include <set>
#include <string>
#include <vector>

namespace {

// Unique per run, so that the suite can run again against the same database: the ledger is
// append-only, so tenants with history are never deleted.
const std::string runTag = std::to_string(QDateTime::currentMSecsSinceEpoch() % 100'000'000);
const std::string vectorsPlan = "vectors-" + runTag;
const std::string shopPlan = "shop-" + runTag;
const std::string mixPlan = "mix-" + runTag;

// A window this long never ends during a test (its boundaries are 1970 and 2033).
constexpr long long endlessPeriodSeconds = 2'000'000'000;

struct Decision {
    bool allowed = false;
    std::string reason;
    long long credits = 0;
    std::optional<long long> balance;
    std::optional<int> retryAfter;
    bool duplicate = false;
};

Decision decisionFrom(const pqxx::row& row) {
    Decision decision;
    decision.allowed = row["allowed"].as<bool>();
    decision.reason = row["reason"].as<std::string>();
    decision.credits = row["credits_ucr"].as<long long>();
    if (!row["balance_ucr"].is_null())
        decision.balance = row["balance_ucr"].as<long long>();
    if (!row["retry_after_s"].is_null())
        decision.retryAfter = row["retry_after_s"].as<int>();
    decision.duplicate = row["duplicate"].as<bool>();
    return decision;
}

// What one tenant has in the database, to show that a refused call changed nothing.
struct Footprint {
    long long balance = 0;
    long long events = 0;
    long long ledgerEntries = 0;
    long long requestIds = 0;
    long long rolledUpCalls = 0;
    long long rateCounts = 0;

    friend bool operator==(const Footprint&, const Footprint&) = default;
};

// Receives the payloads of one NOTIFY channel on a connection of its own.
class ChannelListener final : public pqxx::notification_receiver {
public:
    ChannelListener(pqxx::connection& connection, const std::string& channel)
        : pqxx::notification_receiver(connection, channel)
        , connection_(connection) {
        pqxx::nontransaction(connection_).exec("SELECT 1"); // sends the queued LISTEN
    }

    void operator()(const std::string& payload, int) override {
        payloads_.push_back(QJsonDocument::fromJson(QByteArray::fromStdString(payload)).object());
    }

    // The payloads received within timeout, waiting for at least `expected` of them.
    const std::vector<QJsonObject>&
    collect(std::size_t expected, std::chrono::milliseconds timeout = std::chrono::seconds(5)) {
        const auto deadline = std::chrono::steady_clock::now() + timeout;
        while (payloads_.size() < expected && std::chrono::steady_clock::now() < deadline)
            connection_.await_notification(0, 100'000);
        connection_.get_notifs();
        return payloads_;
    }

private:
    pqxx::connection& connection_;
    std::vector<QJsonObject> payloads_;
};

} // namespace

class TestMeteringApi : public QObject {
    Q_OBJECT

    std::unique_ptr<pqxx::connection> db_;
    QJsonObject vectors_;
    int tenantCount_ = 0;

    std::string newSlug(const std::string& purpose) {
        return purpose + "-" + runTag + "-" + std::to_string(++tenantCount_);
    }

    long long createTenant(const std::string& slug, const std::string& plan, bool premium,
                           long long credits, long long lowCreditThreshold = 0) {
        pqxx::work work(*db_);
        const auto id =
            work.exec_params1(
                    R"(INSERT INTO meter.tenants (slug, name, email, plan_code, premium_access,
                                                              low_credit_threshold_ucr)
                                   VALUES ($1, $1, $1 || '@example.com', $2, $3, $4) RETURNING tenant_id)",
                    slug, plan, premium, lowCreditThreshold)[0]
                .as<long long>();
        if (credits > 0)
            work.exec_params("SELECT meter.top_up($1, $2, 'test credits')", id, credits);
        work.commit();
        return id;
    }

    long long scalar(const std::string& sql, long long tenantId) {
        return pqxx::read_transaction(*db_).exec_params1(sql, tenantId)[0].as<long long>();
    }

    Footprint footprint(long long tenantId) {
        pqxx::read_transaction read(*db_);
        const auto row = read.exec_params1(
            R"(SELECT (SELECT balance_ucr FROM meter.balances WHERE tenant_id = $1),
                      (SELECT count(*) FROM meter.usage_events WHERE tenant_id = $1),
                      (SELECT count(*) FROM meter.ledger WHERE tenant_id = $1),
                      (SELECT count(*) FROM meter.request_ids WHERE tenant_id = $1),
                      (SELECT coalesce(sum(allowed_calls + denied_not_in_plan + denied_premium_required
                                           + denied_rate_limited + denied_no_credits + denied_suspended), 0)
                         FROM meter.usage_rollups WHERE tenant_id = $1),
                      (SELECT coalesce(sum(count), 0) FROM meter.rate_counters WHERE tenant_id = $1))",
            tenantId);
        return {row[0].as<long long>(), row[1].as<long long>(), row[2].as<long long>(),
                row[3].as<long long>(), row[4].as<long long>(), row[5].as<long long>()};
    }

    Decision track(const std::string& slug, const std::string& service, const std::string& endpoint,
                   const std::string& method, long long units = 1, const std::string& region = "",
                   const std::string& requestId = "") {
        pqxx::work work(*db_);
        const auto row =
            work.exec_params1("SELECT * FROM meter.track($1, $2, $3, $4, $5, region => $6, "
                              "request_id => nullif($7, ''))",
                              slug, service, endpoint, method, units, region, requestId);
        work.commit();
        return decisionFrom(row);
    }

    std::vector<Decision> trackBatch(const QJsonArray& events) {
        pqxx::work work(*db_);
        const auto rows =
            work.exec_params("SELECT * FROM meter.track_batch($1::jsonb)",
                             QJsonDocument(events).toJson(QJsonDocument::Compact).toStdString());
        work.commit();
        std::vector<Decision> decisions;
        for (const auto& row : rows)
            decisions.push_back(decisionFrom(row));
        return decisions;
    }

    static QJsonObject call(const std::string& slug, const char* endpoint,
                            const char* method = "GET", long long units = 1) {
        return {{"tenant", QString::fromStdString(slug)},
                {"service", "shop"},
                {"endpoint", endpoint},
                {"method", method},
                {"units", units}};
    }

    void createVectorsPlan() {
        const QJsonObject tariff = vectors_["tariff"].toObject();
        const QJsonObject limit = tariff["defaultRateLimit"].toObject();
        pqxx::work work(*db_);
        work.exec_params("INSERT INTO meter.plans (code, name) VALUES ($1, 'Rating vectors')",
                         vectorsPlan);
        work.exec_params(R"(INSERT INTO meter.plan_versions (plan_code, version, effective_from,
                                monthly_allowance_ucr, rate_limit_requests, rate_limit_period_s)
                            VALUES ($1, 1, now(), $2, $3, $4))",
                         vectorsPlan, tariff["monthlyAllowanceUcr"].toInteger(),
                         limit["requests"].toInteger(), limit["periodSeconds"].toInteger());
        for (const auto& value : tariff["rules"].toArray()) {
            const QJsonObject rule = value.toObject();
            work.exec_params(
                R"(INSERT INTO meter.endpoint_rules (plan_code, version, service, endpoint, method,
                                    per_call_ucr, per_unit_ucr, premium)
                                VALUES ($1, 1, $2, $3, $4, $5, $6, $7))",
                vectorsPlan, rule["service"].toString().toStdString(),
                rule["endpoint"].toString().toStdString(), rule["method"].toString().toStdString(),
                rule["perCallUcr"].toInteger(), rule["perUnitUcr"].toInteger(),
                rule["premium"].toBool());
        }
        for (const auto& value : tariff["regions"].toArray()) {
            const QJsonObject region = value.toObject();
            work.exec_params(
                R"(INSERT INTO meter.region_multipliers (plan_code, version, region, basis_points)
                                VALUES ($1, 1, $2, $3))",
                vectorsPlan, region["region"].toString().toStdString(),
                region["basisPoints"].toInteger());
        }
        work.commit();
    }

    // shop /paid costs 1000 µcr a call, /metered 1 µcr a unit, /premium needs premium access and
    // /limited passes once per (endless) window.
    void createShopPlan() {
        pqxx::work work(*db_);
        work.exec_params("INSERT INTO meter.plans (code, name) VALUES ($1, 'Shop')", shopPlan);
        work.exec_params(R"(INSERT INTO meter.plan_versions (plan_code, version, effective_from,
                                rate_limit_requests, rate_limit_period_s)
                            VALUES ($1, 1, now(), 1000000, 60))",
                         shopPlan);
        work.exec_params(
            R"(INSERT INTO meter.endpoint_rules (plan_code, version, service, endpoint, method,
                                per_call_ucr, per_unit_ucr, premium, rate_limit_requests, rate_limit_period_s)
                            VALUES ($1, 1, 'shop', '/paid', 'GET', 1000, 0, false, NULL, NULL),
                                   ($1, 1, 'shop', '/metered', 'GET', 0, 1, false, NULL, NULL),
                                   ($1, 1, 'shop', '/premium', 'POST', 100, 0, true, NULL, NULL),
                                   ($1, 1, 'shop', '/limited', 'GET', 0, 0, false, 1, $2))",
            shopPlan, endlessPeriodSeconds);
        work.commit();
    }

    // Like the shop plan, with rate limits that fill up within a test: six calls per (endless)
    // window of the version, /limited two of its own, /cheap (10 µcr) four of its own.
    void createMixPlan() {
        pqxx::work work(*db_);
        work.exec_params("INSERT INTO meter.plans (code, name) VALUES ($1, 'Mixed')", mixPlan);
        work.exec_params(R"(INSERT INTO meter.plan_versions (plan_code, version, effective_from,
                                rate_limit_requests, rate_limit_period_s)
                            VALUES ($1, 1, now(), 6, $2))",
                         mixPlan, endlessPeriodSeconds);
        work.exec_params(
            R"(INSERT INTO meter.endpoint_rules (plan_code, version, service, endpoint, method,
                                per_call_ucr, per_unit_ucr, premium, rate_limit_requests, rate_limit_period_s)
                            VALUES ($1, 1, 'shop', '/paid', 'GET', 1000, 0, false, NULL, NULL),
                                   ($1, 1, 'shop', '/metered', 'GET', 0, 1, false, NULL, NULL),
                                   ($1, 1, 'shop', '/premium', 'POST', 100, 0, true, NULL, NULL),
                                   ($1, 1, 'shop', '/limited', 'GET', 0, 0, false, 2, $2),
                                   ($1, 1, 'shop', '/cheap', 'GET', 10, 0, false, 4, $2))",
            mixPlan, endlessPeriodSeconds);
        work.commit();
    }

private slots:
    void initTestCase() {
        const QString path = qEnvironmentVariable("MD_TEST_DATA_DIR") + "/rating_vectors.json";
        QFile file(path);
        QVERIFY2(file.open(QIODevice::ReadOnly),
                 qPrintable("cannot read " + path + " (MD_TEST_DATA_DIR)"));
        vectors_ = QJsonDocument::fromJson(file.readAll()).object();
        QVERIFY(!vectors_["vectors"].toArray().isEmpty());

        db_ = std::make_unique<pqxx::connection>();
        createVectorsPlan();
        createShopPlan();
        createMixPlan();
    }

    void ratesEveryVector_data() {
        QTest::addColumn<QJsonObject>("vector");
        const QJsonArray all = vectors_["vectors"].toArray();
        for (qsizetype i = 0; i < all.size(); ++i) {
            const QJsonObject v = all[i].toObject();
            const QString name =
                QString("%1 %2 %3 %4 x%5 region '%6'%7")
                    .arg(i)
                    .arg(v["service"].toString(), v["method"].toString(), v["endpoint"].toString())
                    .arg(v["units"].toInteger())
                    .arg(v["region"].toString(), v["premium"].toBool() ? " premium" : "");
            QTest::newRow(qPrintable(name)) << v;
        }
    }

    void ratesEveryVector() {
        QFETCH(QJsonObject, vector);
        const long long opening = 2'000'000;
        const std::string slug = newSlug("vector");
        const long long tenant =
            createTenant(slug, vectorsPlan, vector["premium"].toBool(), opening);

        const Decision decision = track(
            slug, vector["service"].toString().toStdString(),
            vector["endpoint"].toString().toStdString(), vector["method"].toString().toStdString(),
            vector["units"].toInteger(), vector["region"].toString().toStdString());

        const std::string expected = vector["decision"].toString().toStdString();
        const long long charge = vector["chargeUcr"].toInteger();
        QCOMPARE(decision.reason, expected);
        QCOMPARE(decision.allowed, expected == "allowed");
        QCOMPARE(decision.credits, charge);
        QCOMPARE(decision.balance, std::optional<long long>(opening - charge));
        QVERIFY(!decision.duplicate);
        QCOMPARE(scalar("SELECT balance_ucr FROM meter.balances WHERE tenant_id = $1", tenant),
                 opening - charge);
        QCOMPARE(
            scalar(
                "SELECT count(*) FROM meter.usage_events WHERE tenant_id = $1 AND credits_ucr = " +
                    std::to_string(charge) + " AND decision = " + db_->quote(expected),
                tenant),
            1LL);
    }

    void repeatedRequestIdIsMeteredOnce_data() {
        QTest::addColumn<bool>("inOneBatch");
        QTest::addColumn<QString>("endpoint");
        QTest::addColumn<QString>("reason");
        QTest::addColumn<long long>("credits");
        QTest::newRow("allowed, two calls") << false << "/paid"
                                            << "allowed" << 1000LL;
        QTest::newRow("allowed, one batch") << true << "/paid"
                                            << "allowed" << 1000LL;
        QTest::newRow("denied, two calls") << false << "/premium"
                                           << "premium_required" << 0LL;
        QTest::newRow("denied, one batch") << true << "/premium"
                                           << "premium_required" << 0LL;
    }

    void repeatedRequestIdIsMeteredOnce() {
        QFETCH(bool, inOneBatch);
        QFETCH(QString, endpoint);
        QFETCH(QString, reason);
        QFETCH(long long, credits);
        const std::string slug = newSlug("idempotent");
        const long long tenant = createTenant(slug, shopPlan, false, 10'000);
        const std::string method = endpoint == "/premium" ? "POST" : "GET";

        std::vector<Decision> decisions;
        if (inOneBatch) {
            QJsonObject first = call(slug, qPrintable(endpoint), method.c_str());
            first["request_id"] = "req-1";
            decisions = trackBatch({first, first});
        } else {
            for (int i = 0; i < 2; ++i)
                decisions.push_back(
                    track(slug, "shop", endpoint.toStdString(), method, 1, "", "req-1"));
        }

        QCOMPARE(decisions.size(), std::size_t{2});
        for (const Decision& decision : decisions) {
            QCOMPARE(decision.reason, reason.toStdString());
            QCOMPARE(decision.credits, credits);
            QCOMPARE(decision.balance, std::optional<long long>(10'000 - credits));
        }
        QVERIFY(!decisions[0].duplicate);
        QVERIFY(decisions[1].duplicate);
        const Footprint after = footprint(tenant);
        QCOMPARE(after.balance, 10'000 - credits);
        QCOMPARE(after.events, 1LL);
        QCOMPARE(after.requestIds, 1LL);
        QCOMPARE(after.rolledUpCalls, 1LL);
    }

    // When every charge and call of a batch fits, metering decides it in one set-based step;
    // otherwise event by event. The same events must get the same answers either way: the second
    // tenant's batch ends with a call its balance cannot pay, which sends it down the second path.
    void batchDecidedAtOnceEqualsEventByEvent_data() {
        QTest::addColumn<long long>("credits");
        QTest::newRow("ample credits") << 1'000'000LL;
        QTest::newRow("credits for the first calls only") << 1'500LL;
    }

    void batchDecidedAtOnceEqualsEventByEvent() {
        QFETCH(long long, credits);
        const std::string atOnce = newSlug("at-once");
        const std::string oneByOne = newSlug("one-by-one");
        createTenant(atOnce, shopPlan, false, credits);
        createTenant(oneByOne, shopPlan, false, credits);
        const std::string ghost = newSlug("ghost");
        const auto events = [&](const std::string& slug, bool unaffordableLast) {
            QJsonObject repeated = call(slug, "/paid");
            repeated["request_id"] = "same";
            QJsonObject repeatedDenied = call(slug, "/premium", "POST");
            repeatedDenied["request_id"] = "denied-twice";
            QJsonArray batch{call(slug, "/paid"),
                             call(ghost, "/paid"),
                             repeated,
                             call(slug, "/premium", "POST"),
                             call(slug, "/nowhere"),
                             repeatedDenied,
                             call(slug, "/metered", "GET", 7),
                             repeated,
                             repeatedDenied,
                             call(slug, "/paid")};
            if (unaffordableLast)
                batch.append(call(slug, "/metered", "GET", 1'000'000'000));
            return batch;
        };
        const std::vector<Decision> fast = trackBatch(events(atOnce, false));
        const std::vector<Decision> slow = trackBatch(events(oneByOne, true));
        QCOMPARE(slow.size(), fast.size() + 1);
        QCOMPARE(slow.back().reason, std::string("no_credits"));
        for (std::size_t i = 0; i < fast.size(); ++i) {
            QCOMPARE(fast[i].reason, slow[i].reason);
            QCOMPARE(fast[i].allowed, slow[i].allowed);
            QCOMPARE(fast[i].credits, slow[i].credits);
            QCOMPARE(fast[i].balance, slow[i].balance);
            QCOMPARE(fast[i].retryAfter, slow[i].retryAfter);
            QCOMPARE(fast[i].duplicate, slow[i].duplicate);
        }
        QCOMPARE(fast[1].reason, std::string("unknown_tenant"));
        QVERIFY(fast[7].duplicate);
        QVERIFY(fast[8].duplicate);
        QCOMPARE(fast[8].reason, std::string("premium_required"));
    }

    // A batch decides each event as if it came alone, one call after the other, whichever way
    // meter_events decides it (set-based or event by event): meter.track_batch against
    // meter.track called once per event, in the same transaction (so at the same now(), with the
    // same rate windows). Random mixed batches over mirrored tenants: rich, running dry, without
    // credits, premium, suspended and unknown; repeated request ids within and across batches;
    // windows that fill up (the version's and two endpoints' own).
    void batchDecidesAsItsEventsOneByOne_data() {
        QTest::addColumn<unsigned>("seed");
        for (unsigned seed : {1u, 2u, 3u, 4u, 5u})
            QTest::newRow(qPrintable(QString("seed %1").arg(seed))) << seed;
    }

    void batchDecidesAsItsEventsOneByOne() {
        QFETCH(unsigned, seed);
        struct Role {
            const char* name;
            long long credits;
            bool premium;
            bool suspended;
        };
        const Role roles[] = {{"rich", 1'000'000'000, false, false},
                              {"dry", 3'500, false, false},
                              {"broke", 0, false, false},
                              {"premium", 6'000, true, false},
                              {"suspended", 1'000'000, true, true}};
        std::vector<std::string> inBatch, oneByOne;
        std::vector<long long> batchIds, oneByOneIds;
        for (const Role& role : roles) {
            for (auto* side : {&inBatch, &oneByOne}) {
                const std::string slug = newSlug(std::string("mix-") + role.name);
                const long long id = createTenant(slug, mixPlan, role.premium, role.credits);
                if (role.suspended) {
                    pqxx::work work(*db_);
                    work.exec_params(
                        "UPDATE meter.tenants SET status = 'suspended' WHERE tenant_id = $1", id);
                    work.commit();
                }
                side->push_back(slug);
                (side == &inBatch ? batchIds : oneByOneIds).push_back(id);
            }
        }
        inBatch.push_back(newSlug("mix-ghost"));
        oneByOne.push_back(newSlug("mix-ghost"));

        struct Call {
            std::size_t tenant;
            const char* endpoint;
            const char* method;
            long long units;
            std::string requestId;
        };
        const std::pair<const char*, const char*> endpoints[] = {
            {"/paid", "GET"},    {"/metered", "GET"}, {"/premium", "POST"},
            {"/limited", "GET"}, {"/cheap", "GET"},   {"/nowhere", "GET"}};
        std::mt19937 random(seed);
        const auto pick = [&random](std::size_t count) {
            return std::uniform_int_distribution<std::size_t>(0, count - 1)(random);
        };
        std::set<std::string> reasons;
        bool sawDuplicate = false;
        for (int batch = 0; batch < 3; ++batch) {
            std::vector<Call> calls;
            for (int i = 0; i < 40; ++i) {
                const auto& [endpoint, method] = endpoints[pick(std::size(endpoints))];
                const bool large = std::string(endpoint) == "/metered" && pick(4) == 0;
                calls.push_back({pick(inBatch.size()), endpoint, method,
                                 large ? 2'000 : 1 + static_cast<long long>(pick(3)),
                                 pick(5) < 2 ? std::string() : "r" + std::to_string(pick(25))});
            }
            QJsonArray events;
            for (const Call& c : calls) {
                QJsonObject event = call(inBatch[c.tenant], c.endpoint, c.method, c.units);
                if (!c.requestId.empty())
                    event["request_id"] = QString::fromStdString(c.requestId);
                events.append(event);
            }
            pqxx::work work(*db_);
            std::vector<Decision> batched;
            for (const auto& row : work.exec_params(
                     "SELECT * FROM meter.track_batch($1::jsonb)",
                     QJsonDocument(events).toJson(QJsonDocument::Compact).toStdString()))
                batched.push_back(decisionFrom(row));
            QCOMPARE(batched.size(), calls.size());
            for (std::size_t i = 0; i < calls.size(); ++i) {
                const Call& c = calls[i];
                const Decision alone = decisionFrom(work.exec_params1(
                    "SELECT * FROM meter.track($1, 'shop', $2, $3, $4, request_id => nullif($5, "
                    "''))",
                    oneByOne[c.tenant], c.endpoint, c.method, c.units, c.requestId));
                const auto describe = [&](const Decision& d) {
                    return QString(
                               "batch %1 event %2 (%3 %4 x%5 '%6'): %7 %8 credits %9 balance %10 "
                               "retry %11%12")
                        .arg(batch)
                        .arg(i)
                        .arg(c.tenant < std::size(roles) ? roles[c.tenant].name : "ghost")
                        .arg(c.endpoint)
                        .arg(c.units)
                        .arg(QString::fromStdString(c.requestId))
                        .arg(d.allowed ? "allowed" : "denied", QString::fromStdString(d.reason))
                        .arg(d.credits)
                        .arg(d.balance ? QString::number(*d.balance) : "none")
                        .arg(d.retryAfter ? QString::number(*d.retryAfter) : "none")
                        .arg(d.duplicate ? " duplicate" : "");
                };
                QCOMPARE(describe(batched[i]), describe(alone));
                reasons.insert(alone.reason);
                sawDuplicate = sawDuplicate || alone.duplicate;
            }
            work.commit();
        }
        for (std::size_t i = 0; i < batchIds.size(); ++i) {
            Footprint batched = footprint(batchIds[i]);
            Footprint alone = footprint(oneByOneIds[i]);
            // One usage entry per tenant per call: the batch writes fewer.
            batched.ledgerEntries = alone.ledgerEntries = 0;
            QVERIFY2(batched == alone, roles[i].name);
        }
        // The batches must have met every case they claim to cover.
        for (const char* reason : {"allowed", "unknown_tenant", "suspended", "not_in_plan",
                                   "premium_required", "rate_limited", "no_credits"})
            QVERIFY2(reasons.contains(reason), reason);
        QVERIFY(sawDuplicate);
    }

    // Request ids are remembered for the idempotency window (35 days); purge_request_ids()
    // forgets older ones, after which a repeat is metered as a new call.
    void forgetsRequestIdsAfterTheWindow() {
        const std::string slug = newSlug("retention");
        const long long tenant = createTenant(slug, shopPlan, false, 10'000);
        track(slug, "shop", "/paid", "GET", 1, "", "old-request");
        track(slug, "shop", "/paid", "GET", 1, "", "recent-request");
        {
            pqxx::work work(*db_);
            work.exec_params(
                "UPDATE meter.request_ids SET occurred_at = now() - interval '36 days' "
                "WHERE tenant_id = $1 AND request_id = 'old-request'",
                tenant);
            work.commit();
        }
        long long purged = 0;
        {
            pqxx::work work(*db_);
            purged = work.exec1("SELECT meter.purge_request_ids()")[0].as<long long>();
            work.commit();
        }
        QVERIFY(purged >= 1);
        QCOMPARE(footprint(tenant).requestIds, 1LL);

        const Decision old = track(slug, "shop", "/paid", "GET", 1, "", "old-request");
        QVERIFY(!old.duplicate);
        QCOMPARE(old.credits, 1000LL);
        const Decision recent = track(slug, "shop", "/paid", "GET", 1, "", "recent-request");
        QVERIFY(recent.duplicate);
        QCOMPARE(footprint(tenant).balance, 10'000LL - 3 * 1000);
    }

    void refusesPurgingWithinADay() {
        pqxx::work work(*db_);
        try {
            work.exec("SELECT meter.purge_request_ids(interval '1 hour')");
            QFAIL("a window shorter than a day was accepted");
        } catch (const pqxx::sql_error& error) {
            QCOMPARE(error.sqlstate(), std::string("22023"));
            QVERIFY2(std::string(error.what()).find("kept") != std::string::npos, error.what());
        }
    }

    void deniesWithReason_data() {
        QTest::addColumn<QString>("setup");
        QTest::addColumn<QString>("endpoint");
        QTest::addColumn<QString>("method");
        QTest::addColumn<QString>("reason");
        QTest::addColumn<bool>("logged");
        QTest::newRow("unknown tenant") << "unknown"
                                        << "/paid"
                                        << "GET"
                                        << "unknown_tenant" << false;
        QTest::newRow("suspended") << "suspended"
                                   << "/paid"
                                   << "GET"
                                   << "suspended" << true;
        QTest::newRow("endpoint not in plan") << ""
                                              << "/nowhere"
                                              << "GET"
                                              << "not_in_plan" << true;
        QTest::newRow("method not in plan") << ""
                                            << "/paid"
                                            << "DELETE"
                                            << "not_in_plan" << true;
        QTest::newRow("premium without access") << ""
                                                << "/premium"
                                                << "POST"
                                                << "premium_required" << true;
        QTest::newRow("rate limited") << "limit used"
                                      << "/limited"
                                      << "GET"
                                      << "rate_limited" << true;
        QTest::newRow("no credits") << "poor"
                                    << "/paid"
                                    << "GET"
                                    << "no_credits" << true;
    }

    void deniesWithReason() {
        QFETCH(QString, setup);
        QFETCH(QString, endpoint);
        QFETCH(QString, method);
        QFETCH(QString, reason);
        QFETCH(bool, logged);
        const std::string slug = newSlug("denied");
        const long long opening = setup == "poor" ? 999 : 5'000;
        if (setup == "unknown") {
            const Decision decision =
                track(slug, "shop", endpoint.toStdString(), method.toStdString());
            QCOMPARE(decision.reason, reason.toStdString());
            QVERIFY(!decision.allowed);
            QCOMPARE(decision.credits, 0LL);
            QVERIFY(!decision.balance);
            return;
        }
        const long long tenant = createTenant(slug, shopPlan, false, opening);
        if (setup == "suspended") {
            pqxx::work work(*db_);
            work.exec_params0("UPDATE meter.tenants SET status = 'suspended' WHERE tenant_id = $1",
                              tenant);
            work.commit();
        }
        if (setup == "limit used")
            QCOMPARE(track(slug, "shop", "/limited", "GET").reason, std::string("allowed"));
        const Footprint before = footprint(tenant);

        const Decision decision = track(slug, "shop", endpoint.toStdString(), method.toStdString());

        QCOMPARE(decision.reason, reason.toStdString());
        QVERIFY(!decision.allowed);
        QCOMPARE(decision.credits, 0LL);
        QVERIFY(!decision.duplicate);
        QCOMPARE(decision.balance, std::optional<long long>(opening));
        const Footprint after = footprint(tenant);
        QCOMPARE(after.balance, before.balance);
        QCOMPARE(after.ledgerEntries, before.ledgerEntries);
        QCOMPARE(after.rateCounts, before.rateCounts);
        QCOMPARE(after.events, before.events + (logged ? 1 : 0));
        QCOMPARE(after.rolledUpCalls, before.rolledUpCalls + (logged ? 1 : 0));
        if (reason == "rate_limited") {
            const long long now = QDateTime::currentSecsSinceEpoch();
            const long long untilWindowEnds = endlessPeriodSeconds - now % endlessPeriodSeconds;
            QVERIFY(decision.retryAfter);
            QVERIFY2(std::abs(*decision.retryAfter - untilWindowEnds) <= 5,
                     qPrintable(QString("retry after %1 s, window ends in %2 s")
                                    .arg(*decision.retryAfter)
                                    .arg(untilWindowEnds)));
        } else {
            QVERIFY(!decision.retryAfter);
        }
    }

    void unknownTenantLeavesNoTrace() {
        const std::string slug = newSlug("ghost");
        const Decision decision = track(slug, "shop", "/paid", "GET", 1, "", "ghost-request");
        QCOMPARE(decision.reason, std::string("unknown_tenant"));
        pqxx::read_transaction read(*db_);
        QCOMPARE(read.exec_params1("SELECT count(*) FROM meter.request_ids WHERE request_id = $1",
                                   "ghost-request")[0]
                     .as<long long>(),
                 0LL);
    }

    void refusesBadArgument_data() {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<QString>("message");
        // TENANT stands for the slug of a tenant created for the row.
        const QString trackCall = "SELECT * FROM meter.track('TENANT', %1)";
        const QString ok =
            R"({"tenant": "TENANT", "service": "shop", "endpoint": "/paid", "method": "GET", "request_id": "r%1"})";
        const QString fourthBad = QString("SELECT * FROM meter.track_batch('[%1, %2, %3, %4]')")
                                      .arg(ok.arg(1), ok.arg(2), ok.arg(3), QStringLiteral("%1"));
        const QString bad =
            R"({"tenant": "TENANT", "service": "shop", "endpoint": "/paid", "method": "GET", %1})";

        QTest::newRow("units zero")
            << trackCall.arg("'shop', '/paid', 'GET', units => 0") << "units must be at least 1";
        QTest::newRow("units negative")
            << trackCall.arg("'shop', '/paid', 'GET', -5") << "units must be at least 1";
        QTest::newRow("units null")
            << trackCall.arg("'shop', '/paid', 'GET', NULL") << "units must not be null";
        QTest::newRow("tenant null") << "SELECT * FROM meter.track(NULL, 'shop', '/paid', 'GET')"
                                     << "tenant is required";
        QTest::newRow("empty service")
            << trackCall.arg("'', '/paid', 'GET'") << "service must not be empty";
        QTest::newRow("empty endpoint")
            << trackCall.arg("'shop', '', 'GET'") << "endpoint must not be empty";
        QTest::newRow("unknown method")
            << trackCall.arg("'shop', '/paid', 'FETCH'") << "method must be one of GET, POST";
        QTest::newRow("lower-case method")
            << trackCall.arg("'shop', '/paid', 'get'") << "method must be one of";
        QTest::newRow("wildcard method")
            << trackCall.arg("'shop', '/paid', '*'") << "method must be one of";
        QTest::newRow("service too long") << trackCall.arg("repeat('s', 201), '/paid', 'GET'")
                                          << "service must be at most 200 characters";
        QTest::newRow("endpoint too long") << trackCall.arg("'shop', repeat('/', 201), 'GET'")
                                           << "endpoint must be at most 200 characters";
        QTest::newRow("request id too long")
            << trackCall.arg("'shop', '/paid', 'GET', request_id => repeat('r', 201)")
            << "request_id must be at most 200 characters";
        QTest::newRow("job too long")
            << trackCall.arg("'shop', '/paid', 'GET', job => repeat('j', 201)")
            << "job must be at most 200 characters";
        QTest::newRow("status below 100") << trackCall.arg("'shop', '/paid', 'GET', status => 42")
                                          << "status must be at least 100";
        QTest::newRow("negative latency")
            << trackCall.arg("'shop', '/paid', 'GET', latency_ms => -1")
            << "latency_ms must be at least 0";
        QTest::newRow("batch is null") << "SELECT * FROM meter.track_batch(NULL)"
                                       << "events must be a JSON array";
        QTest::newRow("batch is an object")
            << QString("SELECT * FROM meter.track_batch('%1')").arg(ok.arg(1))
            << "events must be a JSON array";
        QTest::newRow("malformed JSON") << R"(SELECT * FROM meter.track_batch('[{"tenant": '))"
                                        << "invalid input syntax for type json";
        QTest::newRow("element no object")
            << fourthBad.arg("7") << "events[3] must be a JSON object";
        QTest::newRow("units zero in batch")
            << fourthBad.arg(bad.arg(R"("units": 0)")) << "events[3].units must be at least 1";
        QTest::newRow("fractional units")
            << fourthBad.arg(bad.arg(R"("units": 1.5)")) << "events[3].units must be an integer";
        QTest::newRow("units as string")
            << fourthBad.arg(bad.arg(R"("units": "3")")) << "events[3].units must be an integer";
        QTest::newRow("units beyond bigint")
            << fourthBad.arg(bad.arg(R"("units": 1e30)"))
            << "events[3].units must be at most 9223372036854775807";
        QTest::newRow("region as object")
            << fourthBad.arg(bad.arg(R"("region": {})")) << "events[3].region must be a string";
        QTest::newRow("status as boolean")
            << fourthBad.arg(bad.arg(R"("status": true)")) << "events[3].status must be an integer";
        QTest::newRow("status above 599")
            << fourthBad.arg(bad.arg(R"("status": 600)")) << "events[3].status must be at most 599";
        QTest::newRow("service as number")
            << fourthBad.arg(
                   R"({"tenant": "TENANT", "service": 5, "endpoint": "/paid", "method": "GET"})")
            << "events[3].service must be a string";
        QTest::newRow("endpoint missing")
            << fourthBad.arg(R"({"tenant": "TENANT", "service": "shop", "method": "GET"})")
            << "events[3].endpoint is required";
        QTest::newRow("too many events")
            << QString("SELECT * FROM meter.track_batch((SELECT jsonb_agg('%1'::jsonb) FROM "
                       "generate_series(1, 10001)))")
                   .arg(ok.arg(1))
            << "events must hold at most 10000 events";
    }

    void refusesBadArgument() {
        QFETCH(QString, sql);
        QFETCH(QString, message);
        const std::string slug = newSlug("refused");
        const long long tenant = createTenant(slug, shopPlan, false, 100'000);
        const Footprint before = footprint(tenant);

        try {
            pqxx::work work(*db_);
            work.exec(QString(sql).replace("TENANT", QString::fromStdString(slug)).toStdString());
            work.commit();
            QFAIL("the call was accepted");
        } catch (const pqxx::sql_error& error) {
            const std::string expectedState =
                message.startsWith("invalid input syntax") ? "22P02" : "22023";
            QCOMPARE(error.sqlstate(), expectedState);
            QVERIFY2(QString::fromUtf8(error.what()).contains(message), error.what());
        }
        QCOMPARE(footprint(tenant), before);
    }

    void rollupsEqualTheRawEvents() {
        const std::string slug = newSlug("rollup");
        const long long tenant = createTenant(slug, shopPlan, false, 1'000'000);
        QJsonArray mixed{call(slug, "/paid"),
                         call(slug, "/paid"),
                         call(slug, "/paid", "POST"),
                         call(slug, "/premium", "POST"),
                         call(slug, "/limited"),
                         call(slug, "/limited"),
                         call(slug, "/metered", "GET", 7),
                         call(slug, "/metered", "GET", 3),
                         call(slug, "/nowhere")};
        trackBatch(mixed);
        trackBatch(mixed);
        track(slug, "shop", "/metered", "GET", 11);

        pqxx::read_transaction read(*db_);
        const std::string raw = R"(
            SELECT tenant_id, date_trunc('minute', occurred_at) AS minute, service, endpoint,
                   count(*) FILTER (WHERE decision = 'allowed'), count(*) FILTER (WHERE decision = 'not_in_plan'),
                   count(*) FILTER (WHERE decision = 'premium_required'),
                   count(*) FILTER (WHERE decision = 'rate_limited'), count(*) FILTER (WHERE decision = 'no_credits'),
                   count(*) FILTER (WHERE decision = 'suspended'),
                   coalesce(sum(units) FILTER (WHERE decision = 'allowed'), 0), sum(credits_ucr)
              FROM meter.usage_events WHERE tenant_id = $1 GROUP BY 1, 2, 3, 4)";
        const std::string rolled = R"(
            SELECT tenant_id, minute, service, endpoint, allowed_calls, denied_not_in_plan, denied_premium_required,
                   denied_rate_limited, denied_no_credits, denied_suspended, units, credits_ucr
              FROM meter.usage_rollups WHERE tenant_id = $1)";
        // Five endpoints, in one minute or, should the calls straddle one, two.
        QVERIFY(
            read.exec_params1("SELECT count(*) FROM (" + raw + ") r", tenant)[0].as<long long>() >=
            5);
        QCOMPARE(read.exec_params1("SELECT count(*) FROM ((" + raw + ") EXCEPT (" + rolled + ")) d",
                                   tenant)[0]
                     .as<long long>(),
                 0LL);
        QCOMPARE(read.exec_params1("SELECT count(*) FROM ((" + rolled + ") EXCEPT (" + raw + ")) d",
                                   tenant)[0]
                     .as<long long>(),
                 0LL);
        QCOMPARE(read.exec_params1(
                         "SELECT sum(credits_ucr) FROM meter.usage_rollups WHERE tenant_id = $1",
                         tenant)[0]
                     .as<long long>(),
                 -read.exec_params1("SELECT sum(amount_ucr) FROM meter.ledger WHERE tenant_id = $1 "
                                    "AND kind = 'usage'",
                                    tenant)[0]
                      .as<long long>());
    }

    void notifiesUsageOncePerCall() {
        const std::string slug = newSlug("live");
        createTenant(slug, shopPlan, false, 10'000);
        pqxx::connection listenerConnection;
        ChannelListener usage(listenerConnection, "meter_usage");

        const qint64 before = QDateTime::currentMSecsSinceEpoch();
        trackBatch({call(slug, "/paid"), call(slug, "/paid"), call(slug, "/premium", "POST")});

        // Waits for a second payload that must not come.
        const auto& payloads = usage.collect(2, std::chrono::milliseconds(1500));
        QCOMPARE(payloads.size(), std::size_t{1});
        const QJsonObject summary = payloads.front();
        QCOMPARE(summary["events"].toInteger(), 3LL);
        QCOMPARE(summary["allowed"].toInteger(), 2LL);
        QCOMPARE(summary["denied"].toInteger(), 1LL);
        QCOMPARE(summary["credits_ucr"].toInteger(), 2000LL);
        QVERIFY(std::abs(summary["at"].toInteger() - before) < 60'000);
    }

    void raisesAlertWhenBalanceRunsLow_data() {
        QTest::addColumn<long long>("threshold");
        QTest::addColumn<long long>("opening");
        QTest::addColumn<QList<long long>>("charges");
        QTest::addColumn<QStringList>("kinds");
        QTest::addColumn<QList<long long>>("alertBalances");
        QTest::newRow("falls below the threshold once")
            << 5'000LL << 10'000LL << QList<long long>{3'000, 3'000, 3'000}
            << QStringList{"low_credit"} << QList<long long>{4'000};
        QTest::newRow("reaches zero") << 0LL << 3'000LL << QList<long long>{1'000, 2'000}
                                      << QStringList{"exhausted"} << QList<long long>{0};
        QTest::newRow("straight from above the threshold to zero")
            << 5'000LL << 6'000LL << QList<long long>{6'000} << QStringList{"exhausted"}
            << QList<long long>{0};
        QTest::newRow("stays above the threshold") << 5'000LL << 10'000LL << QList<long long>{5'000}
                                                   << QStringList{} << QList<long long>{};
    }

    void raisesAlertWhenBalanceRunsLow() {
        QFETCH(long long, threshold);
        QFETCH(long long, opening);
        QFETCH(QList<long long>, charges);
        QFETCH(QStringList, kinds);
        QFETCH(QList<long long>, alertBalances);
        const std::string slug = newSlug("alert");
        const long long tenant = createTenant(slug, shopPlan, false, opening, threshold);
        pqxx::connection listenerConnection;
        ChannelListener alerts(listenerConnection, "meter_alert");

        for (const long long charge : charges)
            QCOMPARE(track(slug, "shop", "/metered", "GET", charge).reason, std::string("allowed"));

        pqxx::read_transaction read(*db_);
        const auto rows = read.exec_params(
            "SELECT kind, balance_ucr FROM meter.alerts WHERE tenant_id = $1 ORDER BY alert_id",
            tenant);
        QCOMPARE(rows.size(), static_cast<pqxx::result::size_type>(kinds.size()));
        for (qsizetype i = 0; i < kinds.size(); ++i) {
            const auto row = rows[static_cast<pqxx::result::size_type>(i)];
            QCOMPARE(QString::fromStdString(row[0].as<std::string>()), kinds[i]);
            QCOMPARE(row[1].as<long long>(), alertBalances[i]);
        }

        std::vector<QJsonObject> ours;
        // With no alert expected, waits briefly for one that must not come.
        const auto expected = static_cast<std::size_t>(std::max<qsizetype>(kinds.size(), 1));
        for (const QJsonObject& payload :
             alerts.collect(expected, std::chrono::milliseconds(kinds.isEmpty() ? 500 : 5000))) {
            if (payload["slug"].toString().toStdString() == slug)
                ours.push_back(payload);
        }
        QCOMPARE(ours.size(), static_cast<std::size_t>(kinds.size()));
        for (std::size_t i = 0; i < ours.size(); ++i) {
            const auto index = static_cast<qsizetype>(i);
            QCOMPARE(ours[i]["kind"].toString(), kinds[index]);
            QCOMPARE(ours[i]["balance_ucr"].toInteger(), alertBalances[index]);
            QCOMPARE(ours[i]["tenant_id"].toInteger(), tenant);
        }
    }
};

QTEST_GUILESS_MAIN(TestMeteringApi)
#include "tst_metering_api.moc"

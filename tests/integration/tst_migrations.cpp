#include <store/connection.h>
#include <store/errors.h>
#include <store/migration_runner.h>

#include <QProcess>
#include <QTest>

#include <pqxx/pqxx>

#include <vector>

using namespace meterdesk;
using resources::EmbeddedMigration;

namespace {

// Each case gets a database of its own, so the shared sandbox stays untouched.
class ScratchDatabase {
public:
    explicit ScratchDatabase(const std::string& name)
        : name_(name) {
        pqxx::connection admin;
        pqxx::nontransaction(admin).exec("DROP DATABASE IF EXISTS " + name_ + " WITH (FORCE)");
        pqxx::nontransaction(admin).exec("CREATE DATABASE " + name_);
    }
    ~ScratchDatabase() {
        pqxx::connection admin;
        pqxx::nontransaction(admin).exec("DROP DATABASE IF EXISTS " + name_ + " WITH (FORCE)");
    }
    store::ConnectionSettings settings() const { return {"dbname=" + name_, {}, "tst_migrations"}; }
    std::unique_ptr<pqxx::connection> connect() const { return store::connect(settings()); }
    std::string uri() const {
        return "postgresql:///" + name_ + "?host=" + qgetenv("PGHOST").toStdString() +
               "&port=" + qgetenv("PGPORT").toStdString() +
               "&user=" + qgetenv("PGUSER").toStdString();
    }

private:
    std::string name_;
};

const std::vector<EmbeddedMigration> twoSteps{
    {1, "0001_one", "aa", "CREATE TABLE one (id int)"},
    {2, "0002_two", "bb", "CREATE TABLE two (id int)"},
};

int historyCount(pqxx::connection& connection) {
    return pqxx::read_transaction(connection)
        .exec1("SELECT count(*) FROM public.meterdesk_schema_migrations")[0]
        .as<int>();
}

bool tableExists(pqxx::connection& connection, const std::string& table) {
    return !pqxx::read_transaction(connection)
                .exec_params1("SELECT to_regclass($1) IS NULL", table)[0]
                .as<bool>();
}

} // namespace

class TestMigrations : public QObject {
    Q_OBJECT

private slots:
    void freshApplyThenReapplyIsNoOp() {
        ScratchDatabase db("mig_fresh");
        auto connection = db.connect();
        const auto shipped = resources::embeddedMigrations();
        QVERIFY(!shipped.empty());

        const auto first = store::MigrationRunner(*connection).migrate(shipped);
        QCOMPARE(first.applied.size(), shipped.size());
        QCOMPARE(first.schemaVersion, shipped.back().version);
        QCOMPARE(historyCount(*connection), static_cast<int>(shipped.size()));

        const auto second = store::MigrationRunner(*connection).migrate(shipped);
        QVERIFY(second.applied.empty());
        QCOMPARE(second.schemaVersion, shipped.back().version);
        QCOMPARE(historyCount(*connection), static_cast<int>(shipped.size()));
    }

    void refusesRewrittenHistory_data() {
        QTest::addColumn<int>("changedIndex");
        QTest::addColumn<QString>("changedChecksum");
        QTest::addColumn<bool>("dropNewest");
        QTest::addColumn<QString>("expectedMessagePart");

        QTest::newRow("first migration edited") << 0 << "zz" << false << "0001_one was changed";
        QTest::newRow("last migration edited") << 1 << "zz" << false << "0002_two was changed";
        QTest::newRow("database newer than build") << -1 << "" << true << "does not know";
    }

    void refusesRewrittenHistory() {
        QFETCH(int, changedIndex);
        QFETCH(QString, changedChecksum);
        QFETCH(bool, dropNewest);
        QFETCH(QString, expectedMessagePart);

        ScratchDatabase db("mig_history");
        auto connection = db.connect();
        store::MigrationRunner(*connection).migrate(twoSteps);

        std::vector<EmbeddedMigration> edited = twoSteps;
        const std::string checksum = changedChecksum.toStdString();
        if (changedIndex >= 0)
            edited[static_cast<std::size_t>(changedIndex)].sha256 = checksum;
        if (dropNewest)
            edited.pop_back();
        edited.push_back({3, "0003_three", "cc", "CREATE TABLE three (id int)"});

        try {
            store::MigrationRunner(*connection).migrate(edited);
            QFAIL("an edited history was accepted");
        } catch (const store::StoreError& error) {
            QCOMPARE(error.kind(), store::StoreError::Kind::MigrationRefused);
            QVERIFY2(QString::fromUtf8(error.what()).contains(expectedMessagePart), error.what());
        }
        QVERIFY2(!tableExists(*connection, "three"), "a pending migration ran despite the refusal");
        QCOMPARE(historyCount(*connection), 2);
    }

    void appliesMigrationsMissingFromHistoryInOrder() {
        ScratchDatabase db("mig_gap");
        auto connection = db.connect();
        const std::vector<EmbeddedMigration> branchA{
            twoSteps[0], {3, "0003_three", "cc", "CREATE TABLE three (id int)"}};
        store::MigrationRunner(*connection).migrate(branchA);

        std::vector<EmbeddedMigration> merged = twoSteps;
        merged.push_back(branchA[1]);
        const auto report = store::MigrationRunner(*connection).migrate(merged);
        QCOMPARE(report.applied, std::vector<std::string>{"0002_two"});
        QCOMPARE(report.schemaVersion, 3);
        QVERIFY(tableExists(*connection, "two"));
        QCOMPARE(historyCount(*connection), 3);
    }

    void failingMigrationRollsBackAndKeepsEarlierOnes() {
        ScratchDatabase db("mig_failing");
        auto connection = db.connect();
        std::vector<EmbeddedMigration> withBroken = twoSteps;
        withBroken.push_back({3, "0003_broken", "cc", "CREATE TABLE three (id int); SELECT 1/0"});

        QVERIFY_THROWS_EXCEPTION(store::StoreError,
                                 store::MigrationRunner(*connection).migrate(withBroken));
        QVERIFY(tableExists(*connection, "two"));
        QVERIFY2(!tableExists(*connection, "three"), "a failed migration left a partial change");
        QCOMPARE(historyCount(*connection), 2);
    }

    void twoProcessesAtOnce() {
        ScratchDatabase db("mig_race");
        const QString ctl = qEnvironmentVariable("MD_CTL");
        QVERIFY2(!ctl.isEmpty(), "MD_CTL names the meterdeskctl binary");
        const QStringList arguments{QStringLiteral("--db"), QString::fromStdString(db.uri()),
                                    QStringLiteral("migrate")};
        QProcess first;
        QProcess second;
        first.start(ctl, arguments);
        second.start(ctl, arguments);
        QVERIFY(first.waitForFinished(120000));
        QVERIFY(second.waitForFinished(120000));
        QCOMPARE(first.exitCode(), 0);
        QCOMPARE(second.exitCode(), 0);

        auto connection = db.connect();
        QCOMPARE(historyCount(*connection),
                 static_cast<int>(resources::embeddedMigrations().size()));
    }
};

QTEST_GUILESS_MAIN(TestMigrations)
#include "tst_migrations.moc"

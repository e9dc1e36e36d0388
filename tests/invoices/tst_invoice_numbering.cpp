// Gapless numbering under concurrency (two meterdeskctl processes issuing a period at once: no
// gap, no duplicate, one invoice per tenant) and the meterdeskctl invoice commands as scripts
// use them: JSON answers, exit codes, predictable file names, PDFs without a display.
#include <store/connection.h>

#include <QDateTime>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <pqxx/pqxx>

#include <set>

using namespace meterdesk;

namespace {

const std::string run = std::to_string(QDateTime::currentMSecsSinceEpoch() % 100'000'000);
const std::string planCode = "tst-num-" + run;
// A period of its own: an invoice run bills every tenant with usage in it, other suites' too.
const QString kPeriod = QStringLiteral("2025-07");
constexpr int kTenants = 60;

std::string slug(int n) {
    return "tst-num-" + run + "-" + std::to_string(n);
}

struct Outcome {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

QProcess*
startCtl(const QStringList& arguments, QObject* parent,
         const QProcessEnvironment& environment = QProcessEnvironment::systemEnvironment()) {
    auto* process = new QProcess(parent);
    process->setProcessEnvironment(environment);
    process->start(QString::fromLocal8Bit(qgetenv("MD_CTL")), arguments);
    return process;
}

Outcome finished(QProcess* process) {
    if (!process->waitForFinished(120'000))
        qFatal("meterdeskctl did not finish");
    return {process->exitCode(), process->readAllStandardOutput(), process->readAllStandardError()};
}

Outcome ctl(const QStringList& arguments,
            const QProcessEnvironment& environment = QProcessEnvironment::systemEnvironment()) {
    QObject owner;
    return finished(startCtl(arguments, &owner, environment));
}

int sequenceOf(const QString& number) {
    return number.section(u'-', 2).toInt();
}

} // namespace

class TestInvoiceNumbering : public QObject {
    Q_OBJECT

    std::unique_ptr<pqxx::connection> connection_;

    void exec(const std::string& statement) {
        pqxx::work work(*connection_);
        work.exec(statement);
        work.commit();
    }

    int lastNumber() const {
        return pqxx::read_transaction(*connection_)
            .exec1("SELECT coalesce((SELECT last_number FROM meter.invoice_numbers WHERE year = "
                   "extract(year FROM now() AT TIME ZONE 'UTC')), 0)")[0]
            .as<int>();
    }

private slots:
    void initTestCase() {
        QVERIFY2(!qEnvironmentVariableIsEmpty("MD_CTL"), "MD_CTL must name meterdeskctl");
        connection_ = store::connect({});
        const std::string plan = "'" + planCode + "'";
        exec("INSERT INTO meter.plans (code, name) VALUES (" + plan +
             ", 'Numbering tests');"
             "INSERT INTO meter.plan_versions (plan_code, version, effective_from, "
             "rate_limit_requests, rate_limit_period_s) VALUES (" +
             plan +
             ", 1, '2025-01-01T00:00:00Z', 1000, 1);"
             "INSERT INTO meter.endpoint_rules (plan_code, version, service, endpoint, method, "
             "per_call_ucr) VALUES (" +
             plan + ", 1, 'api', '/search', '*', 1000)");
        exec("INSERT INTO meter.tenants (slug, name, email, plan_code) "
             "SELECT 'tst-num-" +
             run + "-' || n, 'Numbering ' || n, 'n' || n || '@example.com', " + plan +
             " FROM generate_series(1, " + std::to_string(kTenants) + ") AS n");
        exec(
            "INSERT INTO meter.usage_rollups (tenant_id, minute, service, endpoint, allowed_calls, "
            "units, credits_ucr) SELECT tenant_id, '2025-07-10T10:00:00Z', 'api', '/search', 100, "
            "100, 100000 FROM meter.tenants WHERE plan_code = " +
            plan);
    }

    void twoProcessesIssuingAPeriodLeaveNoGapAndNoDuplicate() {
        const int before = lastNumber();
        const QTemporaryDir first;
        const QTemporaryDir second;
        QObject owner;
        const QStringList common{"invoice",  "export-all", kPeriod,  "--issue",
                                 "--format", "json",       "--json", "--out"};
        QProcess* a = startCtl(common + QStringList{first.path()}, &owner);
        QProcess* b = startCtl(common + QStringList{second.path()}, &owner);
        const Outcome outcomes[] = {finished(a), finished(b)};

        std::set<QString> numbers;
        int issuedTotal = 0;
        for (const Outcome& outcome : outcomes) {
            QVERIFY2(outcome.exitCode == 0, outcome.err.constData());
            const QJsonObject answer = QJsonDocument::fromJson(outcome.out).object();
            QVERIFY2(answer["failures"].toArray().isEmpty(), outcome.out.constData());
            for (const auto& number : answer["issued"].toArray()) {
                numbers.insert(number.toString());
                ++issuedTotal;
            }
            qInfo("one process issued %lld invoices", answer["issued"].toArray().size());
        }
        // Together they issued every tenant's invoice (and any other tenant's of the period),
        // never one number twice, and left no gap.
        QVERIFY(issuedTotal >= kTenants);
        QCOMPARE(static_cast<int>(numbers.size()), issuedTotal);
        std::vector<int> sequence;
        for (const QString& number : numbers)
            sequence.push_back(sequenceOf(number));
        std::sort(sequence.begin(), sequence.end());
        for (int i = 0; i < issuedTotal; ++i)
            QCOMPARE(sequence[static_cast<std::size_t>(i)], before + 1 + i);
        QCOMPARE(lastNumber(), before + issuedTotal);

        const auto perTenant =
            pqxx::read_transaction(*connection_)
                .exec(
                    "SELECT count(*) FROM meter.invoices i JOIN meter.tenants t USING (tenant_id) "
                    "WHERE t.plan_code = '" +
                    planCode +
                    "' AND i.status = 'issued' GROUP BY i.tenant_id HAVING count(*) <> 1");
        QVERIFY2(perTenant.empty(), "a tenant got two invoices for one period, or none");
    }

    void exportAllWritesPredictableNames() {
        const QTemporaryDir dir;
        const Outcome outcome =
            ctl({"invoice", "export-all", kPeriod, "--format", "csv,json", "--out", dir.path()});
        QCOMPARE(outcome.exitCode, 0);
        const QStringList files =
            QDir(dir.path()).entryList({"*_tst-num-" + QString::fromStdString(run) + "-*"});
        QCOMPARE(files.size(), qsizetype{2 * kTenants});
        const QRegularExpression name(
            QStringLiteral("^MD-\\d{4}-\\d{6}_tst-num-\\d+-\\d+\\.(csv|json)$"));
        for (const QString& file : files)
            QVERIFY2(name.match(file).hasMatch(), qPrintable(file));
    }

    void previewAnswersInJsonAndStoresNothing() {
        const int before = lastNumber();
        const Outcome outcome =
            ctl({"invoice", "preview", QString::fromStdString(slug(1)), kPeriod, "--json"});
        QCOMPARE(outcome.exitCode, 0);
        const QJsonObject invoice = QJsonDocument::fromJson(outcome.out).object();
        QVERIFY(invoice["number"].isNull());
        QCOMPARE(invoice["status"].toString(), QStringLiteral("draft"));
        QCOMPARE(invoice["lines"].toArray().size(), qsizetype{1});
        QCOMPARE(invoice["totals"].toObject()["subtotalUcr"].toInteger(), qint64{100'000});
        QCOMPARE(lastNumber(), before);
    }

    void exportWritesAPdfWithoutADisplay() {
        const QString number = QString::fromStdString(
            pqxx::read_transaction(*connection_)
                .exec1(
                    "SELECT i.number FROM meter.invoices i JOIN meter.tenants t USING (tenant_id) "
                    "WHERE t.slug = '" +
                    slug(2) + "'")[0]
                .as<std::string>());
        QProcessEnvironment bare = QProcessEnvironment::systemEnvironment();
        bare.remove(QStringLiteral("QT_QPA_PLATFORM"));
        bare.remove(QStringLiteral("DISPLAY"));
        bare.remove(QStringLiteral("WAYLAND_DISPLAY"));
        const QTemporaryDir dir;
        const Outcome outcome = ctl({"invoice", "export", number, "--out", dir.path() + "/"}, bare);
        QVERIFY2(outcome.exitCode == 0, outcome.err.constData());
        const QString pdf = dir.filePath(number + "_" + QString::fromStdString(slug(2)) + ".pdf");
        QCOMPARE(QString::fromUtf8(outcome.out).trimmed(), pdf);
        QProcess text;
        text.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
        QVERIFY(text.waitForFinished(30'000));
        QVERIFY(QString::fromUtf8(text.readAllStandardOutput()).contains(number));
    }

    void mistakesGetAClearMessageAndAnExitCode_data() {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        const QString tenant = QString::fromStdString(slug(3));
        QTest::newRow("issuing a period twice")
            << QStringList{"invoice", "issue", tenant, kPeriod} << 1 << "already has invoice";
        QTest::newRow("a month that does not exist")
            << QStringList{"invoice", "issue", tenant, "2026-13"} << 2 << "YYYY-MM";
        QTest::newRow("an unknown tenant")
            << QStringList{"invoice", "preview", "no-such-tenant-" + QString::fromStdString(run)}
            << 1 << "does not exist";
        QTest::newRow("an unknown number")
            << QStringList{"invoice", "export", "MD-1999-000001"} << 1 << "does not exist";
        QTest::newRow("voiding without a reason")
            << QStringList{"invoice", "void", "MD-1999-000001"} << 2 << "--reason";
        QTest::newRow("an unknown format")
            << QStringList{"invoice", "export-all", kPeriod, "--out", "/tmp", "--format", "docx"}
            << 2 << "docx";
        QTest::newRow("an unknown verb") << QStringList{"invoice", "mail"} << 2 << "usage:";
    }

    void mistakesGetAClearMessageAndAnExitCode() {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        const Outcome outcome = ctl(arguments);
        QCOMPARE(outcome.exitCode, exitCode);
        QVERIFY2(QString::fromUtf8(outcome.err).contains(message), outcome.err.constData());
    }
};

QTEST_GUILESS_MAIN(TestInvoiceNumbering)
#include "tst_invoice_numbering.moc"

// meterdeskctl invoice: preview, issue, export and void invoices, for operators and cron.
#include "ctl_command.h"

#include <billing/ledger.h>
#include <documents/amount_text.h>
#include <documents/invoice_export.h>
#include <documents/invoice_json.h>
#include <documents/invoice_text.h>
#include <store/errors.h>
#include <store/invoice_builder.h>
#include <store/invoices.h>
#include <store/tenants.h>

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <pqxx/pqxx>

#include <chrono>
#include <map>

namespace meterdesk::ctl {

namespace {

using documents::ExportFormat;

// Made on first use rather than at start-up, so that their help text is translated.
struct InvoiceOptions {
    QCommandLineOption out{QStringLiteral("out"),
                           Text::tr("invoice: the file or folder to write to."),
                           QStringLiteral("path")};
    QCommandLineOption format{
        QStringLiteral("format"),
        Text::tr("invoice: pdf, csv or json; export-all takes several, comma-separated."),
        QStringLiteral("formats")};
    QCommandLineOption issue{
        QStringLiteral("issue"),
        Text::tr("invoice export-all: first issue the period's missing invoices.")};
    QCommandLineOption reason{QStringLiteral("reason"),
                              Text::tr("invoice void: why the invoice is voided."),
                              QStringLiteral("text")};
    QCommandLineOption locale{QStringLiteral("locale"),
                              Text::tr("invoice: the language of PDFs and text output, such as "
                                       "de_DE (default: the system's)."),
                              QStringLiteral("name")};
};

const InvoiceOptions& option() {
    static const InvoiceOptions options;
    return options;
}

QString usage() {
    return Text::tr(
        "usage: meterdeskctl invoice preview <tenant> [YYYY-MM] [--out FILE]\n"
        "       meterdeskctl invoice issue <tenant> <YYYY-MM> [--out FILE|FOLDER]\n"
        "       meterdeskctl invoice export <number> [--out FILE|FOLDER] [--format F]\n"
        "       meterdeskctl invoice export-all <YYYY-MM> --out FOLDER [--format F,...] "
        "[--issue]\n"
        "       meterdeskctl invoice void <number> --reason TEXT\n"
        "<tenant> is a slug or a tenant id.");
}

// A mistake on the command line: reported with the usage, exit status 2.
class UsageError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

QLocale localeOf(const Invocation& invocation) {
    return invocation.options->isSet(option().locale)
               ? QLocale(invocation.options->value(option().locale))
               : QLocale();
}

void printJson(const QJsonObject& object) {
    out() << QJsonDocument(object).toJson(QJsonDocument::Compact) << Qt::endl;
}

store::InvoicePeriod periodArgument(const QString& text) {
    try {
        return store::InvoicePeriod::parseMonth(text.toStdString());
    } catch (const billing::BillingError& e) {
        throw UsageError(e.what());
    }
}

store::InvoicePeriod currentMonth() {
    const auto now = std::chrono::floor<std::chrono::seconds>(std::chrono::system_clock::now());
    const auto start = billing::monthStart(now);
    return {start, billing::nextMonthStart(start)};
}

std::int64_t tenantArgument(pqxx::connection& connection, const QString& text) {
    store::TenantRepository tenants(connection);
    if (const auto bySlug = tenants.findBySlug(text.toStdString()))
        return bySlug->id;
    bool numeric = false;
    const qint64 id = text.toLongLong(&numeric);
    if (numeric && tenants.find(id))
        return id;
    throw store::StoreError(store::StoreError::Kind::NotFound,
                            "tenant '" + text.toStdString() + "' does not exist (slug or id)");
}

store::Invoice invoiceByNumber(pqxx::connection& connection, const QString& number) {
    auto invoice = store::InvoiceRepository(connection).findByNumber(number.toStdString());
    if (!invoice) {
        throw store::StoreError(store::StoreError::Kind::NotFound,
                                "invoice " + number.toStdString() + " does not exist");
    }
    return *invoice;
}

std::vector<ExportFormat> formatsOf(const Invocation& invocation, const QString& path) {
    QStringList names = invocation.options->value(option().format).split(u',', Qt::SkipEmptyParts);
    if (names.isEmpty() && !path.isEmpty() && !QFileInfo(path).isDir())
        names << QFileInfo(path).suffix();
    if (names.isEmpty())
        names << QStringLiteral("pdf");
    std::vector<ExportFormat> formats;
    for (const QString& name : names) {
        const auto format = documents::exportFormatFromName(name.trimmed());
        if (!format)
            throw UsageError(
                Text::tr("format must be pdf, csv or json, not '%1'").arg(name).toStdString());
        formats.push_back(*format);
    }
    return formats;
}

// --out names a file, or a folder (existing, or ending in '/') that takes the predictable name.
QString targetPath(const QString& out, const store::Invoice& invoice, ExportFormat format) {
    const bool folder = out.isEmpty() || QFileInfo(out).isDir() || out.endsWith(u'/');
    if (!folder)
        return out;
    const QDir dir(out.isEmpty() ? QStringLiteral(".") : out);
    if (!dir.mkpath(QStringLiteral(".")))
        throw std::runtime_error("cannot create the folder " + out.toStdString());
    return dir.filePath(documents::exportFileName(invoice, format));
}

QString exportTo(const Invocation& invocation, const store::Invoice& invoice, const QString& out) {
    const auto formats = formatsOf(invocation, out);
    const QString path = targetPath(out, invoice, formats.front());
    documents::exportInvoice(invoice, formats.front(), path, localeOf(invocation));
    return path;
}

void printSummary(const store::Invoice& invoice, const QLocale& locale) {
    const documents::InvoiceText text(locale);
    const QString heading =
        invoice.number ? text.title(invoice) + u' ' + text.number(invoice) : text.title(invoice);
    out() << Text::tr("%1 for %2 (%3), %4")
                 .arg(heading, QString::fromStdString(invoice.customer.slug),
                      QString::fromStdString(invoice.customer.name), text.period(invoice.period))
          << '\n';
    for (const auto& item : invoice.items) {
        out() << QStringLiteral("  %1  %2  %3  %4\n")
                     .arg(item.position, 3)
                     .arg(text.itemTitle(item), -40)
                     .arg(documents::formatCredits(item.amount, locale), 18)
                     .arg(documents::formatMoney(item.amountMinor, invoice.rate, locale), 16);
    }
    const auto line = [&](const QString& label, billing::Credits credits, std::int64_t minor) {
        out() << QStringLiteral("  %1  %2  %3\n")
                     .arg(label, -45)
                     .arg(documents::formatCredits(credits, locale), 18)
                     .arg(documents::formatMoney(minor, invoice.rate, locale), 16);
    };
    line(Text::tr("subtotal"), invoice.totals.subtotal, invoice.currencyTotals.subtotal);
    line(Text::tr("platform fee %1")
             .arg(documents::formatBasisPoints(invoice.fees.platformFeeBasisPoints, locale)),
         invoice.totals.platformFee, invoice.currencyTotals.platformFee);
    line(Text::tr("tax %1").arg(documents::formatBasisPoints(invoice.fees.taxBasisPoints, locale)),
         invoice.totals.tax, invoice.currencyTotals.tax);
    line(Text::tr("total"), invoice.totals.total, invoice.currencyTotals.total);
    out().flush();
}

void report(const Invocation& invocation, const store::Invoice& invoice, const QString& file) {
    if (invocation.json) {
        QJsonObject answer = documents::invoiceToJson(invoice);
        if (!file.isEmpty())
            answer.insert(QStringLiteral("file"), file);
        printJson(answer);
        return;
    }
    printSummary(invoice, localeOf(invocation));
    if (!file.isEmpty())
        out() << Text::tr("written to %1").arg(file) << Qt::endl;
}

void requireArguments(const Invocation& invocation, qsizetype least, qsizetype most) {
    const auto count = invocation.arguments.size() - 1; // after the verb
    if (count < least || count > most)
        throw UsageError(usage().toStdString());
}

// Builds the invoice a tenant would get for a period, without storing anything.
int preview(const Invocation& invocation) {
    requireArguments(invocation, 1, 2);
    const auto period =
        invocation.arguments.size() > 2 ? periodArgument(invocation.arguments[2]) : currentMonth();
    auto connection = store::connect(invocation.connection);
    const auto tenant = tenantArgument(*connection, invocation.arguments[1]);
    const auto invoice = store::InvoiceBuilder(*connection).build(tenant, period);
    const QString out = invocation.options->value(option().out);
    report(invocation, invoice, out.isEmpty() ? QString() : exportTo(invocation, invoice, out));
    return 0;
}

int issue(const Invocation& invocation) {
    requireArguments(invocation, 2, 2);
    const auto period = periodArgument(invocation.arguments[2]);
    auto connection = store::connect(invocation.connection);
    const auto tenant = tenantArgument(*connection, invocation.arguments[1]);
    const auto built = store::InvoiceBuilder(*connection).build(tenant, period);
    const auto issued = store::InvoiceRepository(*connection).issueNew(built);
    const QString out = invocation.options->value(option().out);
    report(invocation, issued, out.isEmpty() ? QString() : exportTo(invocation, issued, out));
    return 0;
}

int exportOne(const Invocation& invocation) {
    requireArguments(invocation, 1, 1);
    auto connection = store::connect(invocation.connection);
    const auto invoice = invoiceByNumber(*connection, invocation.arguments[1]);
    const QString file = exportTo(invocation, invoice, invocation.options->value(option().out));
    if (invocation.json)
        printJson({{QStringLiteral("number"), QString::fromStdString(*invoice.number)},
                   {QStringLiteral("file"), file}});
    else
        out() << file << Qt::endl;
    return 0;
}

bool hasIssuedInvoice(store::InvoiceRepository& invoices, std::int64_t tenant,
                      const store::InvoicePeriod& period) {
    return !invoices.list({period, tenant, store::InvoiceStatus::Issued}).empty();
}

// Issues the period's invoice of every billable tenant that has none yet; returns the numbers.
// A tenant that fails is reported and skipped, so one bad tenant does not stop a run; one that
// another run issued meanwhile is not a failure.
QStringList issueMissing(pqxx::connection& connection, const store::InvoicePeriod& period,
                         QStringList& failures) {
    const store::InvoiceRun run(connection, period);
    store::InvoiceRepository invoices(connection);
    QStringList issued;
    for (const auto tenant : run.tenants()) {
        if (hasIssuedInvoice(invoices, tenant, period))
            continue;
        try {
            const auto invoice = invoices.issueNew(run.build(connection, tenant));
            issued << QString::fromStdString(*invoice.number);
        } catch (const std::exception& e) {
            if (!hasIssuedInvoice(invoices, tenant, period))
                failures << Text::tr("tenant %1: %2").arg(tenant).arg(QString::fromUtf8(e.what()));
        }
    }
    return issued;
}

int exportAll(const Invocation& invocation) {
    requireArguments(invocation, 1, 1);
    const auto period = periodArgument(invocation.arguments[1]);
    const QString folder = invocation.options->value(option().out);
    if (folder.isEmpty())
        throw UsageError(Text::tr("export-all needs --out FOLDER").toStdString());
    const auto formats = formatsOf(invocation, QString());
    if (!QDir().mkpath(folder))
        throw std::runtime_error("cannot create the folder " + folder.toStdString());

    auto connection = store::connect(invocation.connection);
    QStringList failures;
    const QStringList issued = invocation.options->isSet(option().issue)
                                   ? issueMissing(*connection, period, failures)
                                   : QStringList();
    store::InvoiceRepository invoices(*connection);
    const QLocale locale = localeOf(invocation);
    QJsonArray files;
    for (const auto& header : invoices.list({period, std::nullopt, store::InvoiceStatus::Issued})) {
        const auto invoice = invoices.find(header.customer.tenantId, header.id).value();
        for (const auto format : formats) {
            const QString path = QDir(folder).filePath(documents::exportFileName(invoice, format));
            try {
                documents::exportInvoice(invoice, format, path, locale);
                files.append(path);
                if (!invocation.json)
                    out() << path << '\n';
            } catch (const std::exception& e) {
                failures << QString::fromUtf8(e.what());
            }
        }
    }
    if (invocation.json) {
        printJson({{QStringLiteral("period"), QString::fromStdString(period.label())},
                   {QStringLiteral("issued"), QJsonArray::fromStringList(issued)},
                   {QStringLiteral("files"), files},
                   {QStringLiteral("failures"), QJsonArray::fromStringList(failures)}});
    } else {
        out() << Text::tr("%n invoice(s) issued, ", nullptr, static_cast<int>(issued.size()))
              << Text::tr("%n file(s) written to %1", nullptr, static_cast<int>(files.size()))
                     .arg(folder)
              << Qt::endl;
    }
    for (const QString& failure : failures)
        err() << Text::tr("meterdeskctl invoice export-all: %1").arg(failure) << '\n';
    err().flush();
    return failures.isEmpty() ? 0 : 1;
}

int voidOne(const Invocation& invocation) {
    requireArguments(invocation, 1, 1);
    const QString reason = invocation.options->value(option().reason);
    if (reason.trimmed().isEmpty())
        throw UsageError(
            Text::tr("void needs --reason TEXT: voiding an invoice must say why").toStdString());
    auto connection = store::connect(invocation.connection);
    const auto invoice = invoiceByNumber(*connection, invocation.arguments[1]);
    const auto voided =
        store::InvoiceRepository(*connection)
            .voidInvoice(invoice.customer.tenantId, invoice.id, reason.toStdString());
    report(invocation, voided, QString());
    return 0;
}

int invoice(const Invocation& invocation) {
    static const std::map<QString, int (*)(const Invocation&)> verbs{
        {QStringLiteral("preview"), preview},  {QStringLiteral("issue"), issue},
        {QStringLiteral("export"), exportOne}, {QStringLiteral("export-all"), exportAll},
        {QStringLiteral("void"), voidOne},
    };
    const auto verb = verbs.find(invocation.arguments.value(0));
    try {
        if (verb == verbs.end())
            throw UsageError(usage().toStdString());
        return verb->second(invocation);
    } catch (const UsageError& e) {
        err() << "meterdeskctl invoice: " << QString::fromUtf8(e.what()) << Qt::endl;
        return 2;
    }
}

} // namespace

std::vector<Command> invoiceCommands() {
    return {
        {QStringLiteral("invoice"),
         Text::tr("invoice preview|issue|export|export-all|void: invoices from the rollups"),
         invoice,
         {option().out, option().format, option().issue, option().reason, option().locale}},
    };
}

} // namespace meterdesk::ctl

// The Invoices page against the real metering database, driven through its widgets
// (offscreen): preview, issue with its confirmation and the number it got, void with a
// required reason, and exporting a whole period -- files named predictably, and a cancelled
// export leaving only complete files.
#include "../models/sandbox_data.h"
#include "../ui/ui_test_support.h"

#include <documents/invoice_export.h>
#include <models/invoice_list_model.h>
#include <store/invoice_builder.h>
#include <store/invoice_listing.h>
#include <store/invoices.h>
#include <ui/invoice_export_job.h>
#include <ui/invoices_page.h>
#include <ui/permission_guard.h>

#include <QAction>
#include <QDir>
#include <QFile>
#include <QInputDialog>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSet>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextBrowser>

#include <memory>
#include <optional>

using namespace meterdesk;
using store::InvoicePeriod;
using ui::InvoiceExportJob;

namespace {

constexpr int kTenants = 8;
constexpr int kIssued = 6; // t001..t006; t007 and t008 are still to invoice
const InvoicePeriod kPeriod = InvoicePeriod::month(2025, 5);

std::string suffixOf(int number) {
    return "t" + QString::number(number).rightJustified(3, u'0').toStdString();
}

QSet<QString> filesIn(const QString& folder) {
    const QStringList names = QDir(folder).entryList(QDir::Files | QDir::Hidden);
    return {names.begin(), names.end()};
}

bool isCompletePdf(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QByteArray bytes = file.readAll();
    return bytes.startsWith("%PDF-") && bytes.trimmed().endsWith("%%EOF");
}

} // namespace

class TestInvoicesPage : public QObject {
    Q_OBJECT

    std::unique_ptr<SandboxData> data_;
    std::vector<std::int64_t> tenants_;
    models::DatabaseSession session_;
    ui::PermissionGuard permissions_;
    std::unique_ptr<ui::InvoicesPage> page_;

    std::string slug(int number) const { return data_->prefix() + "-" + suffixOf(number); }

    // The period's issued invoices as the database has them: what a whole-period export writes.
    QSet<QString> expectedExport() {
        QSet<QString> names;
        for (const auto& header : store::InvoiceRepository(data_->connection())
                                      .list({kPeriod, std::nullopt, store::InvoiceStatus::Issued}))
            for (auto format : {documents::ExportFormat::Pdf, documents::ExportFormat::Csv})
                names.insert(documents::exportFileName(header, format));
        return names;
    }

    // Shows exactly one tenant's rows and selects the first (or the one with `invoiced`).
    bool showTenant(int number, bool invoiced) {
        page_->findChild<QLineEdit*>(QStringLiteral("tenantSearch"))
            ->setText(QString::fromStdString(slug(number)));
        auto& model = page_->model();
        const auto matches = [&] {
            if (model.isLoading() || model.rowCount() == 0)
                return false;
            for (int row = 0; row < model.rowCount(); ++row) {
                if (model.rowAt(row).tenantSlug != slug(number))
                    return false;
            }
            return true;
        };
        if (!QTest::qWaitFor(matches, 10'000))
            return false;
        for (int row = 0; row < model.rowCount(); ++row) {
            if (model.rowAt(row).isInvoiced() == invoiced) {
                page_->table()->selectRow(row);
                return true;
            }
        }
        return false;
    }

    std::optional<store::Invoice> liveInvoiceOf(int number) {
        for (const auto& header :
             store::InvoiceRepository(data_->connection())
                 .list({kPeriod, tenants_[static_cast<std::size_t>(number - 1)], std::nullopt})) {
            if (header.status != store::InvoiceStatus::Void)
                return header;
        }
        return std::nullopt;
    }

    InvoiceExportJob::Outcome waitForExport() {
        std::optional<InvoiceExportJob::Outcome> outcome;
        const auto connection = connect(page_.get(), &ui::InvoicesPage::exportFinished, this,
                                        [&](const InvoiceExportJob::Outcome& o) { outcome = o; });
        [&] {
            QTRY_VERIFY_WITH_TIMEOUT(outcome.has_value(), 60'000);
        }();
        disconnect(connection);
        return outcome.value_or(InvoiceExportJob::Outcome{});
    }

    int lastNumber() {
        return pqxx::read_transaction(data_->connection())
            .exec1("SELECT coalesce((SELECT last_number FROM meter.invoice_numbers WHERE year = "
                   "extract(year FROM now() AT TIME ZONE 'UTC')), 0)")[0]
            .as<int>();
    }

    // Issue all, confirmed; `cancelAfterOne` cancels once the first invoice is issued.
    ui::InvoiceIssueRun::Outcome issueAll(bool cancelAfterOne) {
        std::optional<ui::InvoiceIssueRun::Outcome> outcome;
        [&] {
            QTRY_VERIFY(page_->issuePeriodAction()->isEnabled());
            page_->issuePeriodAction()->trigger();
            auto* confirm = uitest::waitForWindow<QMessageBox>(QStringLiteral("confirmation"));
            QVERIFY(confirm);
            const auto finished =
                connect(page_.get(), &ui::InvoicesPage::issueRunFinished, this,
                        [&](const ui::InvoiceIssueRun::Outcome& o) { outcome = o; });
            QTest::mouseClick(confirm->findChild<QPushButton*>(QStringLiteral("confirmButton")),
                              Qt::LeftButton);
            QVERIFY(page_->runningIssueRun());
            if (cancelAfterOne) {
                connect(page_->runningIssueRun(), &ui::InvoiceIssueRun::progressed, page_.get(),
                        [this](int done, int) {
                            if (done == 1)
                                page_->cancelExport();
                        });
            }
            QTRY_VERIFY_WITH_TIMEOUT(outcome.has_value(), 60'000);
            disconnect(finished);
        }();
        return outcome.value_or(ui::InvoiceIssueRun::Outcome{});
    }

private slots:
    void initTestCase() {
        data_ = std::make_unique<SandboxData>("ipg");
        const std::string plan = data_->createPlan("main");
        // Invoices keep their tenant (a foreign key); SandboxData keeps tenants with credits.
        for (int n = 1; n <= kTenants; ++n) {
            tenants_.push_back(data_->createTenant(suffixOf(n), plan).id);
            data_->topUp(tenants_.back(), 1'000'000);
        }
        auto& connection = data_->connection();
        {
            pqxx::work work(connection);
            work.exec_params(
                R"(INSERT INTO meter.usage_rollups (tenant_id, minute, service, endpoint,
                                                   allowed_calls, units, credits_ucr)
                   SELECT t.tenant_id, to_timestamp($2) + (s.day || ' days')::interval,
                          'search', '/v1/query', 4, 4, 2000000
                     FROM meter.tenants t, generate_series(0, 9) AS s (day)
                    WHERE t.slug LIKE $1 || '-t%')",
                data_->prefix(), static_cast<long long>(kPeriod.start.time_since_epoch().count()));
            work.commit();
        }
        const store::InvoiceRun run(connection, kPeriod);
        for (int n = 1; n <= kIssued; ++n)
            store::InvoiceRepository(connection)
                .issueNew(run.build(connection, tenants_[static_cast<std::size_t>(n - 1)]));

        session_.open({{}, {}, "tst_invoices_page"});
        QVERIFY(uitest::waitUntilDescribed(session_));
        permissions_.setSession(*session_.sessionInfo());
        page_ = std::make_unique<ui::InvoicesPage>(session_, permissions_);
        page_->setPeriod(kPeriod);
        page_->resize(1200, 700);
        page_->show();
    }

    void cleanupTestCase() {
        page_.reset();
        data_.reset();
    }

    void defaultsToLastMonth() {
        ui::InvoicesPage fresh(session_, permissions_);
        const QDate today = QDateTime::currentDateTimeUtc().date();
        const QDate last = QDate(today.year(), today.month(), 1).addMonths(-1);
        QCOMPARE(fresh.period(), InvoicePeriod::month(last.year(), unsigned(last.month())));
    }

    void previewsAnIssuedInvoiceAndADraft_data() {
        QTest::addColumn<int>("tenant");
        QTest::addColumn<bool>("invoiced");
        QTest::addColumn<QString>("says");

        QTest::newRow("issued") << 2 << true << "Total due";
        QTest::newRow("computed draft") << 8 << false << "Computed now from the rollups";
    }
    void previewsAnIssuedInvoiceAndADraft() {
        QFETCH(int, tenant);
        QFETCH(bool, invoiced);
        QFETCH(QString, says);
        QVERIFY(showTenant(tenant, invoiced));
        QTRY_VERIFY_WITH_TIMEOUT(
            page_->preview()->toPlainText().contains(QStringLiteral("search /v1/query")), 10'000);
        const QString text = page_->preview()->toPlainText();
        QVERIFY2(text.contains(says), qPrintable(text));
        QVERIFY(text.contains(QString::fromStdString(slug(tenant))));
        if (invoiced)
            QVERIFY(text.contains(QString::fromStdString(*liveInvoiceOf(tenant)->number)));
    }

    void issuesAfterConfirmingAndShowsTheNumber() {
        QVERIFY(showTenant(7, false));
        QTRY_VERIFY(page_->issueAction()->isEnabled());
        const QString next = QString::fromStdString(store::nextInvoiceNumber(data_->connection()));
        page_->issueAction()->trigger();

        auto* confirm = uitest::waitForWindow<QMessageBox>(QStringLiteral("confirmation"));
        QVERIFY(confirm);
        QVERIFY2(confirm->informativeText().contains(next), qPrintable(confirm->informativeText()));
        QVERIFY(confirm->informativeText().contains(next.section(u'-', 1, 1)));
        QVERIFY(!liveInvoiceOf(7)); // nothing is issued before the operator confirms
        QTest::mouseClick(confirm->findChild<QPushButton*>(QStringLiteral("confirmButton")),
                          Qt::LeftButton);

        auto* issued = uitest::waitForWindow<QMessageBox>(QStringLiteral("issuedMessage"));
        QVERIFY(issued);
        const auto invoice = liveInvoiceOf(7);
        QVERIFY(invoice && invoice->status == store::InvoiceStatus::Issued);
        QVERIFY2(issued->text().contains(QString::fromStdString(*invoice->number)),
                 qPrintable(issued->text()));
        issued->accept();
        // The list shows the new invoice, selected.
        const auto selectedNumber = [this]() -> std::optional<std::string> {
            const auto rows = page_->table()->selectionModel()->selectedRows();
            if (rows.size() != 1)
                return std::nullopt;
            return page_->model().rowAt(rows.front().row()).number;
        };
        QTRY_VERIFY_WITH_TIMEOUT(selectedNumber() == invoice->number, 10'000);
    }

    void voidingNeedsAReason() {
        QVERIFY(showTenant(1, true));
        QTRY_VERIFY(page_->voidAction()->isEnabled());
        const auto before = liveInvoiceOf(1);
        QVERIFY(before);

        page_->voidAction()->trigger();
        auto* dialog = uitest::waitForWindow<QInputDialog>(QStringLiteral("voidReasonDialog"));
        QVERIFY(dialog);
        QVERIFY(dialog->labelText().contains(QString::fromStdString(*before->number)));
        dialog->setTextValue(QStringLiteral("   "));
        dialog->accept();
        auto* error = uitest::waitForWindow<QMessageBox>(QStringLiteral("invoiceError"));
        QVERIFY(error);
        QVERIFY(error->text().contains(QStringLiteral("Reason")));
        error->accept();
        QVERIFY(liveInvoiceOf(1)->status == store::InvoiceStatus::Issued);

        page_->voidAction()->trigger();
        dialog = uitest::waitForWindow<QInputDialog>(QStringLiteral("voidReasonDialog"));
        QVERIFY(dialog);
        dialog->setTextValue(QStringLiteral("sent to the wrong address"));
        dialog->accept();
        QTRY_VERIFY_WITH_TIMEOUT(!liveInvoiceOf(1), 10'000); // void: no live invoice any more
        const auto voided =
            store::InvoiceRepository(data_->connection()).find(tenants_[0], before->id).value();
        QVERIFY(voided.status == store::InvoiceStatus::Void);
        QCOMPARE(voided.voidReason, std::string("sent to the wrong address"));
    }

    void correctsWithACreditNote() {
        QVERIFY(showTenant(3, true));
        QTRY_VERIFY(page_->creditNoteAction()->isEnabled());
        const auto original = liveInvoiceOf(3).value();
        page_->creditNoteAction()->trigger();
        auto* confirm = uitest::waitForWindow<QMessageBox>(QStringLiteral("confirmation"));
        QVERIFY(confirm);
        QVERIFY(confirm->text().contains(QString::fromStdString(*original.number)));
        QTest::mouseClick(confirm->findChild<QPushButton*>(QStringLiteral("confirmButton")),
                          Qt::LeftButton);
        const auto creditNote = [&]() -> std::optional<store::Invoice> {
            for (const auto& header :
                 store::InvoiceRepository(data_->connection())
                     .list({kPeriod, tenants_[2], store::InvoiceStatus::Issued})) {
                if (header.creditNoteFor == original.id)
                    return header;
            }
            return std::nullopt;
        };
        QTRY_VERIFY_WITH_TIMEOUT(creditNote().has_value(), 10'000);
        QCOMPARE(creditNote()->totals.total, -original.totals.total);
        QCOMPARE(creditNote()->creditNoteForNumber, original.number);
        // The original stays issued; the list shows the credit note, selected.
        QVERIFY(liveInvoiceOf(3)->id == original.id);
        QTRY_VERIFY_WITH_TIMEOUT(
            page_->table()->selectionModel()->selectedRows().size() == 1 &&
                page_->model()
                        .rowAt(page_->table()->selectionModel()->selectedRows().front().row())
                        .number == creditNote()->number,
            10'000);
    }

    // t001 (voided above) and t008 have no issued invoice: Issue all issues one, is cancelled,
    // then issues the rest.
    void issuingAllCanBeCancelledBetweenTenants() {
        const int numberBefore = lastNumber();
        const auto outcome = issueAll(true);
        QVERIFY(outcome.cancelled);
        QVERIFY2(outcome.failures.isEmpty(), qPrintable(outcome.failures.join(u'\n')));
        QVERIFY(outcome.total >= 2);
        QCOMPARE(outcome.numbers.size(), 1);
        QCOMPARE(lastNumber(), numberBefore + 1); // one invoice, no gap
    }

    void issuingAllIssuesEveryTenantStillToInvoice() {
        const auto outcome = issueAll(false);
        QVERIFY(!outcome.cancelled);
        QVERIFY2(outcome.failures.isEmpty(), qPrintable(outcome.failures.join(u'\n')));
        QVERIFY(outcome.numbers.size() >= 1);
        for (int n = 1; n <= kTenants; ++n)
            QVERIFY2(liveInvoiceOf(n) && liveInvoiceOf(n)->status == store::InvoiceStatus::Issued,
                     qPrintable(QString::fromStdString(slug(n))));
        // Nothing left to issue: another run issues nothing.
        QVERIFY(issueAll(false).numbers.isEmpty());
    }

    void exportsThePeriodWithPredictableNames() {
        QTemporaryDir folder;
        QVERIFY(folder.isValid());
        const QSet<QString> expected = expectedExport();
        QVERIFY(expected.size() >= 2 * kIssued);
        page_->exportPeriodTo(folder.path());
        QVERIFY(page_->exportProgress()->isVisible());
        const auto outcome = waitForExport();
        QVERIFY2(outcome.error.isEmpty(), qPrintable(outcome.error));
        QVERIFY(!outcome.cancelled);
        QCOMPARE(outcome.exported * 2, static_cast<int>(expected.size()));
        QCOMPARE(filesIn(folder.path()), expected);
        for (const QString& name : expected) {
            if (name.endsWith(QStringLiteral(".pdf")))
                QVERIFY2(isCompletePdf(folder.filePath(name)), qPrintable(name));
        }
        QVERIFY(!page_->exportProgress()->isVisible());
    }

    void cancelStopsBetweenInvoicesLeavingCompleteFiles() {
        QTemporaryDir folder;
        QVERIFY(folder.isValid());
        page_->exportPeriodTo(folder.path());
        InvoiceExportJob* job = page_->runningExport();
        QVERIFY(job);
        // Cancel as soon as the first invoice is written: the export stops before the second.
        connect(job, &InvoiceExportJob::progressed, page_.get(), [this](int exported, int) {
            if (exported == 1)
                page_->cancelExport();
        });
        const auto outcome = waitForExport();
        QVERIFY(outcome.cancelled);
        QVERIFY(outcome.error.isEmpty());
        QCOMPARE(outcome.exported, 1);
        QVERIFY(outcome.total > 1);
        const QSet<QString> files = filesIn(folder.path());
        QCOMPARE(files.size(), 2);
        QVERIFY(expectedExport().contains(files));
        for (const QString& name : files) {
            QVERIFY2(!name.endsWith(QStringLiteral(".part")), qPrintable(name));
            if (name.endsWith(QStringLiteral(".pdf")))
                QVERIFY(isCompletePdf(folder.filePath(name)));
        }
    }

    void exportsTheSelectedInvoices() {
        QTemporaryDir folder;
        QVERIFY(folder.isValid());
        QVERIFY(showTenant(2, true));
        const auto invoice = liveInvoiceOf(2).value();
        page_->exportSelectedTo(folder.path());
        const auto outcome = waitForExport();
        QCOMPARE(outcome.exported, 1);
        QCOMPARE(filesIn(folder.path()),
                 (QSet<QString>{documents::exportFileName(invoice, documents::ExportFormat::Pdf),
                                documents::exportFileName(invoice, documents::ExportFormat::Csv)}));
    }
};

QTEST_MAIN(TestInvoicesPage)
#include "tst_invoices_page.moc"

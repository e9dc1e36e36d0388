#include "invoice_pdf.h"

#include "amount_text.h"
#include "invoice_pagination.h"
#include "invoice_text.h"
#include "logo.h"

#include <QBuffer>
#include <QFont>
#include <QFontMetricsF>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>

#include <stdexcept>

namespace meterdesk::documents {

namespace {

using store::Invoice;
using store::InvoiceLineKind;

constexpr int kResolution = 600; // dots per inch of the PDF's coordinate system
constexpr double kMillimetresPerInch = 25.4;

// Page geometry, in millimetres from the top left of an A4 sheet.
constexpr double kLeft = 18;
constexpr double kRight = 192;
constexpr double kContentWidth = kRight - kLeft;
constexpr double kTop = 15;
constexpr double kFirstTableTop = 88;
constexpr double kLaterTableTop = 27;
constexpr double kBodyBottom = 272;
constexpr double kFooterRule = 277;
constexpr double kCellPadding = 1.5;
constexpr double kCellInset = 2;
constexpr double kDetailGap = 0.6; // between a line's title and its detail
constexpr double kTableHeaderHeight = 7;
constexpr double kTotalsRowHeight = 5.5;
constexpr double kGrandTotalHeight = 8;
constexpr double kAccountRowHeight = 4.5;
constexpr double kAccountHeadingHeight = 6;
constexpr double kNoteLineHeight = 3.6;
constexpr double kBlockGap = 6;

// The lines table: description, calls, units, credits, amount.
struct Column {
    double x;
    double width;
};
constexpr Column kDescription{kLeft, 80};
constexpr Column kCalls{kLeft + 80, 22};
constexpr Column kUnits{kLeft + 102, 22};
constexpr Column kCredits{kLeft + 124, 25};
constexpr Column kAmount{kLeft + 149, 25};
// The totals under the table: wider than the table's columns, for the larger type.
constexpr Column kTotalLabel{kLeft, 94};
constexpr Column kTotalCredits{kLeft + 94, 38};
constexpr Column kTotalAmount{kLeft + 132, 42};

const QColor kInk(0x1f, 0x29, 0x33);
const QColor kMuted(0x5f, 0x6b, 0x7a);
const QColor kRule(0xd5, 0xdb, 0xe3);
const QColor kHeaderFill(0xee, 0xf2, 0xf8);
const QColor kZebra(0xf7, 0xf9, 0xfc);
const QColor kAccent(0x2f, 0x6f, 0xdd);
const QColor kDraftMark(0x2f, 0x6f, 0xdd, 28);
const QColor kVoidMark(0xc0, 0x39, 0x2b, 45);

constexpr int kWrap = Qt::TextWordWrap;
constexpr int kWrapAnywhere = Qt::TextWrapAnywhere;

double px(double millimetres) {
    return millimetres * kResolution / kMillimetresPerInch;
}

QRectF pxRect(double x, double y, double width, double height) {
    return {px(x), px(y), px(width), px(height)};
}

QFont font(double points, bool bold = false) {
    QFont f(QStringLiteral("DejaVu Sans"));
    f.setStyleHint(QFont::SansSerif);
    f.setPointSizeF(points);
    f.setBold(bold);
    return f;
}

struct Fonts {
    QFont title = font(18, true);
    QFont issuer = font(12, true);
    QFont number = font(10, true);
    QFont customer = font(10, true);
    QFont body = font(8.5);
    QFont bodyBold = font(8.5, true);
    QFont small = font(7);
    QFont label = font(6.5, true);
    QFont total = font(10, true);
    QFont watermark = font(96, true);
};

// One row of the lines table, as printed.
struct TableRow {
    QString title;
    QString detail;
    QString calls;
    QString units;
    QString credits;
    QString amount;
    double height = 0;
};

class InvoicePainter {
public:
    InvoicePainter(const Invoice& invoice, const InvoiceText& text, QPdfWriter& writer)
        : invoice_(invoice)
        , text_(text)
        , writer_(writer)
        , rows_(tableRows()) {}

    void paint() {
        QPainter painter;
        if (!painter.begin(&writer_))
            throw std::runtime_error("cannot write the invoice PDF");
        painter_ = &painter;
        std::vector<double> heights;
        for (const TableRow& row : rows_)
            heights.push_back(row.height);
        const auto pages =
            paginate(heights, {kBodyBottom - kFirstTableTop, kBodyBottom - kLaterTableTop,
                               kTableHeaderHeight, tailHeight()});
        for (std::size_t page = 0; page < pages.size(); ++page) {
            if (page > 0)
                writer_.newPage();
            paintPage(page, pages);
        }
        painter.end();
    }

private:
    const QLocale& locale() const { return text_.locale(); }

    // --- measuring

    double textHeight(const QFont& f, double width, const QString& content, int flags) const {
        if (content.isEmpty())
            return 0;
        const QFontMetricsF metrics(f, &writer_);
        return metrics.boundingRect(QRectF(0, 0, px(width), px(1000)), flags, content).height() /
               px(1);
    }

    double rowHeight(const TableRow& row) const {
        const double width = kDescription.width - 2 * kCellInset;
        const double detail = textHeight(fonts_.small, width, row.detail, kWrap);
        return 2 * kCellPadding + textHeight(fonts_.body, width, row.title, kWrapAnywhere) +
               (detail > 0 ? detail + kDetailGap : 0);
    }

    std::vector<TableRow> tableRows() const {
        std::vector<TableRow> rows;
        for (const auto& item : invoice_.items) {
            TableRow row;
            row.title = text_.itemTitle(item);
            row.detail = text_.itemDetail(item, invoice_.customer.planCode);
            if (item.kind == InvoiceLineKind::Usage) {
                row.calls = locale().toString(static_cast<qlonglong>(item.calls));
                row.units = locale().toString(static_cast<qlonglong>(item.units));
            }
            if (item.kind != InvoiceLineKind::Escrow) {
                row.credits = formatCredits(item.amount, locale());
                // The header names the currency once.
                row.amount = formatDecimal(item.amountMinor, invoice_.rate.currencyDecimals,
                                           invoice_.rate.currencyDecimals, locale());
            }
            rows.push_back(std::move(row));
        }
        if (rows.empty())
            rows.push_back({InvoiceText::tr("No usage in this period."), {}, {}, {}, {}, {}, 0});
        for (TableRow& row : rows)
            row.height = rowHeight(row);
        return rows;
    }

    QStringList notes() const {
        QStringList lines;
        lines << InvoiceText::tr("Credits are what the prepaid balance was charged at the tariff "
                                 "versions in force; one credit is %1. Times and dates are UTC.")
                     .arg(formatCreditPrice(invoice_.rate, locale()));
        if (invoice_.voidedAt) {
            lines << InvoiceText::tr("Voided on %1: %2")
                         .arg(text_.date(*invoice_.voidedAt),
                              QString::fromStdString(invoice_.voidReason));
        }
        return lines;
    }

    double notesHeight() const {
        return textHeight(fonts_.small, kContentWidth, notes().join(u'\n'), kWrap);
    }

    double tailHeight() const {
        const double totals = 3 * kTotalsRowHeight + kGrandTotalHeight;
        const double account =
            invoice_.isCreditNote() ? 0 : kBlockGap + kAccountHeadingHeight + 3 * kAccountRowHeight;
        return kBlockGap + totals + account + kBlockGap + notesHeight();
    }

    // --- drawing primitives (millimetres in, device units out)

    void drawText(const QRectF& mmRect, int flags, const QString& content, const QFont& f,
                  const QColor& colour = kInk) {
        painter_->setFont(f);
        painter_->setPen(colour);
        painter_->drawText(pxRect(mmRect.x(), mmRect.y(), mmRect.width(), mmRect.height()), flags,
                           content);
    }

    void fill(double x, double y, double width, double height, const QColor& colour) {
        painter_->fillRect(pxRect(x, y, width, height), colour);
    }

    void rule(double y, double from = kLeft, double to = kRight, const QColor& colour = kRule,
              double width = 0.25) {
        painter_->setPen(QPen(colour, px(width)));
        painter_->drawLine(QPointF(px(from), px(y)), QPointF(px(to), px(y)));
    }

    // --- page parts

    void paintPage(std::size_t page, const std::vector<PageRows>& pages) {
        double y = kLaterTableTop;
        if (page == 0) {
            paintLetterhead();
            paintParties();
            y = kFirstTableTop;
        } else {
            paintContinuation();
        }
        const PageRows& rows = pages[page];
        if (rows.count > 0 || page == 0) {
            y = paintTableHeader(y);
            for (std::size_t row = rows.first; row < rows.first + rows.count; ++row)
                y = paintRow(rows_[row], y, row % 2 == 1);
        }
        if (page + 1 == pages.size())
            paintTail(y);
        paintFooter(page + 1, pages.size());
        // Last, so that no fill hides it; it is faint enough to read through.
        paintWatermark();
    }

    void paintWatermark() {
        QString mark;
        QColor colour;
        if (invoice_.status == store::InvoiceStatus::Draft) {
            mark = InvoiceText::tr("DRAFT");
            colour = kDraftMark;
        } else if (invoice_.status == store::InvoiceStatus::Void) {
            mark = InvoiceText::tr("VOID");
            colour = kVoidMark;
        } else {
            return;
        }
        painter_->save();
        painter_->translate(px(105), px(160));
        painter_->rotate(-35);
        painter_->setFont(fonts_.watermark);
        painter_->setPen(colour);
        painter_->drawText(QRectF(-px(150), -px(30), px(300), px(60)), Qt::AlignCenter, mark);
        painter_->restore();
    }

    void paintLetterhead() {
        paintLogo(*painter_, pxRect(kLeft, kTop, 16, 16));
        const auto& issuer = invoice_.issuer;
        drawText({kLeft + 20, kTop, 90, 6}, Qt::AlignLeft | Qt::AlignTop,
                 QString::fromStdString(issuer.name), fonts_.issuer);
        QStringList lines = QString::fromStdString(issuer.address).split(u'\n');
        lines << QString::fromStdString(issuer.email);
        if (!issuer.taxId.empty())
            lines << InvoiceText::tr("Tax ID %1").arg(QString::fromStdString(issuer.taxId));
        lines.removeAll(QString());
        drawText({kLeft + 20, kTop + 6.5, 90, 26}, Qt::AlignLeft | Qt::AlignTop | kWrap,
                 lines.join(u'\n'), fonts_.small, kMuted);

        drawText({112, kTop - 1, 80, 9}, Qt::AlignRight | Qt::AlignTop,
                 locale().toUpper(text_.title(invoice_)), fonts_.title, kAccent);
        drawText({112, kTop + 9, 80, 6}, Qt::AlignRight | Qt::AlignTop, text_.number(invoice_),
                 fonts_.number);
        drawText({112, kTop + 15, 80, 5}, Qt::AlignRight | Qt::AlignTop,
                 text_.period(invoice_.period), fonts_.body, kMuted);
        rule(kTop + 35);
    }

    void paintParties() {
        const double top = kTop + 40;
        const auto& customer = invoice_.customer;
        drawText({kLeft, top, 84, 4}, Qt::AlignLeft, locale().toUpper(InvoiceText::tr("Bill to")),
                 fonts_.label, kMuted);
        drawText({kLeft, top + 4.5, 84, 6}, Qt::AlignLeft | kWrap,
                 QString::fromStdString(customer.name), fonts_.customer);
        QStringList lines{QString::fromStdString(customer.email),
                          InvoiceText::tr("Tenant %1 (id %2)")
                              .arg(QString::fromStdString(customer.slug))
                              .arg(customer.tenantId)};
        if (!customer.region.empty())
            lines << InvoiceText::tr("Region %1").arg(QString::fromStdString(customer.region));
        drawText({kLeft, top + 10.5, 84, 20}, Qt::AlignLeft | Qt::AlignTop | kWrap,
                 lines.join(u'\n'), fonts_.body);

        std::vector<std::pair<QString, QString>> details{
            {InvoiceText::tr("Number"), text_.number(invoice_)},
            {InvoiceText::tr("Issue date"), invoice_.issuedAt ? text_.date(*invoice_.issuedAt)
                                                              : InvoiceText::tr("not issued yet")},
            {InvoiceText::tr("Period"), text_.period(invoice_.period)},
            {InvoiceText::tr("Plan"), QString::fromStdString(customer.planCode)},
            {InvoiceText::tr("Price of a credit"), formatCreditPrice(invoice_.rate, locale())},
        };
        if (invoice_.isCreditNote()) {
            details.emplace_back(InvoiceText::tr("Corrects invoice"),
                                 QString::fromStdString(invoice_.creditNoteForNumber.value_or("")));
        }
        double y = top;
        for (const auto& [label, value] : details) {
            drawText({112, y, 34, 4.5}, Qt::AlignLeft | Qt::AlignVCenter, label, fonts_.body,
                     kMuted);
            drawText({146, y, 46, 4.5}, Qt::AlignRight | Qt::AlignVCenter, value, fonts_.bodyBold);
            y += 4.6;
        }
    }

    void paintContinuation() {
        drawText(
            {kLeft, kTop, 110, 5}, Qt::AlignLeft | Qt::AlignVCenter,
            InvoiceText::tr("%1 %2 (continued)").arg(text_.title(invoice_), text_.number(invoice_)),
            fonts_.bodyBold);
        drawText({112, kTop, 80, 5}, Qt::AlignRight | Qt::AlignVCenter,
                 QString::fromStdString(invoice_.customer.name), fonts_.body, kMuted);
        rule(kTop + 7);
    }

    double paintTableHeader(double top) {
        fill(kLeft, top, kContentWidth, kTableHeaderHeight, kHeaderFill);
        const auto header = [&](const Column& column, const QString& label, int align) {
            drawText(
                {column.x + kCellInset, top, column.width - 2 * kCellInset, kTableHeaderHeight},
                align | Qt::AlignVCenter, locale().toUpper(label), fonts_.label, kMuted);
        };
        header(kDescription, InvoiceText::tr("Description"), Qt::AlignLeft);
        header(kCalls, InvoiceText::tr("Calls"), Qt::AlignRight);
        header(kUnits, InvoiceText::tr("Units"), Qt::AlignRight);
        header(kCredits, InvoiceText::tr("Credits"), Qt::AlignRight);
        header(kAmount,
               InvoiceText::tr("Amount (%1)").arg(QString::fromStdString(invoice_.rate.currency)),
               Qt::AlignRight);
        rule(top + kTableHeaderHeight, kLeft, kRight, kMuted);
        return top + kTableHeaderHeight;
    }

    double paintRow(const TableRow& row, double top, bool shaded) {
        if (shaded)
            fill(kLeft, top, kContentWidth, row.height, kZebra);
        const double width = kDescription.width - 2 * kCellInset;
        const double titleHeight = textHeight(fonts_.body, width, row.title, kWrapAnywhere);
        const double textTop = top + kCellPadding;
        drawText({kDescription.x + kCellInset, textTop, width, titleHeight},
                 Qt::AlignLeft | Qt::AlignTop | kWrapAnywhere, row.title, fonts_.body);
        drawText({kDescription.x + kCellInset, textTop + titleHeight + kDetailGap, width,
                  row.height - titleHeight - 2 * kCellPadding},
                 Qt::AlignLeft | Qt::AlignTop | kWrap, row.detail, fonts_.small, kMuted);
        const auto number = [&](const Column& column, const QString& value, const QFont& f) {
            drawText({column.x + kCellInset, textTop, column.width - 2 * kCellInset, titleHeight},
                     Qt::AlignRight | Qt::AlignTop, value, f);
        };
        number(kCalls, row.calls, fonts_.body);
        number(kUnits, row.units, fonts_.body);
        number(kCredits, row.credits, fonts_.body);
        number(kAmount, row.amount, fonts_.bodyBold);
        rule(top + row.height);
        return top + row.height;
    }

    void paintTail(double top) {
        double y = paintTotals(top + kBlockGap);
        if (!invoice_.isCreditNote())
            y = paintAccount(y + kBlockGap);
        drawText({kLeft, y + kBlockGap, kContentWidth, notesHeight() + 1},
                 Qt::AlignLeft | Qt::AlignTop | kWrap, notes().join(u'\n'), fonts_.small, kMuted);
    }

    void totalsRow(double y, double height, const QString& label, billing::Credits credits,
                   std::int64_t minor, const QFont& f) {
        drawText({kTotalLabel.x, y, kTotalLabel.width - kCellInset, height},
                 Qt::AlignRight | Qt::AlignVCenter, label, f);
        drawText({kTotalCredits.x, y, kTotalCredits.width - kCellInset, height},
                 Qt::AlignRight | Qt::AlignVCenter, formatCredits(credits, locale()), f, kMuted);
        drawText({kTotalAmount.x, y, kTotalAmount.width - kCellInset, height},
                 Qt::AlignRight | Qt::AlignVCenter, formatMoney(minor, invoice_.rate, locale()), f);
    }

    double paintTotals(double top) {
        const auto& credits = invoice_.totals;
        const auto& money = invoice_.currencyTotals;
        const auto& fees = invoice_.fees;
        double y = top;
        totalsRow(y, kTotalsRowHeight, InvoiceText::tr("Subtotal"), credits.subtotal,
                  money.subtotal, fonts_.body);
        y += kTotalsRowHeight;
        totalsRow(y, kTotalsRowHeight,
                  InvoiceText::tr("Platform fee (%1)")
                      .arg(formatBasisPoints(fees.platformFeeBasisPoints, locale())),
                  credits.platformFee, money.platformFee, fonts_.body);
        y += kTotalsRowHeight;
        const QString taxLabel =
            invoice_.customer.region.empty()
                ? InvoiceText::tr("Tax (%1)").arg(formatBasisPoints(fees.taxBasisPoints, locale()))
                : InvoiceText::tr("Tax (%1, region %2)")
                      .arg(formatBasisPoints(fees.taxBasisPoints, locale()),
                           QString::fromStdString(invoice_.customer.region));
        totalsRow(y, kTotalsRowHeight, taxLabel, credits.tax, money.tax, fonts_.body);
        y += kTotalsRowHeight;
        rule(y + 0.8, kTotalLabel.x + kTotalLabel.width / 2, kRight, kInk, 0.4);
        totalsRow(y + 1, kGrandTotalHeight - 1,
                  invoice_.isCreditNote() ? InvoiceText::tr("Total credited")
                                          : InvoiceText::tr("Total due"),
                  credits.total, money.total, fonts_.total);
        return y + kGrandTotalHeight;
    }

    double paintAccount(double top) {
        drawText({kLeft, top, kContentWidth, 5}, Qt::AlignLeft | Qt::AlignVCenter,
                 locale().toUpper(InvoiceText::tr("Credit account in the period")), fonts_.label,
                 kMuted);
        rule(top + 5.5);
        const auto& account = invoice_.account;
        const std::pair<QString, billing::Credits> entries[] = {
            {InvoiceText::tr("Top-ups"), account.topUps},
            {InvoiceText::tr("Used"), account.usage},
            {InvoiceText::tr("Allowance granted"), account.grants},
            {InvoiceText::tr("Adjustments"), account.adjustments},
            {InvoiceText::tr("Refunds"), account.refunds},
            {InvoiceText::tr("Expired"), account.expired},
        };
        const double columnWidth = kContentWidth / 2;
        for (std::size_t i = 0; i < std::size(entries); ++i) {
            const double x = kLeft + static_cast<double>(i % 2) * columnWidth;
            const double y =
                top + kAccountHeadingHeight + static_cast<double>(i / 2) * kAccountRowHeight;
            drawText({x, y, columnWidth * 0.55, kAccountRowHeight},
                     Qt::AlignLeft | Qt::AlignVCenter, entries[i].first, fonts_.body, kMuted);
            drawText({x + columnWidth * 0.55, y, columnWidth * 0.4, kAccountRowHeight},
                     Qt::AlignRight | Qt::AlignVCenter,
                     InvoiceText::tr("%1 credits").arg(formatCredits(entries[i].second, locale())),
                     fonts_.body);
        }
        return top + kAccountHeadingHeight + 3 * kAccountRowHeight;
    }

    void paintFooter(std::size_t page, std::size_t pageCount) {
        rule(kFooterRule);
        const auto& issuer = invoice_.issuer;
        QStringList identity{QString::fromStdString(issuer.name),
                             QString::fromStdString(issuer.email)};
        if (!issuer.taxId.empty())
            identity << InvoiceText::tr("Tax ID %1").arg(QString::fromStdString(issuer.taxId));
        identity.removeAll(QString());
        QString seal = text_.title(invoice_);
        if (invoice_.number)
            seal += u' ' + text_.number(invoice_);
        if (!invoice_.contentSha256.empty()) {
            seal += QStringLiteral(" · SHA-256 ") +
                    QString::fromStdString(invoice_.contentSha256.substr(0, 16));
        }
        drawText({kLeft, kFooterRule + 1.5, 140, 8}, Qt::AlignLeft | Qt::AlignTop,
                 identity.join(QStringLiteral(" · ")) + u'\n' + seal, fonts_.small, kMuted);
        drawText({152, kFooterRule + 1.5, 40, 4}, Qt::AlignRight | Qt::AlignTop,
                 InvoiceText::tr("Page %1 of %2").arg(page).arg(pageCount), fonts_.small, kMuted);
    }

    const Invoice& invoice_;
    const InvoiceText& text_;
    QPdfWriter& writer_;
    Fonts fonts_;
    std::vector<TableRow> rows_;
    QPainter* painter_ = nullptr;
};

} // namespace

InvoicePdf::InvoicePdf(store::Invoice invoice, QLocale locale)
    : invoice_(std::move(invoice))
    , locale_(std::move(locale)) {}

void InvoicePdf::write(QIODevice& device) const {
    const InvoiceText text(locale_);
    QPdfWriter writer(&device);
    writer.setResolution(kResolution);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(0, 0, 0, 0));
    writer.setCreator(QStringLiteral("Meterdesk"));
    writer.setTitle(text.title(invoice_) + u' ' + text.number(invoice_) + QStringLiteral(" — ") +
                    QString::fromStdString(invoice_.customer.name));
    InvoicePainter(invoice_, text, writer).paint();
}

QByteArray InvoicePdf::toByteArray() const {
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    write(buffer);
    return bytes;
}

} // namespace meterdesk::documents

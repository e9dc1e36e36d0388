#include "invoice_list_model.h"

#include "display_format.h"

#include <utility>

namespace meterdesk::models {

namespace {

bool sameQuery(const store::InvoiceListQuery& lhs, const store::InvoiceListQuery& rhs) {
    return lhs.period == rhs.period && lhs.tenantSearch == rhs.tenantSearch &&
           lhs.filter == rhs.filter;
}

QString fromStd(const std::string& text) {
    return QString::fromStdString(text);
}

} // namespace

QString formatMinorUnits(std::int64_t minorUnits, int currencyDecimals, const QString& currency,
                         const QLocale& locale) {
    std::uint64_t scale = 1;
    for (int i = 0; i < currencyDecimals; ++i)
        scale *= 10;
    // Unsigned, so that the most negative amount has a magnitude too.
    const std::uint64_t magnitude = minorUnits < 0 ? 0 - static_cast<std::uint64_t>(minorUnits)
                                                   : static_cast<std::uint64_t>(minorUnits);
    QString text = locale.toString(static_cast<qulonglong>(magnitude / scale));
    if (currencyDecimals > 0) {
        text +=
            locale.decimalPoint() +
            QString::number(magnitude % scale).rightJustified(currencyDecimals, QLatin1Char('0'));
    }
    if (minorUnits < 0)
        text.prepend(locale.negativeSign());
    return currency.isEmpty() ? text : text + u' ' + currency;
}

InvoiceListModel::InvoiceListModel(DatabaseSession& session, const store::InvoicePeriod& period,
                                   QObject* parent)
    : SessionTableModel(session, parent) {
    query_.period = period;
    searchTimer_.setSingleShot(true);
    searchTimer_.setInterval(kSearchDelay);
    connect(&searchTimer_, &QTimer::timeout, this, [this] {
        store::InvoiceListQuery query = query_;
        query.tenantSearch = pendingSearch_.trimmed().toStdString();
        setQuery(std::move(query));
    });
    reload();
}

int InvoiceListModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(rows_.size());
}

int InvoiceListModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant InvoiceListModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const store::InvoiceListRow& row = rowAt(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayData(row, index.column());
    case RawValueRole:
        return rawData(row, index.column());
    case IdRole:
        return QVariant::fromValue<qint64>(row.invoiceId.value_or(0));
    case TenantIdRole:
        return QVariant::fromValue<qint64>(row.tenantId);
    case Qt::ToolTipRole:
        return index.column() == Status ? statusToolTip(row) : QVariant();
    case Qt::TextAlignmentRole:
        if (index.column() == Total || index.column() == Credits)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    default:
        return {};
    }
}

QString InvoiceListModel::statusText(const store::InvoiceListRow& row) const {
    if (!row.status)
        return tr("Not invoiced");
    switch (*row.status) {
    case store::InvoiceStatus::Draft:
        return row.creditNoteFor ? tr("Credit note draft") : tr("Draft");
    case store::InvoiceStatus::Issued:
        return row.creditNoteFor ? tr("Credit note") : tr("Issued");
    case store::InvoiceStatus::Void:
        return tr("Void");
    }
    return {};
}

QString InvoiceListModel::statusToolTip(const store::InvoiceListRow& row) const {
    if (!row.status)
        return tr("The tenant has usage in this period but no invoice yet");
    switch (*row.status) {
    case store::InvoiceStatus::Draft:
        return tr("Saved but not issued: it has no number and can still change");
    case store::InvoiceStatus::Issued:
        return row.creditNoteFor ? tr("Corrects invoice %1").arg(fromStd(*row.creditNoteFor))
                                 : tr("Issued: numbered and sealed; the database refuses changes");
    case store::InvoiceStatus::Void:
        return tr("Voided: %1").arg(fromStd(row.voidReason));
    }
    return {};
}

QVariant InvoiceListModel::displayData(const store::InvoiceListRow& row, int column) const {
    switch (column) {
    case Status:
        return statusText(row);
    case Total:
        return row.isInvoiced()
                   ? formatMinorUnits(row.totalMinor, row.currencyDecimals, fromStd(row.currency))
                   : QString();
    case Credits:
        return row.isInvoiced() ? formatCredits(row.total) : QString();
    case Issued:
        return row.issuedAt ? formatLocalTime(*row.issuedAt) : QString();
    default:
        return rawData(row, column);
    }
}

QVariant InvoiceListModel::rawData(const store::InvoiceListRow& row, int column) const {
    switch (column) {
    case Tenant:
        return fromStd(row.tenantSlug);
    case Name:
        return fromStd(row.tenantName);
    case Status:
        return row.status ? QString::fromUtf8(store::toString(*row.status))
                          : QStringLiteral("not_invoiced");
    case Number:
        return row.number ? fromStd(*row.number) : QString();
    case Total:
        return QVariant::fromValue<qint64>(row.totalMinor);
    case Credits:
        return QVariant::fromValue<qint64>(row.total.micros());
    case Issued:
        return row.issuedAt ? QVariant(utcDateTime(*row.issuedAt)) : QVariant();
    default:
        return {};
    }
}

QVariant InvoiceListModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Tenant:
        return tr("Tenant");
    case Name:
        return tr("Name");
    case Status:
        return tr("Status");
    case Number:
        return tr("Number");
    case Total:
        return tr("Total");
    case Credits:
        return tr("Credits");
    case Issued:
        return tr("Issued");
    default:
        return {};
    }
}

bool InvoiceListModel::canFetchMore(const QModelIndex& parent) const {
    return !parent.isValid() && firstPageLoaded_ && next_.has_value() && !hasCurrentRequest();
}

void InvoiceListModel::fetchMore(const QModelIndex& parent) {
    if (!canFetchMore(parent))
        return;
    requestMore(
        [query = query_, after = next_](pqxx::connection& connection) {
            return store::InvoiceListing(connection).page(query, after, kPageSize);
        },
        [this](store::InvoiceListPage page) { appendPage(std::move(page)); });
}

void InvoiceListModel::setPeriod(const store::InvoicePeriod& period) {
    store::InvoiceListQuery query = query_;
    query.period = period;
    setQuery(std::move(query));
}

void InvoiceListModel::setTenantSearch(const QString& text) {
    pendingSearch_ = text;
    searchTimer_.start();
}

void InvoiceListModel::setFilter(store::InvoiceListFilter filter) {
    store::InvoiceListQuery query = query_;
    query.filter = filter;
    setQuery(std::move(query));
}

void InvoiceListModel::setQuery(store::InvoiceListQuery query) {
    if (sameQuery(query, query_))
        return;
    query_ = std::move(query);
    reload();
}

void InvoiceListModel::reload() {
    requestFresh(
        [query = query_](pqxx::connection& connection) {
            return store::InvoiceListing(connection).page(query, std::nullopt, kPageSize);
        },
        [this](store::InvoiceListPage page) { applyFirstPage(std::move(page)); });
}

void InvoiceListModel::applyFirstPage(store::InvoiceListPage page) {
    beginResetModel();
    rows_ = std::move(page.rows);
    next_ = std::move(page.next);
    firstPageLoaded_ = true;
    endResetModel();
    emit firstPageLoaded();
}

void InvoiceListModel::appendPage(store::InvoiceListPage page) {
    next_ = std::move(page.next);
    if (page.rows.empty())
        return;
    const int first = static_cast<int>(rows_.size());
    beginInsertRows({}, first, first + static_cast<int>(page.rows.size()) - 1);
    for (auto& row : page.rows)
        rows_.push_back(std::move(row));
    endInsertRows();
}

int InvoiceListModel::rowOf(std::int64_t tenantId, std::optional<std::int64_t> invoiceId) const {
    for (std::size_t i = 0; i < rows_.size(); ++i) {
        if (rows_[i].tenantId == tenantId && rows_[i].invoiceId == invoiceId)
            return static_cast<int>(i);
    }
    return -1;
}

} // namespace meterdesk::models

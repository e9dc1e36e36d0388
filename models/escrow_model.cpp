#include "escrow_model.h"

#include "item_roles.h"

#include <QDateTime>
#include <QLocale>

#include <algorithm>

namespace meterdesk::models {

namespace {

using billing::EscrowState;

// Refund requests wait for the operator; open escrows may need them; the rest are history.
int urgency(EscrowState state) {
    switch (state) {
    case EscrowState::RefundRequested:
        return 0;
    case EscrowState::Open:
        return 1;
    default:
        return 2;
    }
}

QString annotation(const std::map<QString, QString>& annotations, const QString& key) {
    const auto found = annotations.find(key);
    return found == annotations.end() ? QString() : found->second;
}

QDateTime utc(std::chrono::sys_seconds at) {
    return QDateTime::fromSecsSinceEpoch(at.time_since_epoch().count(), Qt::UTC);
}

QString ageText(std::chrono::seconds age) {
    const auto days = std::chrono::duration_cast<std::chrono::days>(age);
    const auto hours = std::chrono::duration_cast<std::chrono::hours>(age - days);
    if (days.count() > 0)
        return EscrowModel::tr("%1 d %2 h").arg(days.count()).arg(hours.count());
    const auto minutes = std::chrono::duration_cast<std::chrono::minutes>(age - days - hours);
    return EscrowModel::tr("%1 h %2 min").arg(hours.count()).arg(minutes.count());
}

} // namespace

QString escrowStateText(billing::EscrowState state) {
    using billing::EscrowState;
    switch (state) {
    case EscrowState::Open:
        return EscrowModel::tr("open");
    case EscrowState::RefundRequested:
        return EscrowModel::tr("refund requested");
    case EscrowState::Released:
        return EscrowModel::tr("released");
    case EscrowState::Refunded:
        return EscrowModel::tr("refunded");
    case EscrowState::Settled:
        return EscrowModel::tr("settled");
    case EscrowState::Reclaimed:
        return EscrowModel::tr("reclaimed");
    }
    return {};
}

EscrowModel::EscrowModel(QObject* parent)
    : QAbstractTableModel(parent) {}

int EscrowModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(rows_.size());
}

int EscrowModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant EscrowModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const chain::OnChainEscrow& escrow = rows_[static_cast<std::size_t>(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        return display(escrow, index.column());
    case RawValueRole:
        return raw(escrow, index.column());
    case IdRole:
        return escrow.id.toHex();
    case Qt::ToolTipRole:
        return index.column() == Job ? escrow.id.toHex() : QVariant();
    case Qt::TextAlignmentRole:
        return index.column() == Amount ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    default:
        return {};
    }
}

QVariant EscrowModel::display(const chain::OnChainEscrow& escrow, int column) const {
    switch (column) {
    case Job:
        return escrow.id.toDisplayString();
    case State:
        return escrowStateText(escrow.state);
    case Payer:
        return escrow.payer.toChecksumHex();
    case Payee:
        return escrow.payee.toChecksumHex();
    case Amount:
        return QStringLiteral("%1 %2").arg(
            QString::fromStdString(escrow.amount.toDecimalString(units_.decimals)), units_.symbol);
    case Deadline: // local time on screen only
        return QLocale().toString(utc(escrow.deadline).toLocalTime(), QLocale::ShortFormat);
    case Age:
        return ageText(std::max(std::chrono::seconds(0), now_ - escrow.openedAt));
    case Tenant:
        return annotation(tenantsByWallet_, escrow.payer.toHex());
    case Decision:
        return annotation(decisionsByEscrow_, escrow.id.toHex());
    default:
        return {};
    }
}

QVariant EscrowModel::raw(const chain::OnChainEscrow& escrow, int column) const {
    switch (column) {
    case Job:
        return escrow.id.toHex();
    case State:
        return QString::fromLatin1(billing::toString(escrow.state).data());
    case Payer:
        return escrow.payer.toHex();
    case Payee:
        return escrow.payee.toHex();
    case Amount:
        return QString::fromStdString(escrow.amount.toDecimalString(0));
    case Deadline:
        return utc(escrow.deadline);
    case Age:
        return static_cast<qint64>((now_ - escrow.openedAt).count());
    case Tenant:
        return annotation(tenantsByWallet_, escrow.payer.toHex());
    case Decision:
        return annotation(decisionsByEscrow_, escrow.id.toHex());
    default:
        return {};
    }
}

QVariant EscrowModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Job:
        return tr("Job");
    case State:
        return tr("State");
    case Payer:
        return tr("Payer");
    case Payee:
        return tr("Payee");
    case Amount:
        return tr("Amount");
    case Deadline:
        return tr("Deadline");
    case Age:
        return tr("Age");
    case Tenant:
        return tr("Tenant");
    case Decision:
        return tr("Decision");
    default:
        return {};
    }
}

void EscrowModel::setEscrows(std::vector<chain::OnChainEscrow> escrows, TokenUnits units,
                             std::chrono::sys_seconds now) {
    std::stable_sort(escrows.begin(), escrows.end(), [](const auto& a, const auto& b) {
        if (urgency(a.state) != urgency(b.state))
            return urgency(a.state) < urgency(b.state);
        return a.openedAt < b.openedAt;
    });
    beginResetModel();
    rows_ = std::move(escrows);
    units_ = std::move(units);
    now_ = now;
    endResetModel();
}

int EscrowModel::rowOf(const chain::EscrowId& id) const {
    const auto found =
        std::find_if(rows_.begin(), rows_.end(), [&id](const auto& row) { return row.id == id; });
    return found == rows_.end() ? -1 : static_cast<int>(found - rows_.begin());
}

void EscrowModel::setAnnotations(std::map<QString, QString> tenantsByWallet,
                                 std::map<QString, QString> decisionsByEscrow) {
    tenantsByWallet_ = std::move(tenantsByWallet);
    decisionsByEscrow_ = std::move(decisionsByEscrow);
    if (!rows_.empty())
        emit dataChanged(index(0, Tenant), index(rowCount() - 1, Decision));
}

} // namespace meterdesk::models

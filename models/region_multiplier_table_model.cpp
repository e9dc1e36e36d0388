#include "region_multiplier_table_model.h"

#include "item_roles.h"

#include <QLocale>

#include <cstdlib>

namespace meterdesk::models {

namespace {

// "×1.25" for 12500 bp: the factor an operator thinks in, exact to the basis point.
QString factorText(std::int64_t basisPoints) {
    const QLocale locale;
    QString fraction = QString::number(std::abs(basisPoints % billing::kBasisPointsPerWhole))
                           .rightJustified(4, u'0');
    while (fraction.size() > 2 && fraction.endsWith(u'0')) {
        fraction.chop(1);
    }
    const QString sign = basisPoints < 0 ? locale.negativeSign() : QString();
    return QStringLiteral("×") + sign +
           locale.toString(std::abs(basisPoints / billing::kBasisPointsPerWhole)) +
           locale.decimalPoint() + fraction;
}

} // namespace

RegionMultiplierTableModel::RegionMultiplierTableModel(QObject* parent)
    : QAbstractTableModel(parent) {}

int RegionMultiplierTableModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(regions_.size());
}

int RegionMultiplierTableModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RegionMultiplierTableModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const billing::RegionMultiplier& region = regions_[static_cast<std::size_t>(index.row())];
    const bool isRegion = index.column() == Region;
    switch (role) {
    case ValidationMessageRole:
        return messages_.at(index.row(), index.column());
    case Qt::DisplayRole:
    case Qt::EditRole:
    case RawValueRole:
        return isRegion ? QVariant(QString::fromStdString(region.region))
                        : QVariant::fromValue<qint64>(region.basisPoints);
    case Qt::ToolTipRole:
        return isRegion ? QVariant() : QVariant(factorText(region.basisPoints));
    case Qt::TextAlignmentRole:
        return isRegion ? QVariant() : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    default:
        return {};
    }
}

QVariant RegionMultiplierTableModel::headerData(int section, Qt::Orientation orientation,
                                                int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case Region:
        return tr("Region");
    case BasisPoints:
        return tr("Basis points (10000 = ×1)");
    default:
        return {};
    }
}

Qt::ItemFlags RegionMultiplierTableModel::flags(const QModelIndex& index) const {
    const Qt::ItemFlags base = QAbstractTableModel::flags(index);
    return index.isValid() ? base | Qt::ItemIsEditable : base;
}

bool RegionMultiplierTableModel::setData(const QModelIndex& index, const QVariant& value,
                                         int role) {
    if (role != Qt::EditRole ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return false;
    }
    billing::RegionMultiplier& region = regions_[static_cast<std::size_t>(index.row())];
    const QString typed = value.toString().trimmed();
    if (index.column() == Region) {
        region.region = typed.toStdString();
    } else {
        bool isNumber = false;
        const qlonglong basisPoints = typed.toLongLong(&isNumber);
        if (!isNumber) {
            emit editRefused(index, tr("\"%1\" is not a whole number of basis points "
                                       "(10000 means ×1).")
                                        .arg(typed));
            return false;
        }
        region.basisPoints = basisPoints;
    }
    emit dataChanged(index, index);
    return true;
}

bool RegionMultiplierTableModel::insertRows(int row, int count, const QModelIndex& parent) {
    if (parent.isValid() || row < 0 || row > rowCount() || count < 1) {
        return false;
    }
    beginInsertRows(parent, row, row + count - 1);
    regions_.insert(regions_.begin() + row, static_cast<std::size_t>(count),
                    billing::RegionMultiplier{});
    endInsertRows();
    return true;
}

bool RegionMultiplierTableModel::removeRows(int row, int count, const QModelIndex& parent) {
    if (parent.isValid() || row < 0 || count < 1 || row + count > rowCount()) {
        return false;
    }
    beginRemoveRows(parent, row, row + count - 1);
    regions_.erase(regions_.begin() + row, regions_.begin() + row + count);
    endRemoveRows();
    return true;
}

void RegionMultiplierTableModel::setRegions(std::vector<billing::RegionMultiplier> regions) {
    beginResetModel();
    regions_ = std::move(regions);
    messages_.clear();
    endResetModel();
}

int RegionMultiplierTableModel::columnForField(std::string_view regionField) {
    if (regionField.empty() || regionField == "region") {
        return Region;
    }
    return regionField == "basisPoints" ? BasisPoints : -1;
}

void RegionMultiplierTableModel::setValidationMessages(CellMessages messages) {
    for (const auto& [row, column] : messages_.replaceWith(std::move(messages))) {
        if (row < rowCount()) {
            const QModelIndex cell = index(row, column);
            emit dataChanged(cell, cell, {ValidationMessageRole});
        }
    }
}

} // namespace meterdesk::models

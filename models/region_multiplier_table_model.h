#pragma once

#include <billing/tariff.h>
#include <models/cell_messages.h>

#include <QAbstractTableModel>

#include <string_view>
#include <vector>

namespace meterdesk::models {

// The region multipliers of a tariff version being edited: region and basis points
// (10000 = ×1). A basis-point cell refuses text that is not a whole number.
class RegionMultiplierTableModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { Region, BasisPoints, ColumnCount };
    Q_ENUM(Column)

    explicit RegionMultiplierTableModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    // DisplayRole: region, basis points as a number; Qt::ToolTipRole: the factor ("×1.25");
    // EditRole/RawValueRole: region text, basis points as qint64; ValidationMessageRole.
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    // New regions are unnamed at 10000 bp (×1).
    bool insertRows(int row, int count, const QModelIndex& parent = {}) override;
    bool removeRows(int row, int count, const QModelIndex& parent = {}) override;

    void setRegions(std::vector<billing::RegionMultiplier> regions);
    const std::vector<billing::RegionMultiplier>& regions() const { return regions_; }

    // "region" -> Region, "basisPoints" -> BasisPoints, "" -> Region; -1 otherwise.
    static int columnForField(std::string_view regionField);

    void setValidationMessages(CellMessages messages);

signals:
    void editRefused(const QModelIndex& index, const QString& reason);

private:
    std::vector<billing::RegionMultiplier> regions_;
    CellMessages messages_;
};

} // namespace meterdesk::models

#pragma once

#include <QIdentityProxyModel>

namespace meterdesk::ui {

// Shows an editable model without letting anything change it: no editors, no checkboxes
// that toggle. Used to display a saved tariff version with the editor's own models.
class ReadOnlyProxyModel : public QIdentityProxyModel {
    Q_OBJECT

public:
    using QIdentityProxyModel::QIdentityProxyModel;

    Qt::ItemFlags flags(const QModelIndex& index) const override {
        return QIdentityProxyModel::flags(index) & ~(Qt::ItemIsEditable | Qt::ItemIsUserCheckable);
    }
};

} // namespace meterdesk::ui

#include "confirmation.h"

#include <QMessageBox>
#include <QPushButton>

namespace meterdesk::ui {

QMessageBox* askConfirmation(QWidget* parent, const QString& title, const QString& question,
                             const QString& details, const QString& confirmText,
                             std::function<void()> onConfirm) {
    auto* box =
        new QMessageBox(QMessageBox::Question, title, question, QMessageBox::Cancel, parent);
    box->setObjectName(QStringLiteral("confirmation"));
    box->setInformativeText(details);
    QPushButton* confirm = box->addButton(confirmText, QMessageBox::AcceptRole);
    confirm->setObjectName(QStringLiteral("confirmButton"));
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    QObject::connect(box, &QMessageBox::finished, box,
                     [box, confirm, onConfirm = std::move(onConfirm)] {
                         if (box->clickedButton() == confirm)
                             onConfirm();
                     });
    box->open();
    return box;
}

} // namespace meterdesk::ui

#pragma once

#include <QDialog>
#include <QString>

class QLabel;

namespace meterdesk::ui {

// A dialog whose content the page saves: it emits what was typed and stays open, busy, until
// the page calls saveSucceeded() (it closes) or saveFailed() (it shows why, under the fields,
// and keeps everything typed), so a refused save never loses an edit.
class SubmittingDialog : public QDialog {
    Q_OBJECT

public:
    explicit SubmittingDialog(QWidget* parent = nullptr);

    void saveSucceeded();
    void saveFailed(const QString& message);
    bool isBusy() const { return busy_; }
    // The last refusal while it is shown, else empty.
    QString failureText() const;

protected:
    // Where the refusal shows; the dialog places it in its layout.
    QLabel* failureLabel() const { return failure_; }
    // Clears the last refusal and turns busy: call right before emitting the content.
    void startSubmitting();
    // Disables what may not change while busy, and updates the buttons.
    virtual void onBusyChanged(bool busy) = 0;

private:
    void setBusy(bool busy);

    QLabel* failure_;
    bool busy_ = false;
};

} // namespace meterdesk::ui

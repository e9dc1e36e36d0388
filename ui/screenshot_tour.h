#pragma once

#include "navigation.h"

#include <QDir>
#include <QObject>
#include <QStringList>

#include <functional>
#include <vector>

class QTimer;
class QWidget;

namespace meterdesk::ui {

class MainWindow;

// Renders every page of the console, and the main dialogs, to PNG files once the data
// has loaded: `meterdesk --screenshot DIR`, used by scripts/screenshot to look at the
// console with demo data without a display.
class ScreenshotTour : public QObject {
    Q_OBJECT

public:
    ScreenshotTour(MainWindow& window, const QString& directory, QObject* parent = nullptr);

    void start();
    QStringList written() const { return written_; }

signals:
    // 0 when every picture was written.
    void finished(int exitCode);

private:
    using Step = std::function<void()>;

    void planSteps();
    void next();
    // Runs `step` once nothing on screen is loading any more.
    void whenSettled(Step step);
    bool isBusy() const;
    void showIssuedInvoice();
    void capture(QWidget* widget, const QString& name);
    void fail(const QString& reason);

    MainWindow& window_;
    QDir directory_;
    std::vector<Step> steps_;
    std::size_t nextStep_ = 0;
    QStringList written_;
    QTimer* poll_;
    int waitedMs_ = 0;
    int quietMs_ = 0;
    Step waiting_;
};

} // namespace meterdesk::ui

#pragma once

#include <QEventLoop>
#include <QFuture>
#include <QFutureWatcher>

// Waiting for a future from code that may block (the command line, tests). The event loop
// keeps running meanwhile, so network replies still arrive. Never use it on the GUI thread.
namespace meterdesk::chain {

template <typename T>
void waitUntilFinished(const QFuture<T>& future) {
    if (future.isFinished())
        return;
    QEventLoop loop;
    QFutureWatcher<T> watcher;
    QObject::connect(&watcher, &QFutureWatcherBase::finished, &loop, &QEventLoop::quit);
    watcher.setFuture(future);
    if (!future.isFinished())
        loop.exec();
}

// The future's result; rethrows the exception the future failed with.
template <typename T>
T waitFor(QFuture<T> future) {
    waitUntilFinished(future);
    return future.result();
}

inline void waitFor(QFuture<void> future) {
    waitUntilFinished(future);
    future.waitForFinished(); // rethrows
}

} // namespace meterdesk::chain

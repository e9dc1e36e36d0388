#pragma once

#include "chain_failure_text.h"

#include <QFuture>
#include <QFutureWatcher>
#include <QObject>

#include <exception>
#include <type_traits>
#include <utility>

namespace meterdesk::models {

// Delivers a chain future's result, or its failure in the operator's words, on `context`'s
// thread, unless `context` is gone by then (the watcher is its child).
template <typename T, typename OnResult, typename OnError>
void whenDone(QObject* context, QFuture<T> future, OnResult onResult, OnError onError) {
    auto* watcher = new QFutureWatcher<T>(context);
    QObject::connect(watcher, &QFutureWatcherBase::finished, context,
                     [watcher, onResult = std::move(onResult), onError = std::move(onError)] {
                         watcher->deleteLater();
                         try {
                             if constexpr (std::is_void_v<T>) {
                                 watcher->future().waitForFinished();
                                 onResult();
                             } else {
                                 onResult(watcher->future().result());
                             }
                         } catch (const std::exception& error) {
                             onError(describeFailure(error));
                         }
                     });
    watcher->setFuture(future);
}

} // namespace meterdesk::models

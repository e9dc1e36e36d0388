#pragma once

#include <models/database_session.h>

#include <QAbstractTableModel>
#include <QString>

#include <utility>

namespace meterdesk::models {

// The base of the read-only models that load from the database: it runs their reads as
// retryable jobs on the session, tracks whether a load is in flight, drops results that a
// newer request has superseded, and reports failures.
class SessionTableModel : public QAbstractTableModel {
    Q_OBJECT

public:
    bool isLoading() const { return inFlight_ > 0; }

signals:
    void loadingChanged(bool loading);
    void loadFailed(const QString& reason);

protected:
    explicit SessionTableModel(DatabaseSession& session, QObject* parent = nullptr);

    DatabaseSession& session() const { return session_; }

    // Starts a read that supersedes every earlier one: a result of an older request that
    // arrives later is dropped. `apply(result)` runs on the GUI thread.
    template <typename Job, typename Apply>
    void requestFresh(Job job, Apply apply);
    // Starts a read that continues the current request (the next page): dropped if a fresh
    // request was started meanwhile.
    template <typename Job, typename Apply>
    void requestMore(Job job, Apply apply);

    // Makes every result still in flight stale, without starting a new request.
    void supersedeRequests();
    // Whether a request that has not been superseded is still in flight.
    bool hasCurrentRequest() const { return currentInFlight_ > 0; }

private:
    template <typename Job, typename Apply>
    void request(Job job, Apply apply);
    void beginRequest();
    // Returns whether the request's result is current (not superseded).
    bool endRequest(quint64 generation);

    DatabaseSession& session_;
    quint64 generation_ = 0;
    int inFlight_ = 0;        // every request, current or superseded: drives loadingChanged()
    int currentInFlight_ = 0; // requests of the current generation
};

template <typename Job, typename Apply>
void SessionTableModel::requestFresh(Job job, Apply apply) {
    supersedeRequests();
    request(std::move(job), std::move(apply));
}

template <typename Job, typename Apply>
void SessionTableModel::requestMore(Job job, Apply apply) {
    request(std::move(job), std::move(apply));
}

template <typename Job, typename Apply>
void SessionTableModel::request(Job job, Apply apply) {
    const quint64 generation = generation_;
    beginRequest();
    session_.run(
        this, std::move(job),
        [this, generation, apply = std::move(apply)](auto result) {
            if (endRequest(generation)) {
                apply(std::move(result));
            }
        },
        [this, generation](const store::StoreError& error) {
            if (endRequest(generation)) {
                emit loadFailed(QString::fromUtf8(error.what()));
            }
        },
        Retry::OnReconnect);
}

} // namespace meterdesk::models

#include "database_session.h"

#include "reconnect_backoff.h"

#include <billing/errors.h>

#include <QThread>
#include <QTimer>
#include <QtDebug>

#include <pqxx/pqxx>

#include <deque>
#include <memory>

namespace meterdesk::models {

namespace {

using store::StoreError;

// Whatever a job threw, as the StoreError its error handler expects.
StoreError currentExceptionAsStoreError() {
    try {
        throw;
    } catch (const StoreError& error) {
        return error;
    } catch (const billing::InvalidArgument& error) {
        return StoreError(StoreError::Kind::InvalidArgument, error.what());
    } catch (const std::exception&) {
        try {
            store::rethrowAsStoreError();
        } catch (const StoreError& error) {
            return error;
        }
    } catch (...) {
    }
    return StoreError(StoreError::Kind::Other, "the database job failed with an unknown error");
}

StoreError notConnected(const std::string& why) {
    return StoreError(StoreError::Kind::ConnectionLost, why);
}

} // namespace

// Everything that touches the connection. It lives on the session's worker thread; it talks
// back to the session only through queued calls, so the session never waits for it.
class SessionWorker : public QObject {
public:
    struct Job {
        QPointer<QObject> context;
        DatabaseSession::Work work;
        DatabaseSession::ErrorHandler onError;
        Retry retry = Retry::Never;
    };

    explicit SessionWorker(DatabaseSession& session);

    void open(store::ConnectionSettings settings);
    void close();
    void enqueue(Job job);
    void setPingInterval(std::chrono::milliseconds interval);

private:
    // Closed: never opened or closed since. Connecting: the first attempt is pending, so every
    // job waits for it. Down: an attempt failed or the connection broke; only retryable jobs
    // wait. Up: jobs run.
    enum class Link { Closed, Connecting, Down, Up };

    void connectNow();
    // Tells the session who is connected; false when the connection broke meanwhile.
    bool describeSession();
    void scheduleProcessing();
    void processNext();
    void ping();
    void connectionBroke(const StoreError& error);
    void failWaitingJobs(const StoreError& error, bool keepRetryable);
    void reportError(const Job& job, const StoreError& error);
    template <typename F>
    void toSession(F f);

    DatabaseSession& session_;
    store::ConnectionSettings settings_;
    std::unique_ptr<pqxx::connection> connection_;
    Link link_ = Link::Closed;
    std::deque<Job> queue_;
    bool processingScheduled_ = false;
    ReconnectBackoff backoff_;
    QTimer reconnectTimer_;
    QTimer pingTimer_;
};

SessionWorker::SessionWorker(DatabaseSession& session)
    : session_(session)
    , reconnectTimer_(this)
    , pingTimer_(this) {
    reconnectTimer_.setSingleShot(true);
    connect(&reconnectTimer_, &QTimer::timeout, this, &SessionWorker::connectNow);
    pingTimer_.setInterval(DatabaseSession::kDefaultPingInterval);
    connect(&pingTimer_, &QTimer::timeout, this, &SessionWorker::ping);
}

template <typename F>
void SessionWorker::toSession(F f) {
    QMetaObject::invokeMethod(&session_, std::move(f), Qt::QueuedConnection);
}

void SessionWorker::open(store::ConnectionSettings settings) {
    settings_ = std::move(settings);
    connection_.reset();
    reconnectTimer_.stop();
    backoff_.reset();
    link_ = Link::Connecting;
    connectNow();
}

void SessionWorker::close() {
    connection_.reset();
    reconnectTimer_.stop();
    pingTimer_.stop();
    link_ = Link::Closed;
    failWaitingJobs(notConnected("the database session was closed"), false);
    toSession([session = &session_] { session->setState(DatabaseSession::State::Disconnected); });
}

void SessionWorker::setPingInterval(std::chrono::milliseconds interval) {
    pingTimer_.setInterval(interval);
}

void SessionWorker::connectNow() {
    try {
        connection_ = store::connect(settings_);
    } catch (...) {
        connectionBroke(currentExceptionAsStoreError());
        return;
    }
    link_ = Link::Up;
    backoff_.reset();
    pingTimer_.start();
    toSession([session = &session_] { session->setState(DatabaseSession::State::Connected); });
    if (describeSession()) {
        scheduleProcessing();
    }
}

bool SessionWorker::describeSession() {
    try {
        const store::SessionInfo info = store::describeSession(*connection_);
        toSession([session = &session_, info] { session->describe(info); });
    } catch (...) {
        const StoreError error = currentExceptionAsStoreError();
        if (error.kind() == StoreError::Kind::ConnectionLost) {
            connectionBroke(error);
            return false;
        }
        // The connection works; only the role could not be read, so nothing gets disabled.
        qWarning("Meterdesk: cannot describe the database session: %s", error.what());
    }
    return true;
}

void SessionWorker::connectionBroke(const StoreError& error) {
    connection_.reset();
    pingTimer_.stop();
    link_ = Link::Down;
    failWaitingJobs(error, true);
    const auto delay = backoff_.next();
    reconnectTimer_.start(delay);
    toSession([session = &session_, reason = QString::fromStdString(error.what())] {
        session->setState(DatabaseSession::State::Reconnecting);
        emit session->connectionLost(reason);
    });
}

void SessionWorker::enqueue(Job job) {
    const bool waits =
        link_ == Link::Up || link_ == Link::Connecting || job.retry == Retry::OnReconnect;
    if (!waits) {
        reportError(job,
                    notConnected(link_ == Link::Closed
                                     ? "the database session is not open"
                                     : "the connection to the database is lost; reconnecting"));
        return;
    }
    queue_.push_back(std::move(job));
    scheduleProcessing();
}

void SessionWorker::scheduleProcessing() {
    if (processingScheduled_ || link_ != Link::Up || queue_.empty()) {
        return;
    }
    processingScheduled_ = true;
    // One job per event-loop turn, so that close(), open() and the timers get their turn.
    QMetaObject::invokeMethod(this, &SessionWorker::processNext, Qt::QueuedConnection);
}

void SessionWorker::processNext() {
    processingScheduled_ = false;
    if (link_ != Link::Up || queue_.empty()) {
        return;
    }
    Job job = std::move(queue_.front());
    queue_.pop_front();
    try {
        DatabaseSession::Delivery delivery = job.work(*connection_);
        toSession([session = &session_, context = job.context, delivery = std::move(delivery)] {
            session->deliver(context, delivery);
        });
    } catch (...) {
        const StoreError error = currentExceptionAsStoreError();
        if (error.kind() == StoreError::Kind::ConnectionLost) {
            if (job.retry == Retry::OnReconnect) {
                queue_.push_front(std::move(job));
            } else {
                reportError(job, error);
            }
            connectionBroke(error);
            return;
        }
        reportError(job, error);
    }
    scheduleProcessing();
}

void SessionWorker::ping() {
    if (link_ != Link::Up || !queue_.empty()) {
        return;
    }
    try {
        const std::chrono::microseconds roundTrip = store::ping(*connection_);
        toSession([session = &session_, roundTrip] { emit session->roundTripMeasured(roundTrip); });
    } catch (...) {
        connectionBroke(currentExceptionAsStoreError());
    }
}

void SessionWorker::failWaitingJobs(const StoreError& error, bool keepRetryable) {
    std::deque<Job> kept;
    for (Job& job : queue_) {
        if (keepRetryable && job.retry == Retry::OnReconnect) {
            kept.push_back(std::move(job));
        } else {
            reportError(job, error);
        }
    }
    queue_ = std::move(kept);
}

void SessionWorker::reportError(const Job& job, const StoreError& error) {
    toSession([session = &session_, context = job.context, onError = job.onError, error] {
        session->deliver(context, [onError, error] { onError(error); });
    });
}

DatabaseSession::DatabaseSession(QObject* parent)
    : QObject(parent)
    , thread_(new QThread(this))
    , worker_(new SessionWorker(*this)) {
    thread_->setObjectName(QStringLiteral("meterdesk-database"));
    worker_->moveToThread(thread_);
    // The worker and its connection are destroyed on their own thread.
    connect(thread_, &QThread::finished, worker_, &QObject::deleteLater);
    thread_->start();
}

DatabaseSession::~DatabaseSession() {
    thread_->quit();
    thread_->wait();
}

void DatabaseSession::open(store::ConnectionSettings settings) {
    sessionInfo_.reset();
    settings_ = settings;
    setState(State::Connecting);
    QMetaObject::invokeMethod(
        worker_, [worker = worker_, settings = std::move(settings)] { worker->open(settings); },
        Qt::QueuedConnection);
}

void DatabaseSession::close() {
    QMetaObject::invokeMethod(
        worker_, [worker = worker_] { worker->close(); }, Qt::QueuedConnection);
}

void DatabaseSession::setPingInterval(std::chrono::milliseconds interval) {
    QMetaObject::invokeMethod(
        worker_, [worker = worker_, interval] { worker->setPingInterval(interval); },
        Qt::QueuedConnection);
}

void DatabaseSession::enqueue(QObject* context, Work work, ErrorHandler onError, Retry retry) {
    SessionWorker::Job job{QPointer<QObject>(context != nullptr ? context : this), std::move(work),
                           std::move(onError), retry};
    QMetaObject::invokeMethod(
        worker_,
        [worker = worker_, job = std::move(job)]() mutable { worker->enqueue(std::move(job)); },
        Qt::QueuedConnection);
}

void DatabaseSession::setState(State state) {
    if (state == state_) {
        return;
    }
    state_ = state;
    emit stateChanged(state);
}

void DatabaseSession::describe(const store::SessionInfo& info) {
    sessionInfo_ = info;
    emit sessionDescribed(info);
}

void DatabaseSession::deliver(const QPointer<QObject>& context, const Delivery& delivery) {
    if (context.isNull()) {
        return;
    }
    if (context->thread() == QThread::currentThread()) {
        delivery();
    } else {
        QMetaObject::invokeMethod(context.data(), delivery, Qt::QueuedConnection);
    }
}

} // namespace meterdesk::models

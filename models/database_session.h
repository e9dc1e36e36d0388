#pragma once

#include <store/connection.h>
#include <store/errors.h>
#include <store/session.h>

#include <QObject>
#include <QPointer>
#include <QString>

#include <pqxx/connection>

#include <chrono>
#include <functional>
#include <optional>
#include <type_traits>
#include <utility>

class QThread;

namespace meterdesk::models {

class SessionWorker;

// What happens to a job that was cut off by a lost connection.
enum class Retry {
    Never,      // report the error (writes: the operator's input stays in the form)
    OnReconnect // run it again once reconnected (reads that are safe to repeat)
};

// The console's one database connection. It lives on the GUI thread and owns a worker
// thread holding the pqxx::connection; jobs run there one after another (FIFO), and their
// results come back to the GUI thread by queued calls, so the GUI never waits for the
// database. A lost connection is reported, then re-opened with exponential backoff.
class DatabaseSession : public QObject {
    Q_OBJECT

public:
    enum class State { Disconnected, Connecting, Connected, Reconnecting };
    Q_ENUM(State)

    static constexpr std::chrono::milliseconds kDefaultPingInterval{5'000};

    explicit DatabaseSession(QObject* parent = nullptr);
    // Waits for the job that is running, if any; queued jobs are dropped unreported.
    ~DatabaseSession() override;

    // Connects (or re-connects with new settings); jobs queued meanwhile wait for it.
    void open(store::ConnectionSettings settings);
    // Disconnects; queued jobs are reported as failed.
    void close();

    State state() const { return state_; }
    // What the database said about the role, once connected.
    const std::optional<store::SessionInfo>& sessionInfo() const { return sessionInfo_; }
    // The settings of the last open(): pages that need a connection of their own (the live
    // feed's LISTEN) follow the session's target with them.
    const std::optional<store::ConnectionSettings>& settings() const { return settings_; }

    // How often the worker measures the round trip while idle.
    void setPingInterval(std::chrono::milliseconds interval);

    // Runs job(connection) on the worker, then onResult(result) -- or onResult() for a job
    // returning void -- or onError(error) on the thread of `context`. Nothing is delivered
    // once `context` is destroyed. Any exception the job throws reaches onError as a
    // StoreError. While the connection is down, a Retry::Never job fails at once with
    // StoreError::Kind::ConnectionLost and a Retry::OnReconnect job waits for it.
    template <typename Job, typename OnResult, typename OnError>
    void run(QObject* context, Job job, OnResult onResult, OnError onError,
             Retry retry = Retry::Never);

    // The type-erased form behind run(): `work` runs on the worker and returns what to call
    // on the context's thread.
    using Delivery = std::function<void()>;
    using Work = std::function<Delivery(pqxx::connection&)>;
    using ErrorHandler = std::function<void(const store::StoreError&)>;
    void enqueue(QObject* context, Work work, ErrorHandler onError, Retry retry);

signals:
    void stateChanged(meterdesk::models::DatabaseSession::State state);
    void sessionDescribed(const meterdesk::store::SessionInfo& info);
    void roundTripMeasured(std::chrono::microseconds roundTrip);
    void connectionLost(const QString& reason);

private:
    friend class SessionWorker;

    // Called by the worker, on this object's thread.
    void setState(State state);
    void describe(const store::SessionInfo& info);
    void deliver(const QPointer<QObject>& context, const Delivery& delivery);

    State state_ = State::Disconnected;
    std::optional<store::SessionInfo> sessionInfo_;
    std::optional<store::ConnectionSettings> settings_;
    QThread* thread_ = nullptr;
    SessionWorker* worker_ = nullptr; // lives on thread_
};

template <typename Job, typename OnResult, typename OnError>
void DatabaseSession::run(QObject* context, Job job, OnResult onResult, OnError onError,
                          Retry retry) {
    using Result = std::invoke_result_t<Job&, pqxx::connection&>;
    Work work = [job = std::move(job),
                 onResult = std::move(onResult)](pqxx::connection& connection) mutable -> Delivery {
        if constexpr (std::is_void_v<Result>) {
            job(connection);
            return [onResult] {
                onResult();
            };
        } else {
            return [onResult, result = job(connection)]() mutable {
                onResult(std::move(result));
            };
        }
    };
    enqueue(context, std::move(work), ErrorHandler(std::move(onError)), retry);
}

} // namespace meterdesk::models

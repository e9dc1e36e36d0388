#pragma once

#include <QFuture>
#include <QJsonArray>
#include <QJsonValue>
#include <QNetworkAccessManager>
#include <QObject>
#include <QUrl>

#include <chrono>
#include <memory>

namespace meterdesk::chain {

struct RpcOptions {
    std::chrono::milliseconds timeout{10'000}; // per attempt, for the whole HTTP exchange
    int retries = 2;                           // further attempts after a transport error
    std::chrono::milliseconds retryDelay{250};
};

// JSON-RPC 2.0 over HTTP or HTTPS. Calls are asynchronous: the future fails with a
// ChainError (Transport or Timeout once the retries are spent; NodeError when the node
// answered with an error). Only transport errors are retried: an answer from the node,
// even an error, is final, so a call is never repeated once the node has acted on it.
// Futures complete in this object's thread, which must run an event loop.
class JsonRpcClient : public QObject {
    Q_OBJECT

public:
    explicit JsonRpcClient(QUrl endpoint, RpcOptions options = {}, QObject* parent = nullptr);
    ~JsonRpcClient() override;

    const QUrl& endpoint() const noexcept { return endpoint_; }
    QFuture<QJsonValue> call(const QString& method, const QJsonArray& params = {});

private:
    struct PendingCall;
    void post(const std::shared_ptr<PendingCall>& pending);

    QNetworkAccessManager network_;
    QUrl endpoint_;
    RpcOptions options_;
    qint64 nextId_ = 1;
};

} // namespace meterdesk::chain

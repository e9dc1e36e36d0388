#include "rpc_client.h"

#include "errors.h"
#include "hex.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPromise>
#include <QTimer>

namespace meterdesk::chain {

struct JsonRpcClient::PendingCall {
    QString method;
    QByteArray body;
    int attemptsLeft = 0;
    QPromise<QJsonValue> promise;

    // A call cut off by the client's destruction fails rather than being cancelled: Qt 6.4
    // crashes in a continuation (onFailed) of a cancelled future that holds no result.
    ~PendingCall() {
        if (promise.future().isFinished())
            return;
        promise.setException(std::make_exception_ptr(
            ChainError(ChainError::Kind::Transport,
                       "the node client closed before " + method.toStdString() + " answered")));
        promise.finish();
    }
};

namespace {

// Errors below the HTTP layer, where the request may never have reached the node.
bool isTransportError(QNetworkReply::NetworkError error) {
    switch (error) {
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::RemoteHostClosedError:
    case QNetworkReply::HostNotFoundError:
    case QNetworkReply::TimeoutError:
    case QNetworkReply::OperationCanceledError: // what a transfer timeout reports
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::UnknownNetworkError:
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyConnectionClosedError:
    case QNetworkReply::ProxyTimeoutError:
        return true;
    default:
        return false;
    }
}

QByteArray errorData(const QJsonValue& data) {
    if (!data.isString())
        return {};
    try {
        return bytesFromHex(data.toString(), u"error data");
    } catch (const ChainError&) {
        return {};
    }
}

QJsonValue resultOf(QNetworkReply& reply, const QString& method) {
    const QString where = QStringLiteral("%1 to %2").arg(method, reply.url().toDisplayString());
    if (reply.error() == QNetworkReply::OperationCanceledError ||
        reply.error() == QNetworkReply::TimeoutError)
        throw ChainError(ChainError::Kind::Timeout,
                         QStringLiteral("%1 timed out").arg(where).toStdString());
    const QByteArray body = reply.readAll();
    const QJsonObject answer = QJsonDocument::fromJson(body).object();
    if (answer.contains(QLatin1String("error"))) {
        const QJsonObject error = answer.value(QLatin1String("error")).toObject();
        throw NodeError(error.value(QLatin1String("code")).toInt(),
                        error.value(QLatin1String("message")).toString(),
                        errorData(error.value(QLatin1String("data"))));
    }
    if (reply.error() != QNetworkReply::NoError)
        throw ChainError(ChainError::Kind::Transport,
                         QStringLiteral("%1: %2").arg(where, reply.errorString()).toStdString());
    if (!answer.contains(QLatin1String("result")))
        throw ChainError(ChainError::Kind::Transport,
                         QStringLiteral("%1: the answer is not JSON-RPC").arg(where).toStdString());
    return answer.value(QLatin1String("result"));
}

} // namespace

JsonRpcClient::JsonRpcClient(QUrl endpoint, RpcOptions options, QObject* parent)
    : QObject(parent)
    , endpoint_(std::move(endpoint))
    , options_(options) {}

JsonRpcClient::~JsonRpcClient() = default;

QFuture<QJsonValue> JsonRpcClient::call(const QString& method, const QJsonArray& params) {
    auto pending = std::make_shared<PendingCall>();
    pending->method = method;
    pending->attemptsLeft = options_.retries;
    pending->body = QJsonDocument(QJsonObject{{QStringLiteral("jsonrpc"), QStringLiteral("2.0")},
                                              {QStringLiteral("id"), nextId_++},
                                              {QStringLiteral("method"), method},
                                              {QStringLiteral("params"), params}})
                        .toJson(QJsonDocument::Compact);
    pending->promise.start();
    QFuture<QJsonValue> future = pending->promise.future();
    post(pending);
    return future;
}

void JsonRpcClient::post(const std::shared_ptr<PendingCall>& pending) {
    QNetworkRequest request(endpoint_);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    request.setTransferTimeout(static_cast<int>(options_.timeout.count()));
    QNetworkReply* reply = network_.post(request, pending->body);
    connect(reply, &QNetworkReply::finished, this, [this, reply, pending] {
        reply->deleteLater();
        if (isTransportError(reply->error()) && pending->attemptsLeft > 0) {
            --pending->attemptsLeft;
            QTimer::singleShot(options_.retryDelay, this, [this, pending] { post(pending); });
            return;
        }
        try {
            pending->promise.addResult(resultOf(*reply, pending->method));
        } catch (...) {
            pending->promise.setException(std::current_exception());
        }
        pending->promise.finish();
    });
}

} // namespace meterdesk::chain

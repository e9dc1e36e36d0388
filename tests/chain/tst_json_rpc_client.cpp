#include <chain/errors.h>
#include <chain/rpc_client.h>
#include <chain/wait.h>

#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

using namespace meterdesk::chain;

namespace {

// A stand-in node on a free loopback port that misbehaves as told, and counts what it got.
class FakeNode : public QObject {
public:
    enum class Behaviour { Answer, RpcError, HttpError, Silent, HangUp };

    explicit FakeNode(Behaviour behaviour)
        : behaviour_(behaviour) {
        connect(&server_, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket* socket = server_.nextPendingConnection()) {
                ++connections;
                if (behaviour_ == Behaviour::HangUp) {
                    socket->abort();
                    socket->deleteLater();
                    continue;
                }
                connect(socket, &QTcpSocket::readyRead, socket, [this, socket] { onData(socket); });
            }
        });
        server_.listen(QHostAddress::LocalHost, 0);
    }

    QUrl url() const {
        return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(server_.serverPort()));
    }

    int connections = 0;
    int requests = 0;

private:
    void onData(QTcpSocket* socket) {
        QByteArray& buffer = buffers_[socket];
        buffer += socket->readAll();
        const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
        if (headerEnd < 0)
            return;
        const qsizetype lengthAt = buffer.toLower().indexOf("content-length:");
        const qsizetype length =
            lengthAt < 0
                ? 0
                : buffer.mid(lengthAt + 15, buffer.indexOf("\r\n", lengthAt) - lengthAt - 15)
                      .trimmed()
                      .toLongLong();
        if (buffer.size() < headerEnd + 4 + length)
            return;
        const QJsonObject request =
            QJsonDocument::fromJson(buffer.mid(headerEnd + 4, length)).object();
        buffer.clear();
        ++requests;
        if (behaviour_ == Behaviour::Silent)
            return;
        QByteArray body;
        QByteArray status = "200 OK";
        const QJsonValue id = request.value(QLatin1String("id"));
        if (behaviour_ == Behaviour::Answer)
            body = QJsonDocument(QJsonObject{{"jsonrpc", "2.0"}, {"id", id}, {"result", "0x7a69"}})
                       .toJson();
        else if (behaviour_ == Behaviour::RpcError)
            body = QJsonDocument(QJsonObject{{"jsonrpc", "2.0"},
                                             {"id", id},
                                             {"error", QJsonObject{{"code", -32000},
                                                                   {"message", "nonce too low"}}}})
                       .toJson();
        else {
            status = "500 Internal Server Error";
            body = "overloaded";
        }
        socket->write("HTTP/1.1 " + status +
                      "\r\nContent-Type: application/json\r\nContent-Length: " +
                      QByteArray::number(body.size()) + "\r\n\r\n" + body);
    }

    Behaviour behaviour_;
    QTcpServer server_;
    std::map<QTcpSocket*, QByteArray> buffers_;
};

RpcOptions quick() {
    return {std::chrono::milliseconds(300), 2, std::chrono::milliseconds(20)};
}

ChainError::Kind failureOf(JsonRpcClient& client) {
    try {
        waitFor(client.call(QStringLiteral("eth_chainId")));
    } catch (const ChainError& error) {
        return error.kind();
    }
    throw std::runtime_error("the call did not fail");
}

} // namespace

class TestJsonRpcClient : public QObject {
    Q_OBJECT

private slots:
    void returnsTheResult() {
        FakeNode node(FakeNode::Behaviour::Answer);
        JsonRpcClient client(node.url(), quick());
        QCOMPARE(waitFor(client.call(QStringLiteral("eth_chainId"))).toString(),
                 QStringLiteral("0x7a69"));
        QCOMPARE(node.requests, 1);
    }

    void retriesTransportErrorsOnly_data() {
        QTest::addColumn<int>("behaviour");
        QTest::addColumn<ChainError::Kind>("kind");
        QTest::addColumn<int>("attempts");
        QTest::newRow("hang-up is retried")
            << int(FakeNode::Behaviour::HangUp) << ChainError::Kind::Transport << 3;
        QTest::newRow("silence times out, retried")
            << int(FakeNode::Behaviour::Silent) << ChainError::Kind::Timeout << 3;
        QTest::newRow("a JSON-RPC error is final")
            << int(FakeNode::Behaviour::RpcError) << ChainError::Kind::NodeError << 1;
        QTest::newRow("an HTTP error is final")
            << int(FakeNode::Behaviour::HttpError) << ChainError::Kind::Transport << 1;
    }

    void retriesTransportErrorsOnly() {
        QFETCH(int, behaviour);
        QFETCH(ChainError::Kind, kind);
        QFETCH(int, attempts);
        FakeNode node(static_cast<FakeNode::Behaviour>(behaviour));
        JsonRpcClient client(node.url(), quick());
        QCOMPARE(failureOf(client), kind);
        if (behaviour == int(FakeNode::Behaviour::HangUp)) // Qt itself may reconnect once more
            QVERIFY(node.connections >= attempts);
        else
            QCOMPARE(node.requests, attempts);
    }

    void nodeErrorsKeepTheirCodeAndMessage() {
        FakeNode node(FakeNode::Behaviour::RpcError);
        JsonRpcClient client(node.url(), quick());
        try {
            waitFor(client.call(QStringLiteral("eth_sendRawTransaction")));
            QFAIL("the node's error was not reported");
        } catch (const NodeError& error) {
            QCOMPARE(error.code(), -32000);
            QVERIFY(QString::fromUtf8(error.what()).contains(QLatin1String("nonce too low")));
        }
    }

    void unreachableNodeIsATransportError() {
        QTcpServer closed;
        closed.listen(QHostAddress::LocalHost, 0);
        const quint16 port = closed.serverPort();
        closed.close();
        JsonRpcClient client(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port)), quick());
        QCOMPARE(failureOf(client), ChainError::Kind::Transport);
    }
};

QTEST_GUILESS_MAIN(TestJsonRpcClient)
#include "tst_json_rpc_client.moc"

#include "tests/integration/faultproxy.h"

#include <QTcpSocket>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace {

const QByteArray kError = "HTTP/1.1 500 Internal Server Error\r\nContent-Type: text/plain\r\n"
                          "Content-Length: 21\r\nConnection: close\r\n\r\nInjected server error";

/** Length of the first complete HTTP request in `data`, 0 when it is not complete yet. */
qsizetype requestLength(const QByteArray &data)
{
    const qsizetype headEnd = data.indexOf("\r\n\r\n");
    if (headEnd < 0)
        return 0;
    qsizetype body = 0;
    for (const QByteArray &line : data.left(headEnd).split('\n'))
        if (line.toLower().startsWith("content-length:"))
            body = line.mid(15).trimmed().toLongLong();
    const qsizetype total = headEnd + 4 + body;
    return data.size() >= total ? total : 0;
}

} // namespace

FaultProxy::FaultProxy(quint16 upstreamPort, QObject *parent)
    : QObject(parent)
    , m_upstreamPort(upstreamPort)
{
    connect(&m_server, &QTcpServer::newConnection, this, &FaultProxy::accept);
    // SPRINTDECK_FAULT_LOG=1: one line per request, with what was done to it.
    m_log = qEnvironmentVariableIntValue("SPRINTDECK_FAULT_LOG") != 0;
}

bool FaultProxy::listen()
{
    return m_server.listen(QHostAddress::LocalHost, 0);
}

QUrl FaultProxy::url() const
{
    return QUrl(u"http://127.0.0.1:%1"_s.arg(m_server.serverPort()));
}

void FaultProxy::arm(quint32 seed, double rate, int stallMs, int delayMs)
{
    m_random.seed(seed);
    m_rate = rate;
    m_stallMs = stallMs;
    m_delayMs = qMax(15, delayMs);
}

const char *FaultProxy::name(Fault fault)
{
    switch (fault) {
    case None:
        return "none";
    case ErrorBefore:
        return "500 before the server";
    case ErrorAfter:
        return "500 after the server";
    case DelayRequest:
        return "request delayed";
    case DelayResponse:
        return "answer delayed";
    case Stall:
        return "answer held past the timeout";
    case DropBefore:
        return "dropped before the server";
    case DropAfter:
        return "dropped after the server";
    case FaultKinds:
        break;
    }
    return "?";
}

FaultProxy::Fault FaultProxy::pick(const QByteArray &request)
{
    if (m_forced != None && request.startsWith(m_forcedMethod + ' ')) {
        const Fault forced = m_forced;
        m_forced = None;
        return forced;
    }
    if (m_rate <= 0 || m_random.generateDouble() >= m_rate)
        return None;
    return Fault(1 + m_random.bounded(int(FaultKinds) - 1));
}

void FaultProxy::accept()
{
    while (QTcpSocket *client = m_server.nextPendingConnection()) {
        auto *c = new Connection;
        c->serial = ++m_serial;
        c->client = client;
        c->upstream = new QTcpSocket(this);
        client->setParent(this);
        m_connections.append(c);
        connect(client, &QTcpSocket::readyRead, this, [this, c] { clientData(c); });
        connect(client, &QTcpSocket::disconnected, this, [this, c] { close(c); });
        connect(c->upstream, &QTcpSocket::readyRead, this, [this, c] { upstreamData(c); });
        connect(c->upstream, &QTcpSocket::disconnected, this, [this, c] { close(c); });
        connect(c->upstream, &QTcpSocket::errorOccurred, this, [this, c] { close(c); });
        c->upstream->connectToHost(QHostAddress::LocalHost, m_upstreamPort);
        if (client->bytesAvailable())
            clientData(c);
    }
}

void FaultProxy::clientData(Connection *c)
{
    c->pending += c->client->readAll();
    while (const qsizetype length = requestLength(c->pending)) {
        const QByteArray request = c->pending.left(length);
        c->pending.remove(0, length);
        ++m_requests;
        c->fault = pick(request);
        c->answered = false;
        ++m_injected[c->fault];
        if (m_log)
            qInfo("proxy: request %d on connection %llu: %s -> %s", m_requests, c->serial,
                  request.left(request.indexOf('\r')).constData(), name(c->fault));
        switch (c->fault) {
        case ErrorBefore: {
            QTcpSocket *client = c->client;
            client->write(kError);
            client->flush();
            client->disconnectFromHost(); // may close `c` at once
            return;
        }
        case DropBefore:
            c->client->abort();
            close(c);
            return;
        case DelayRequest:
            QTimer::singleShot(m_delayMs / 15 + m_random.bounded(m_delayMs), this,
                               [this, c, serial = c->serial, request] {
                                   if (alive(c, serial))
                                       forward(c, request);
                               });
            break;
        default:
            forward(c, request);
            break;
        }
    }
}

void FaultProxy::forward(Connection *c, const QByteArray &request)
{
    if (c->upstream->state() == QAbstractSocket::ConnectedState) {
        c->upstream->write(request);
        return;
    }
    QObject::connect(c->upstream, &QTcpSocket::connected, this,
                     [c, request] { c->upstream->write(request); });
}

void FaultProxy::upstreamData(Connection *c)
{
    const QByteArray data = c->upstream->readAll();
    switch (c->fault) {
    case None:
    case DelayRequest:
    case ErrorBefore:
    case DropBefore:
    case FaultKinds:
        c->client->write(data);
        break;
    case ErrorAfter:
        if (!c->answered) {
            c->answered = true;
            QTcpSocket *client = c->client;
            client->write(kError);
            client->flush();
            client->disconnectFromHost(); // may close `c` at once
        }
        break;
    case DropAfter:
        c->client->abort(); // closes `c`
        close(c);
        break;
    case DelayResponse:
    case Stall:
        // The answer is held in one piece and let through later, in order.
        c->held += data;
        if (!c->answered) {
            c->answered = true;
            const int delay = c->fault == Stall
                                  ? m_stallMs
                                  : 2 * m_delayMs / 15 + int(m_random.bounded(m_delayMs));
            QTimer::singleShot(delay, this, [this, c, serial = c->serial] {
                if (!alive(c, serial))
                    return;
                c->fault = None;
                c->client->write(c->held);
                c->held.clear();
            });
        }
        break;
    }
}

void FaultProxy::close(Connection *c)
{
    if (!m_connections.removeOne(c))
        return;
    c->client->disconnect(this);
    c->upstream->disconnect(this);
    if (c->client->state() != QAbstractSocket::UnconnectedState) {
        c->client->flush();
        c->client->disconnectFromHost();
    }
    c->upstream->abort();
    c->client->deleteLater();
    c->upstream->deleteLater();
    delete c;
}

#pragma once

#include <QHash>
#include <QList>
#include <QObject>
#include <QRandomGenerator>
#include <QTcpServer>
#include <QUrl>

#include <array>

class QTcpSocket;

/**
 * An HTTP proxy on loopback between the client under test and a real server that
 * breaks requests at random, reproducibly from a seed: it answers 500 without
 * passing the request on, passes it on and answers 500 instead of the server's
 * answer, delays the request or the answer (beyond the client's timeout too), or
 * drops the connection before or after the server saw the request.
 */
class FaultProxy : public QObject
{
    Q_OBJECT
public:
    enum Fault
    {
        None,
        ErrorBefore,   ///< 500 without the server seeing the request
        ErrorAfter,    ///< the server did the work; the client gets 500
        DelayRequest,  ///< the request reaches the server late
        DelayResponse, ///< the answer reaches the client late
        Stall,         ///< the answer is held longer than the client waits
        DropBefore,    ///< the connection closes before the server sees the request
        DropAfter,     ///< the server did the work; the connection closes without an answer
        FaultKinds
    };

    FaultProxy(quint16 upstreamPort, QObject *parent = nullptr);

    bool listen();
    QUrl url() const;

    /**
     * Faults from now on: each request is broken with probability `rate`, seeded. A stalled
     * answer is held `stallMs`; a delayed request or answer up to about `delayMs`.
     */
    void arm(quint32 seed, double rate, int stallMs, int delayMs = 1500);
    void disarm() { m_rate = 0; }
    /** The next request with this method (POST, PUT, GET) gets `fault`, whatever the rate. */
    void force(const QByteArray &method, Fault fault)
    {
        m_forcedMethod = method;
        m_forced = fault;
    }

    /** Requests broken so far, by kind, and requests seen. */
    const std::array<int, FaultKinds> &injected() const { return m_injected; }
    int requests() const { return m_requests; }
    static const char *name(Fault fault);

private:
    struct Connection
    {
        quint64 serial = 0; ///< tells a connection from a later one at the same address
        QTcpSocket *client = nullptr;
        QTcpSocket *upstream = nullptr;
        QByteArray pending;    ///< client bytes not yet forwarded
        QByteArray held;       ///< an answer being delayed
        Fault fault = None;    ///< of the request in flight
        bool answered = false; ///< the fault has acted on the answer
    };

    void accept();
    void clientData(Connection *c);
    void upstreamData(Connection *c);
    void forward(Connection *c, const QByteArray &request);
    void close(Connection *c);
    bool alive(Connection *c, quint64 serial) const
    {
        return m_connections.contains(c) && c->serial == serial;
    }
    Fault pick(const QByteArray &request);

    quint16 m_upstreamPort;
    QTcpServer m_server;
    QRandomGenerator m_random;
    double m_rate = 0;
    int m_stallMs = 0;
    int m_delayMs = 1500;
    std::array<int, FaultKinds> m_injected{};
    int m_requests = 0;
    quint64 m_serial = 0;
    bool m_log = false;
    QByteArray m_forcedMethod;
    Fault m_forced = None;
    QList<Connection *> m_connections;
};

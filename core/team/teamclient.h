#pragma once

#include "core/storage/teamserver.h"
#include "core/util/result.h"

#include <QObject>
#include <QPointer>
#include <QSqlDriver>
#include <QStringList>
#include <QTimer>

#include <memory>

QT_BEGIN_NAMESPACE
class QTcpSocket;
QT_END_NAMESPACE

namespace SprintDeck {

class Board;

/**
 * Keeps a replica live while a window shows it: sends each local edit as soon as it is made,
 * hears of others' events on a connection of its own (LISTEN/NOTIFY) and writes them at once,
 * and polls now and then as a safety net. When the server goes away it says so, keeps the
 * edits queued, and tries again with growing pauses; back online it sends the queue and
 * catches up. Says who else is connected.
 *
 * The server's driver answers synchronously; every connection has a short connect timeout and
 * keepalives, so a call never waits long on a server that went away.
 */
class TeamClient : public QObject
{
    Q_OBJECT
public:
    enum class State
    {
        Connecting,
        Online,
        Offline, ///< the server cannot be reached; edits queue here
        Refused, ///< the login was refused: a password is needed
    };

    explicit TeamClient(Board &board, QObject *parent = nullptr);
    ~TeamClient() override;

    /** Connects with `password` (empty: libpq's own sources) and stays connected. */
    void start(const QString &password);
    /** Sends the queue and catches up now (the window's Sync command). */
    void syncNow();

    State state() const { return m_state; }
    /** One line: why the client is offline or refused, or what the last exchange did. */
    QString message() const { return m_message; }
    /** Local edits the server does not have yet. */
    int waiting() const { return m_waiting; }
    /** Conflicts that wait for this replica's member. */
    int conflicts() const { return m_conflicts; }
    /** The other members whose replicas are connected now. */
    QStringList others() const { return m_others; }
    QString member() const { return m_member; }

    /** Test seams: how often to poll, and the longest pause between reconnects. */
    void setPollInterval(int ms) { m_poll.setInterval(ms); }
    void setMaxRetryDelay(int ms) { m_maxRetryMs = ms; }

signals:
    void stateChanged();
    /** Others' events were written to the board. */
    void caughtUp(int events);

private:
    void connectNow();
    void finishConnect(const TeamAddress &address);
    void listen();
    void notified(const QString &name, QSqlDriver::NotificationSource source,
                  const QVariant &payload);
    void exchange(bool pushOnly);
    void poll();
    /** Says this replica is here and reads who else is; false (offline) when it could not. */
    bool refreshPresence();
    void goOffline(const QString &reason);
    void refreshCounts();
    void setState(State state, const QString &message);

    Board &m_board;
    QString m_password;
    QString m_member;
    QString m_clientId;
    std::unique_ptr<TeamServer> m_server;
    std::unique_ptr<TeamServer> m_listener;
    QPointer<QTcpSocket> m_probe; ///< reaching the server before connecting to it
    QTimer m_poll;
    QTimer m_retry;
    QTimer m_soon; ///< one exchange for a burst of edits or notifications
    bool m_soonPushOnly = true;
    State m_state = State::Connecting;
    QString m_message;
    int m_waiting = 0;
    int m_conflicts = 0;
    QStringList m_others;
    int m_failures = 0;
    int m_maxRetryMs = 3000;
    int m_polls = 0;
};

} // namespace SprintDeck

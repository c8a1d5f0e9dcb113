#include "core/team/teamclient.h"

#include "core/board/board.h"
#include "core/storage/teamstore.h"
#include "core/team/teamrecorder.h"
#include "core/team/teamsync.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QTcpSocket>

using namespace Qt::StringLiterals;

namespace SprintDeck {

namespace {

/** Members seen within this many seconds count as connected; each replica says so twice as often.
 */
constexpr int kPresenceSeconds = 45;
constexpr int kPollMs = 5000;
/** How long reaching the server may take before the client counts as offline. */
constexpr int kConnectMs = 5000;

} // namespace

TeamClient::TeamClient(Board &board, QObject *parent)
    : QObject(parent)
    , m_board(board)
{
    m_poll.setInterval(kPollMs);
    connect(&m_poll, &QTimer::timeout, this, &TeamClient::poll);
    m_retry.setSingleShot(true);
    connect(&m_retry, &QTimer::timeout, this, &TeamClient::connectNow);
    m_soon.setSingleShot(true);
    m_soon.setInterval(0);
    connect(&m_soon, &QTimer::timeout, this, [this] {
        const bool pushOnly = m_soonPushOnly;
        m_soonPushOnly = true;
        exchange(pushOnly);
    });
    TeamRecorder *recorder = TeamRecorder::attach(board);
    // Queued inside the edit's transaction: sent once it committed and the event loop turns.
    connect(recorder, &TeamRecorder::editQueued, this, [this] {
        ++m_waiting;
        if (m_state == State::Online)
            m_soon.start();
        emit stateChanged();
    });
}

TeamClient::~TeamClient() = default;

void TeamClient::start(const QString &password)
{
    m_password = password;
    m_failures = 0;
    connectNow();
}

void TeamClient::connectNow()
{
    m_retry.stop();
    Result<std::optional<TeamLink>> link = TeamStore(m_board.database()).link();
    if (!link || !link->has_value()) {
        setState(State::Offline, link ? tr("this board is not shared") : link.error());
        return;
    }
    m_member = link->value().member;
    m_clientId = link->value().clientUid;
    Result<TeamAddress> address = TeamAddress::parse(link->value().url);
    if (!address) {
        setState(State::Offline, address.error());
        return;
    }
    if (m_state != State::Online)
        setState(State::Connecting, tr("connecting to %1").arg(address->url()));
    // The driver connects synchronously: the host is first reached without waiting, so that a
    // laptop whose network is gone (packets dropped, no answer) never holds the window.
    auto *probe = new QTcpSocket(this);
    m_probe = probe;
    const TeamAddress reached = *address;
    auto fail = [this, probe, reached](const QString &why) {
        if (m_probe != probe)
            return;
        m_probe = nullptr;
        probe->deleteLater();
        goOffline(tr("cannot reach the team server %1:%2: %3")
                      .arg(reached.host)
                      .arg(reached.port)
                      .arg(why));
    };
    connect(probe, &QTcpSocket::connected, this, [this, probe, reached] {
        if (m_probe != probe)
            return;
        m_probe = nullptr;
        probe->deleteLater();
        finishConnect(reached);
    });
    connect(probe, &QTcpSocket::errorOccurred, this, [probe, fail] { fail(probe->errorString()); });
    auto *timer = new QTimer(probe);
    timer->setSingleShot(true);
    connect(timer, &QTimer::timeout, this, [fail] { fail(tr("no answer within 5 s")); });
    timer->start(kConnectMs);
    probe->connectToHost(reached.host, quint16(reached.port));
}

void TeamClient::finishConnect(const TeamAddress &address)
{
    Result<std::unique_ptr<TeamServer>> server =
        TeamServer::connect(address, m_password, u"window"_s);
    if (!server) {
        if (server.error().contains(u"refused the login"_s)) {
            setState(State::Refused, server.error());
            return;
        }
        goOffline(server.error());
        return;
    }
    // A board a newer SprintDeck migrated: no use reading it (the status bar says why).
    if (Status s = (*server)->migrate(); !s) {
        goOffline(s.error());
        return;
    }
    m_server = std::move(*server);
    listen();
    m_failures = 0;
    m_polls = 0;
    m_poll.start();
    if (refreshPresence())
        exchange(false);
}

void TeamClient::listen()
{
    m_listener.reset();
    Result<TeamAddress> address = TeamAddress::parse(m_server->address().url());
    Result<std::unique_ptr<TeamServer>> listener =
        TeamServer::connect(*address, m_password, u"listen"_s);
    if (!listener)
        return; // the poll catches up meanwhile, and tries again
    QSqlDriver *driver = (*listener)->connection().driver();
    if (!driver->subscribeToNotification(QString::fromLatin1(TeamServer::kChannel)))
        return;
    connect(driver, &QSqlDriver::notification, this, &TeamClient::notified);
    m_listener = std::move(*listener);
}

void TeamClient::notified(const QString &, QSqlDriver::NotificationSource, const QVariant &)
{
    m_soonPushOnly = false;
    m_soon.start();
}

void TeamClient::syncNow()
{
    if (!m_server) {
        connectNow();
        return;
    }
    exchange(false);
}

void TeamClient::exchange(bool pushOnly)
{
    if (!m_server)
        return;
    TeamSync sync(m_board);
    TeamSyncReport report;
    Status s = sync.push(*m_server, report);
    if (s && !pushOnly) {
        s = sync.pull(*m_server, report);
        if (s && report.pulled)
            emit caughtUp(report.pulled);
    }
    if (!s) {
        // A failure of the server (not of this file) leaves everything queued for later.
        if (!m_server->isAlive()) {
            goOffline(s.error());
            return;
        }
        m_message = s.error();
    }
    if (!report.renamed.isEmpty())
        m_message = report.renamed.join(u"; "_s);
    refreshCounts();
    setState(State::Online, s ? m_message : s.error());
}

void TeamClient::poll()
{
    if (!m_server)
        return;
    if (!m_server->isAlive()) {
        goOffline(tr("the team server does not answer"));
        return;
    }
    // A listener the server dropped (a restart, an administrator) is replaced; the pull
    // below brings what it missed.
    if (!m_listener || !m_listener->isAlive())
        listen();
    if (++m_polls % 3 == 0 && !refreshPresence())
        return;
    exchange(false);
}

bool TeamClient::refreshPresence()
{
    if (Status s = m_server->touch(m_clientId, m_member); !s) {
        goOffline(s.error());
        return false;
    }
    Result<QStringList> others = m_server->connectedMembers(m_clientId, kPresenceSeconds);
    if (others) {
        QStringList names = *others;
        names.removeAll(m_member);
        m_others = names;
    }
    return true;
}

void TeamClient::goOffline(const QString &reason)
{
    m_poll.stop();
    m_listener.reset();
    m_server.reset();
    m_others.clear();
    refreshCounts();
    setState(State::Offline, reason);
    // 1, 2, 3 seconds: the longest pause is short, so a client is back soon after the server;
    // a failed attempt costs one refused connection.
    const int delay = qMin(m_maxRetryMs, 1000 << qMin(m_failures++, 5));
    m_retry.start(delay);
}

void TeamClient::refreshCounts()
{
    TeamStore store(m_board.database());
    if (Result<int> waiting = store.outboxCount())
        m_waiting = *waiting;
    if (Result<QList<TeamConflict>> conflicts = store.conflicts())
        m_conflicts = int(conflicts->size());
}

void TeamClient::setState(State state, const QString &message)
{
    if (state == m_state && message == m_message) {
        emit stateChanged(); // the counts may have changed
        return;
    }
    m_state = state;
    m_message = message;
    emit stateChanged();
}

} // namespace SprintDeck

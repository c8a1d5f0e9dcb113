#pragma once

#include "core/team/teamedit.h"
#include "core/util/result.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <memory>

namespace SprintDeck {

/** Where a team board lives: postgresql://user@host:port/database. Never holds a password. */
struct TeamAddress
{
    QString host;
    int port = 5432;
    QString database;
    QString user;
    /** libpq's sslmode: verify-full for every host but this computer (prefer there). */
    QString sslMode;
    QString sslRootCert; ///< a CA file for verify-full; empty: libpq's default

    /**
     * Reads a postgresql:// URL. A password in it is refused (it belongs in the keychain), and
     * so is an sslmode weaker than verify-full for a host that is not this computer.
     */
    static Result<TeamAddress> parse(const QString &url);
    QString url() const; ///< without the password
    bool isLoopback() const;
    /** The keychain entry of its password. */
    QString secretId() const;
};

/**
 * A connection to the PostgreSQL server of a team board: the board's shared event log with
 * its global sequence, the current state and version of every shared row, and who is
 * connected. The schema is created and migrated here, versioned like the local file's.
 *
 * Every statement is prepared with bound values. Each call is one transaction of its own;
 * a failure says in one line what went wrong (the server is down, refused the login, holds a
 * newer schema, the role may only read).
 */
class TeamServer
{
public:
    static constexpr int kSchemaVersion = 1;
    /** The channel a commit of new events notifies with its sequence number. */
    static constexpr char kChannel[] = "sprintdeck_events";

    /**
     * Connects; `purpose` names the connection on the server (application_name). An empty
     * password leaves it to libpq (PGPASSWORD, ~/.pgpass).
     */
    static Result<std::unique_ptr<TeamServer>>
    connect(const TeamAddress &address, const QString &password, const QString &purpose = {});
    ~TeamServer();
    TeamServer(const TeamServer &) = delete;
    TeamServer &operator=(const TeamServer &) = delete;

    const TeamAddress &address() const { return m_address; }
    QSqlDatabase &connection() { return m_db; }
    /** Whether the connection still answers (after an error: the server may be gone). */
    bool isAlive();

    /** Creates the board's tables when missing; refuses a schema newer than this program's. */
    Status migrate();
    /** The board's id; empty when no board was published on this database. */
    Result<QString> boardId();
    /** The key prefix of the board's cards. */
    Result<QString> keyPrefix();
    /** Whether this role may write events (a read-only role may only view). */
    Result<bool> canWrite();

    /**
     * Publishes a new board: its id, key prefix and the edits that make its rows and history,
     * in one transaction. Fails when the database holds a board already.
     */
    Status publish(const QString &boardId, const QString &keyPrefix, const QList<TeamEdit> &edits,
                   const QString &clientId, const QString &author);

    /**
     * Applies one edit. Against the version it was made on every field is written; against a
     * newer one, each field another edit changed since (its value is no longer the edit's
     * `before`) is refused as a conflict and the others merge; a rank (the order among
     * neighbours) always merges, the later move placing the card. A new card whose key another
     * card took meanwhile gets the next free key. An event id the server knows returns the
     * first outcome again. Commits notify kChannel with the event's sequence number.
     */
    Result<TeamOutcome> push(const TeamEdit &edit, const QString &clientId, const QString &author);

    /** Events after `seq`, oldest first, at most `limit`. */
    Result<QList<TeamEvent>> eventsAfter(qint64 seq, int limit);

    /** What another thread needs to read the log on a connection of its own. */
    struct ReaderOptions
    {
        TeamAddress address;
        QString password;
    };
    ReaderOptions readerOptions() const { return {m_address, m_db.password()}; }
    /** eventsAfter() on a connection of its own, made and closed in the calling thread. */
    static Result<QList<TeamEvent>> readEvents(const ReaderOptions &reader, qint64 seq, int limit);
    /** The sequence number of the newest event; 0 without events. */
    Result<qint64> lastSeq();

    /** Says this replica is connected now, as `member`. */
    Status touch(const QString &clientId, const QString &member);
    /** The members of the replicas seen within `seconds`, but `clientId`'s. */
    Result<QStringList> connectedMembers(const QString &clientId, int seconds);

    /** One line about a failed statement: the server's reason, or that it went away. */
    QString failure(const class QSqlQuery &q) const;

private:
    TeamServer() = default;
    Status exec(const QString &sql);
    /**
     * Takes the lock every writer takes first, until the transaction ends: events then get
     * their sequence numbers in the order they commit, so a reader never skips one.
     */
    Status lockLog();
    Result<TeamOutcome> pushInTransaction(const TeamEdit &edit, const QString &clientId,
                                          const QString &author);

    TeamAddress m_address;
    QString m_connectionName;
    QSqlDatabase m_db;
};

} // namespace SprintDeck

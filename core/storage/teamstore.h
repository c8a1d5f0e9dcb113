#pragma once

#include "core/team/teamedit.h"
#include "core/util/result.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

#include <optional>

namespace SprintDeck {

class Database;

/** How a local file is linked to its team board on a server. */
struct TeamLink
{
    QString url;       ///< postgresql://user@host:port/database, never with a password
    QString boardUid;  ///< the board's id on the server
    QString member;    ///< who edits on this replica
    QString clientUid; ///< this replica
    bool readOnly = false;
    qint64 lastSeq = 0; ///< the server's events up to this one are in this file
    QDateTime syncedAt;
    QString result; ///< one line about the last exchange with the server
};

/** A field of a local edit that the server refused: someone changed it since. */
struct TeamConflict
{
    TeamKind kind = TeamKind::Card;
    QString uid;
    QString field;
    QString mine;   ///< the value this replica wrote
    QString theirs; ///< the server's value
    QString by;     ///< who wrote the server's value
    QDateTime detectedAt;
};

/**
 * The team tables of a board file (schema slot 8): the link to the server, the global id and
 * version of every shared row, the durable queue of local edits, and refused edits. Callers
 * own the transaction; statements are prepared once.
 */
class TeamStore
{
public:
    explicit TeamStore(Database &db)
        : m_db(db)
    {}

    Result<std::optional<TeamLink>> link();
    Status saveLink(const TeamLink &link);
    Status setLastSeq(qint64 seq);
    Status saveResult(const QDateTime &at, const QString &result);

    // --- global ids ----------------------------------------------------------------
    /** The global id of a local row; empty when it has none. */
    Result<QString> uidOf(TeamKind kind, qint64 localId);
    /** The local row of a global id; 0 when this file has none. */
    Result<qint64> localIdOf(TeamKind kind, const QString &uid);
    /** The server version of a row this file holds; 0 when it has none. */
    Result<qint64> versionOf(const QString &uid);
    Status mapId(TeamKind kind, qint64 localId, const QString &uid, qint64 version);
    /** Every global id of a kind with its local row, for writing many events at once. */
    Result<QHash<QString, qint64>> ids(TeamKind kind);
    Status setVersion(const QString &uid, qint64 version);

    // --- the queue of local edits ---------------------------------------------------
    Status enqueue(TeamEdit &edit);
    /** The first `limit` edits in the order they were made. */
    Result<QList<TeamEdit>> outbox(int limit);
    Result<int> outboxCount();
    Status removeFromOutbox(qint64 outboxId);
    /** The fields of a row that edits waiting in the queue change. */
    Result<QSet<QString>> queuedFields(const QString &uid);
    /** queuedFields() of every row with edits waiting. */
    Result<QHash<QString, QSet<QString>>> queuedFieldsOfAll();

    // --- conflicts --------------------------------------------------------------------
    Status saveConflict(const TeamConflict &conflict);
    Result<QList<TeamConflict>> conflicts();
    Status removeConflict(const QString &uid, const QString &field);

private:
    Database &m_db;
};

} // namespace SprintDeck

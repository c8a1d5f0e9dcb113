#pragma once

#include "core/sync/remote.h"
#include "core/sync/remoteissue.h"
#include "core/util/result.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QMap>

#include <optional>

namespace SprintDeck {

class Database;

/** A card linked to an issue, with the issue as last synced (the base of three-way merges). */
struct IssueLink
{
    qint64 cardId = 0;
    qint64 remoteId = 0;
    qint64 issueId = 0;
    QString updatedOn;        ///< the issue's updated_on when last synced
    qint64 lastJournalId = 0; ///< journals up to this one are in the card's history
    IssueFields base;
};

/** A sprint linked to a version, with the version as last synced. */
struct VersionLink
{
    qint64 sprintId = 0;
    qint64 remoteId = 0;
    qint64 versionId = 0;
    QJsonObject base; ///< name, due_date, status
};

/** A local change waiting to be sent, in the order it was made. */
struct OutboxEntry
{
    enum class Op
    {
        Create,
        Update,
        Delete,
        Version
    };
    enum class State
    {
        Pending = 0,
        InFlight = 1, ///< sent at least once without a known outcome: look before sending again
        Rejected = 2, ///< the server refused it (422); waits for the next edit of the card
    };

    qint64 id = 0;
    qint64 remoteId = 0;
    qint64 cardId = 0;   ///< Create, Update, Delete
    qint64 sprintId = 0; ///< Version
    Op op = Op::Update;
    QList<SyncField> fields; ///< Update: what changed
    QJsonObject payload; ///< Create: what was sent, to recognise the issue if the answer got lost
    State state = State::Pending;
    int attempts = 0;
    QDateTime sentAt;
    QString error; ///< the server's message when Rejected
    QDateTime createdAt;
};

/** A card changed here and on the server: both versions, until the user picks one. */
struct SyncConflict
{
    qint64 cardId = 0;
    qint64 remoteId = 0;
    QList<SyncField> fields;        ///< the fields that differ; empty when the issue was deleted
    QMap<SyncField, QString> local; ///< as people read them
    QMap<SyncField, QString> remote;
    RemoteIssue issue; ///< the server's version (id only when deleted there)
    bool deletedRemotely = false;
    QDateTime detectedAt;
};

/** Where the pull of a remote stands. */
struct SyncState
{
    QString pulledUntil;    ///< updated_on of the next incremental pull ("" : pull everything)
    QDateTime reconciledAt; ///< last check of which issues still exist
    QDateTime syncedAt;
    QString result; ///< one line about the last sync
};

/**
 * The sync tables of a board database (schema slot 7). Callers own the
 * transaction; every statement is prepared once.
 */
class SyncStore
{
public:
    explicit SyncStore(Database &db)
        : m_db(db)
    {}

    Database &database() { return m_db; }

    // --- remotes ----------------------------------------------------------------
    Result<QList<Remote>> remotes();
    Result<Remote> remote(qint64 id);
    /** The remote with this name (case-insensitive); the error says there is none. */
    Result<Remote> remoteByName(const QString &name);
    Status insertRemote(Remote &remote);
    Status updateRemote(const Remote &remote);
    /** Removes a remote with its links, outbox and conflicts; cards stay on the board. */
    Status removeRemote(qint64 id);
    /** Inserts (id 0) or updates a remote in a transaction of its own. */
    Status saveRemoteNow(Remote &remote);
    /** removeRemote() in a transaction of its own. */
    Status removeRemoteNow(qint64 id);

    // --- links ------------------------------------------------------------------
    Result<std::optional<IssueLink>> linkForCard(qint64 cardId);
    /** All links of a remote by issue id. */
    Result<QHash<qint64, IssueLink>> links(qint64 remoteId);
    Status saveLink(const IssueLink &link);
    Status removeLink(qint64 cardId);

    Result<QHash<qint64, VersionLink>> versionLinks(qint64 remoteId); ///< by version id
    Result<std::optional<VersionLink>> versionLinkForSprint(qint64 sprintId);
    Status saveVersionLink(const VersionLink &link);

    // --- outbox -----------------------------------------------------------------
    Status enqueue(OutboxEntry &entry);
    /** A remote's entries in order. */
    Result<QList<OutboxEntry>> outbox(qint64 remoteId);
    Result<QList<OutboxEntry>> outboxForCard(qint64 cardId);
    Status saveEntry(const OutboxEntry &entry);
    Status removeEntries(const QList<qint64> &ids);
    /** Entries refused by the server go back in line (the card was edited since). */
    Status retryRejected(qint64 cardId);
    Result<int> pendingCount(qint64 remoteId);
    /** Cards whose change the server refused, with its message (for the card to show). */
    Result<QHash<qint64, QString>> rejectedCards();

    // --- conflicts --------------------------------------------------------------
    Status saveConflict(const SyncConflict &conflict);
    Result<QList<SyncConflict>> conflicts(qint64 remoteId = 0); ///< 0: of every remote
    Result<std::optional<SyncConflict>> conflictForCard(qint64 cardId);
    Status removeConflict(qint64 cardId);

    // --- state ------------------------------------------------------------------
    Result<SyncState> state(qint64 remoteId);
    Status saveState(qint64 remoteId, const SyncState &state);

private:
    Database &m_db;
};

} // namespace SprintDeck

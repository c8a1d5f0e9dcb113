#pragma once

#include "core/board/boardbatch.h"
#include "core/storage/syncstore.h"
#include "core/sync/redminemapper.h"

#include <QDate>
#include <QHash>
#include <QSet>

#include <optional>

namespace SprintDeck {

class Board;
class OutboxRecorder;

/** A version of the project, reduced to what a sprint needs. */
struct RemoteVersion
{
    qint64 id = 0;
    QString name;
    QDate dueDate;
    QString status; ///< open, locked or closed
    QDateTime createdOn;
    QDateTime updatedOn;

    static RemoteVersion fromJson(const QJsonObject &version);
    QJsonObject toBase() const; ///< what a sprint link remembers
};

/** What applying issues did, summed over a sync. */
struct ApplyStats
{
    int created = 0;
    int updated = 0;
    int unchanged = 0;
    int deleted = 0;
    int conflicts = 0;
};

/**
 * Writes what the server has into the board: each call is one transaction
 * holding the cards' new states (with the issues' journals as dated events),
 * the links, the outbox entries it settles and the conflicts it finds.
 *
 * A field changed here (waiting in the outbox) and on the server since the
 * last sync, to different values, is a conflict: the card keeps its state,
 * both versions are stored, and the user chooses (resolve()). Fields changed
 * on one side only merge.
 */
class SyncApplier
{
public:
    SyncApplier(Board &board, OutboxRecorder &recorder, SyncStore &store, const Remote &remote,
                RedmineMapper &mapper);

    /** Reads the remote's links; call before the first apply. */
    Status load();
    const QHash<qint64, IssueLink> &links() const { return m_links; }
    const ApplyStats &stats() const { return m_stats; }

    /** True when the issue is exactly as last synced (same updated_on and fields): nothing to do.
     */
    bool isUnchanged(const RemoteIssue &issue) const;
    /** True when the issue's journals are needed to write its history. */
    bool needsJournals(const RemoteIssue &issue) const;

    /** Versions of the project become (or update) sprints. */
    Status applyVersions(const QList<RemoteVersion> &versions);
    /** Issues of one page of a pull. */
    Status applyPulled(const QList<RemoteIssue> &issues);
    /**
     * The server accepted a card's change (or created its issue: `created`);
     * `issue` is the server's state now and `sent` what was sent. The entries
     * that carried the change go in the same transaction.
     */
    Status applyPushed(qint64 cardId, const RemoteIssue &issue, const IssueFields &sent,
                       const QList<qint64> &doneEntries, bool created);
    /** Issues that are no longer on the server: their cards go, unless edited here (a conflict
     * then). */
    Status applyGone(const QList<qint64> &issueIds);
    /** Resolves a card's conflict with the local or the server's version. */
    Status resolve(qint64 cardId, bool keepLocal);
    /** An outbox entry that cannot go anywhere (its card went); dropped with its siblings. */
    Status dropEntries(const QList<qint64> &entryIds);

private:
    struct Plan;
    enum class Mode
    {
        Pull,
        Pushed,
        KeepLocal,
        KeepRemote
    };
    struct Merge
    {
        RemoteIssue issue;
        Mode mode = Mode::Pull;
        qint64 cardId = 0;            ///< Pushed, KeepLocal, KeepRemote
        IssueFields base;             ///< Pushed: the base with what was sent
        QList<qint64> doneEntries;    ///< Pushed
        QList<SyncField> conflicting; ///< KeepLocal, KeepRemote
        bool created = false;         ///< Pushed: the issue was just created for the card
    };

    RedmineMapper::MemberFor memberFor(Plan &plan);
    Status planMerge(Plan &plan, const Merge &merge);
    void planNewCard(Plan &plan, const RemoteIssue &issue);
    Status commit(Plan &plan);
    QList<CardStep> timeline(Plan &plan, const Card &start, IssueFields state,
                             const QList<Journal> &journals, const IssueFields &final,
                             const QDateTime &finalAt, const QSet<SyncField> &held,
                             const QList<SyncField> &finalFields);
    Result<QSet<SyncField>> pendingFields(qint64 cardId, const QList<qint64> &except,
                                          QList<OutboxEntry> *entries);
    SyncConflict conflictFor(const Card &card, const RemoteIssue &issue,
                             const QList<SyncField> &fields) const;
    QString keyFor(const RemoteIssue &issue);
    Sprint sprintFor(const RemoteVersion &version, Sprint sprint, const QJsonObject &base) const;

    Board &m_board;
    OutboxRecorder &m_recorder;
    SyncStore &m_store;
    const Remote &m_remote;
    RedmineMapper &m_mapper;
    QHash<qint64, IssueLink> m_links; ///< by issue id
    QHash<qint64, qint64> m_issueOfCard;
    QSet<QString> m_keys; ///< lower-case keys of the board's cards and of the cards being created
    ApplyStats m_stats;
};

} // namespace SprintDeck

#pragma once

#include "core/storage/teamstore.h"
#include "core/team/teamedit.h"
#include "core/util/result.h"

#include <QHash>
#include <QList>

#include <QStringList>
#include <optional>

namespace SprintDeck {

class Board;
class TeamRecorder;
class TeamServer;
struct TeamAddress;

/** What one exchange with the team server did. */
struct TeamSyncReport
{
    int pushed = 0;          ///< local edits the server took
    int pulled = 0;          ///< others' events written here
    int conflicts = 0;       ///< fields the server refused, waiting for their authors
    int waiting = 0;         ///< local edits still queued
    QStringList renamed;     ///< "SD-7 is now SD-9": keys another replica had taken
    QStringList refused;     ///< "SD-7 title: changed by Ana"
    QString message() const; ///< one line for people
};

/**
 * Keeps a shared board's replica and the server's log in step: share() publishes a local
 * board with its history, join() fills a new file from the server, sync() sends the queue of
 * local edits in order (each exactly once, also after a lost answer) and then writes what
 * the others did, in the order of the log.
 *
 * Others' events are written through the Board, with their own times, as changes that are not
 * queued again; a field this replica has queued edits of keeps its local value until the
 * server rules on them. Each batch of events and the position in the log commit together.
 */
class TeamSync
{
public:
    explicit TeamSync(Board &board);

    /** Who a member is on a board unless they say otherwise: the login name. */
    static QString defaultMember();

    /** Publishes this board on the server as `member`; the file becomes its first replica. */
    Status share(TeamServer &server, const QString &member);
    /** Fills this new, empty board from the server's board, as `member`. */
    Status join(TeamServer &server, const QString &member);
    /** Sends the queue, then writes the others' events. */
    Result<TeamSyncReport> sync(TeamServer &server);
    /** Sends the queue only. */
    Status push(TeamServer &server, TeamSyncReport &report);
    /** Writes the others' events only (the queue must be empty or sent). */
    Status pull(TeamServer &server, TeamSyncReport &report);

    /**
     * Settles a refused field: keeping mine writes it again as a new edit (queued, undoable);
     * keeping theirs leaves the board as the server has it.
     */
    Status resolve(const TeamConflict &conflict, bool keepMine);

private:
    Status applyEvents(const QList<TeamEvent> &events, TeamSyncReport &report);
    Status applyMembers(const QList<const TeamEvent *> &events);
    Status applyColumns(const QList<const TeamEvent *> &events);
    Status applySprints(const QList<const TeamEvent *> &events);
    Status applyStandups(const QList<const TeamEvent *> &events);
    Status applyCards(const QList<const TeamEvent *> &events, const QList<TeamEvent> &all);
    Status settle(const TeamEdit &edit, const struct TeamOutcome &outcome, TeamSyncReport &report);

    Board &m_board;
    TeamRecorder *m_recorder;
    TeamStore m_store;
    TeamLink m_link;
    /** The cards' global ids -> local ids, read once per pull (a join reads many batches). */
    std::optional<QHash<QString, qint64>> m_cardIds;
};

} // namespace SprintDeck

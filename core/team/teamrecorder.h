#pragma once

#include "core/board/boardwriteobserver.h"
#include "core/standup/standup.h"
#include "core/storage/teamstore.h"

#include <QObject>

#include <functional>
#include <optional>

namespace SprintDeck {

class Board;

/**
 * Queues every local edit of a shared board for the server, inside the edit's own transaction:
 * an edit and its place in the queue commit together or not at all. Each queued edit names the
 * fields it changed, with the values it found and wrote, and the row's version it was made on.
 *
 * While the sync writes what others did (applyRemote()), writes are not local edits: the sync's
 * own bookkeeping runs in their transaction instead. On a board its role may only view, every
 * local edit is refused with the reason.
 *
 * One recorder per Board, owned by it (attach()); it does nothing on a board that is not shared.
 */
class TeamRecorder : public QObject, public BoardWriteObserver
{
    Q_OBJECT
public:
    /** What the sync runs inside the transactions of the writes it makes. */
    struct RemoteHooks
    {
        std::function<Status(const QList<CardWrite> &, const QList<SprintWrite> &)> board;
        std::function<Status(const QList<Column> &, const QList<Column> &)> columns;
        std::function<Status(const Member &, const Member &)> member;
    };

    /** The board's recorder, created and registered on first use. */
    static TeamRecorder *attach(Board &board);

    /** Reads whether the board is shared (after share, join or unlinking). */
    Status reload();
    bool isShared() const { return m_link.has_value(); }

    Status boardWritten(const QList<CardWrite> &cards, const QList<SprintWrite> &sprints) override;
    Status columnsWritten(const QList<Column> &before, const QList<Column> &after) override;
    Status memberWritten(const Member &before, const Member &after) override;
    /** A standup was saved here (StandupBook's write hook). */
    Status standupWritten(const Standup &before, const Standup &after);

    /**
     * The local id a standup row is known by in the team's id map: its day and its member (0:
     * the team note). Its global id is made of the day and the member's global id, so that two
     * replicas writing one member's entry of a day write one row.
     */
    static qint64 standupRowId(QDate day, qint64 memberId);
    static QString standupUid(QDate day, const QString &memberUid);

    /** Runs `write` (calls of Board primitives) as the sync's own change, with `hooks`. */
    Status applyRemote(const std::function<Status()> &write, const RemoteHooks &hooks);

    /**
     * Someone else changed these fields of a row (the sync writes their event now): an undo or
     * redo here that would write them again is refused, naming who.
     */
    void noteOthersEdit(const QString &uid, const QStringList &fields, const QString &author);

signals:
    /** A local edit was queued, inside its transaction: send it once the event loop turns. */
    void editQueued();

private:
    explicit TeamRecorder(Board &board);
    Status refuseWhenReadOnly() const;
    /** Queues an edit of a row; `before` empty for a new row. */
    Status queue(TeamKind kind, qint64 localId, const QString &name, TeamOp op,
                 const QJsonObject &before, const QJsonObject &after,
                 const QString &newUid = QString());

    /** Refuses an undo or redo that would overwrite someone else's later edit of a field. */
    Status checkUndo(const QString &uid, const QJsonObject &fields, const QString &name) const;

    struct FieldEdit
    {
        quint64 at = 0; ///< this recorder's count of edits when it was made
        QString author;
    };
    Board &m_board;
    TeamStore m_store;
    quint64 m_edits = 0;
    QHash<QString, FieldEdit> m_localEdits;  ///< "uid/field" -> this replica's last edit
    QHash<QString, FieldEdit> m_othersEdits; ///< "uid/field" -> others' last edit written here
    std::optional<TeamLink> m_link;
    const RemoteHooks *m_remote = nullptr;
    Status m_loadError;
};

} // namespace SprintDeck

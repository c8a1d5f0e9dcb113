#pragma once

#include "core/board/boardwriteobserver.h"
#include "core/storage/syncstore.h"

#include <QObject>

#include <functional>

namespace SprintDeck {

class Board;

/**
 * Writes local edits of synced cards and sprints to the outbox, inside the
 * transaction of the edit itself, so an edit and its outbox entry commit
 * together or not at all:
 * - a changed field of a linked card: an update naming the fields;
 * - a new card (or one moved in) in a sprint linked to a version: a create;
 * - a deleted linked card: a delete; a renamed, re-dated or closed linked sprint.
 *
 * While the sync applies what it pulled (applyRemote()), writes are not local
 * edits: the sync's own bookkeeping runs in their transaction instead.
 *
 * One recorder per Board, owned by it (attach()).
 */
class OutboxRecorder : public QObject, public BoardWriteObserver
{
    Q_OBJECT
public:
    using RemoteWrite =
        std::function<Status(const QList<CardWrite> &cards, const QList<SprintWrite> &sprints)>;

    /** The board's recorder, created and registered on first use. */
    static OutboxRecorder *attach(Board &board);

    Status boardWritten(const QList<CardWrite> &cards, const QList<SprintWrite> &sprints) override;

    /**
     * Runs `write` (calls of Board primitives) as the sync's own change:
     * nothing goes to the outbox, `inTransaction` runs inside each write's
     * transaction instead.
     */
    Status applyRemote(const std::function<Status()> &write, const RemoteWrite &inTransaction);

    /** Which fields of a linked card's change are synced ones. */
    static QList<SyncField> changedFields(const Card &before, const Card &after);

private:
    explicit OutboxRecorder(Board &board);
    Status recordCard(const CardWrite &write);
    Status recordSprint(const SprintWrite &write);
    Result<qint64> remoteOfSprint(qint64 sprintId);

    Board &m_board;
    SyncStore m_store;
    const RemoteWrite *m_remoteWrite = nullptr;
};

} // namespace SprintDeck

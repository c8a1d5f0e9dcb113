#include "core/board/batchcommand.h"
#include "core/board/board.h"

namespace SprintDeck {

BatchCommand::BatchCommand(Board *board, const QString &text, BoardBatch batch)
    : UndoCommand(board, text)
    , m_batch(std::move(batch))
{}

Status BatchCommand::apply(bool forward)
{
    if (!forward)
        return undoBatch();
    return m_applied ? redoAgain() : applyFirst();
}

Status BatchCommand::applyFirst()
{
    BoardBatchResult done;
    if (Status s = m_board->applyBatch(m_batch, &done); !s)
        return s;
    m_done = done;
    m_applied = true;
    for (const Card &before : std::as_const(m_done.changedCards))
        m_changedAfter.append(*m_board->card(before.id));
    for (qint64 id : std::as_const(m_done.createdCards))
        m_created.append(*m_board->card(id));
    for (const Sprint &s : std::as_const(m_batch.sprints))
        m_sprintsAfter.append(*m_board->sprint(s.id));
    for (const Member &m : std::as_const(m_batch.members))
        m_membersAfter.append(*m_board->member(m.id));
    // The timelines are written; keep only what undo and redo need.
    m_batch = BoardBatch();
    return {};
}

Status BatchCommand::redoAgain()
{
    BoardBatch redo;
    redo.sprints = m_sprintsAfter;
    redo.members = m_membersAfter;
    for (const Card &c : std::as_const(m_created))
        redo.cards.append({CardStep{c, {}}});
    for (int i = 0; i < m_changedAfter.size(); ++i) {
        const Card *current = m_board->card(m_changedAfter.at(i).id);
        if (!current)
            return Status::failure(
                QObject::tr("Card %1 is no longer on the board").arg(m_changedAfter.at(i).key));
        redo.cards.append({CardStep{
            CardStatesCommand::merged(*current, m_done.changedCards.at(i), m_changedAfter.at(i)),
            {}}});
    }
    return m_board->applyBatch(redo);
}

Status BatchCommand::undoBatch()
{
    BoardBatch undo;
    for (int i = 0; i < m_changedAfter.size(); ++i) {
        const Card *current = m_board->card(m_changedAfter.at(i).id);
        if (!current)
            return Status::failure(
                QObject::tr("Card %1 is no longer on the board").arg(m_changedAfter.at(i).key));
        undo.cards.append({CardStep{
            CardStatesCommand::merged(*current, m_changedAfter.at(i), m_done.changedCards.at(i)),
            {}}});
    }
    QList<Card> latest;
    for (const Card &c : std::as_const(m_created)) {
        const Card *current = m_board->card(c.id);
        if (!current)
            return Status::failure(QObject::tr("Card %1 is no longer on the board").arg(c.key));
        latest.append(*current);
        undo.deleteCards.append(c.id);
    }
    undo.sprints = m_done.updatedSprints;
    undo.members = m_done.updatedMembers;
    undo.removeSprints = m_done.insertedSprints;
    undo.removeMembers = m_done.insertedMembers;
    if (Status s = m_board->applyBatch(undo); !s)
        return s;
    m_created = latest;
    return {};
}

} // namespace SprintDeck

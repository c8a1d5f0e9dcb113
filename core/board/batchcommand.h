#pragma once

#include "core/board/boardbatch.h"
#include "core/board/commands.h"

namespace SprintDeck {

/**
 * Applies a BoardBatch (an import) as one undo step. Undo deletes the cards the
 * batch created, reverts only the fields it changed on existing cards, and
 * removes the sprints and members it added; redo restores them with the same
 * ids. The dated history written by the first apply stays in the log.
 *
 * Removals in the batch are not supported (Board::applyBatchAction refuses them).
 */
class BatchCommand : public UndoCommand
{
public:
    BatchCommand(Board *board, const QString &text, BoardBatch batch);
    Status apply(bool forward) override;

private:
    Status applyFirst();
    Status redoAgain();
    Status undoBatch();

    BoardBatch m_batch;
    bool m_applied = false;
    BoardBatchResult m_done;
    QList<Card> m_changedAfter; ///< the changed cards as the batch left them
    QList<Card> m_created;      ///< the created cards, refreshed on undo so redo keeps later edits
    QList<Sprint> m_sprintsAfter;
    QList<Member> m_membersAfter;
};

} // namespace SprintDeck

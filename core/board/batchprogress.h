#pragma once

#include <QtGlobal>

#include <functional>

namespace SprintDeck {

class Board;

/**
 * Told how many card timelines of a batch are written (`done` of `total`) while
 * its transaction is open; returning false cancels the batch before the commit,
 * so neither the board nor its file change.
 */
using BatchProgress = std::function<bool(qsizetype done, qsizetype total)>;

/**
 * While alive, the next batch `board` writes (Board::applyBatchAction, an
 * import) reports to `progress` and may be cancelled by it. Batches written
 * from inside the callback (by events it lets run) are not affected.
 */
class BatchProgressScope
{
public:
    BatchProgressScope(const Board *board, BatchProgress progress);
    ~BatchProgressScope();
    BatchProgressScope(const BatchProgressScope &) = delete;
    BatchProgressScope &operator=(const BatchProgressScope &) = delete;

    /** Takes the progress waiting for `board`'s next batch (empty when none). */
    static BatchProgress take(const Board *board);

private:
    const Board *m_board;
};

} // namespace SprintDeck

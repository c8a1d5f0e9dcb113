#include "core/board/batchprogress.h"

#include <QHash>

namespace SprintDeck {

namespace {

// Boards live on the GUI thread; so do imports and their progress.
QHash<const Board *, BatchProgress> &waiting()
{
    static QHash<const Board *, BatchProgress> map;
    return map;
}

} // namespace

BatchProgressScope::BatchProgressScope(const Board *board, BatchProgress progress)
    : m_board(board)
{
    waiting().insert(board, std::move(progress));
}

BatchProgressScope::~BatchProgressScope()
{
    waiting().remove(m_board);
}

BatchProgress BatchProgressScope::take(const Board *board)
{
    return waiting().take(board);
}

} // namespace SprintDeck

#include "core/board/storewatcher.h"
#include "core/board/board.h"

namespace SprintDeck {

StoreWatcher::StoreWatcher(Board *board, QObject *parent, int intervalMs)
    : QObject(parent)
    , m_board(board)
{
    m_timer.setInterval(intervalMs);
    connect(&m_timer, &QTimer::timeout, this, &StoreWatcher::check);
    m_timer.start();
}

void StoreWatcher::check()
{
    if (!m_board)
        return;
    const auto refreshed = m_board->refreshFromStore();
    // A file that cannot be read now (another process holds it for a moment) is tried again on
    // the next tick; say so once, not four times a second.
    if (!refreshed && !m_warned) {
        m_warned = true;
        qWarning("SprintDeck: cannot read the changes of other processes: %s",
                 qPrintable(refreshed.error()));
    } else if (refreshed) {
        m_warned = false;
    }
}

} // namespace SprintDeck

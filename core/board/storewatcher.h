#pragma once

#include <QObject>
#include <QPointer>
#include <QTimer>

namespace SprintDeck {

class Board;

/**
 * Keeps an open Board up to date with what other processes (a script, another window)
 * commit to its file: every `interval` it asks the Board to refresh from the store
 * (Board::refreshFromStore()), which costs one PRAGMA when nothing changed. A window
 * creates one for its Board; command-line runs, which read the file once, need none.
 */
class StoreWatcher : public QObject
{
    Q_OBJECT
public:
    static constexpr int kIntervalMs = 300;

    explicit StoreWatcher(Board *board, QObject *parent = nullptr, int intervalMs = kIntervalMs);

    /** Looks for changes now (tests, and before the window does something that must be fresh). */
    void check();

private:
    QPointer<Board> m_board;
    QTimer m_timer;
    bool m_warned = false;
};

} // namespace SprintDeck

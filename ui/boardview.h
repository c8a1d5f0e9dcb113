#pragma once

#include <QWidget>

namespace SprintDeck {

class Board;

/** The kanban board of one sprint: columns, swimlanes, painted cards. */
class BoardView : public QWidget
{
    Q_OBJECT
public:
    explicit BoardView(Board *board, QWidget *parent = nullptr);

private:
    Board *m_board;
};

} // namespace SprintDeck

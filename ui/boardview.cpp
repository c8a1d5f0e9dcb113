#include "boardview.h"

namespace SprintDeck {

BoardView::BoardView(Board *board, QWidget *parent)
    : QWidget(parent)
    , m_board(board)
{
}

} // namespace SprintDeck

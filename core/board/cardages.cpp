#include "core/board/cardages.h"

#include "core/board/board.h"
#include "core/storage/analyticsstore.h"

namespace SprintDeck {

CardAges::CardAges(Board *board, QObject *parent)
    : QObject(parent)
    , m_board(board)
{
    const auto forget = [this] { m_starts.reset(); };
    connect(board, &Board::historyChanged, this, forget);
    connect(board, &Board::columnsChanged, this, forget);
    connect(board, &Board::reloaded, this, forget);
}

int CardAges::days(qint64 cardId) const
{
    const Card *card = m_board->card(cardId);
    const QList<Column> &columns = m_board->columns();
    if (!card || card->sprintId == 0 || columns.isEmpty() ||
        card->columnId == columns.constFirst().id || m_board->isDoneColumn(card->columnId))
        return 0;
    if (!m_starts) {
        QList<qint64> inProgress;
        for (const Column &c : columns.mid(1))
            if (!c.done)
                inProgress.append(c.id);
        m_starts = AnalyticsStore(m_board->database())
                       .startsOfCardsIn(inProgress, columns.constFirst().id);
    }
    const QDateTime start = m_starts->value(cardId);
    if (!start.isValid())
        return 0;
    const QDate today = m_board->now().toTimeZone(m_zone).date();
    return int(qMax<qint64>(0, start.toTimeZone(m_zone).date().daysTo(today))) + 1;
}

} // namespace SprintDeck
